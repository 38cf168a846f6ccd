import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { agencyActionCounts, expectNoAxeViolations, saveActionUpdate, SignInPage } from './support/pages';

test('an agency works an action to completion; overdue actions stand out; the coordinator’s counts change', async ({ page, browser }) => {
  const coordinator = await (await browser.newContext()).newPage();
  await new SignInPage(coordinator).signIn(accounts.coordinator.email);
  const cells = agencyActionCounts(coordinator, 'Kestrel Vale Police');
  const [openBefore, , onTimeBefore, lateBefore] = await cells();
  await expectNoAxeViolations(coordinator);

  await new SignInPage(page).signIn(accounts.agency.email);
  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('heading', { name: /My agency’s actions/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Actions' });
  await expect(table.getByText('Overdue', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // An action still to do; if it is overdue, completing it now counts as late.
  const row = table.getByRole('row').filter({ hasText: /Open|In progress/ }).first();
  const wasOverdue = (await row.getByText('Overdue', { exact: true }).count()) > 0;
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Update this action' })).toBeVisible();
  await saveActionUpdate(page, 'In progress', { note: 'Visit booked for Tuesday' });
  await expect(page.getByRole('heading', { name: 'Update saved' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('group', { name: 'Status' }).getByLabel('Completed').check();
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByText('Error: Say what was done')).toBeVisible();
  await saveActionUpdate(page, 'Completed', { done: 'Marker added and response plan briefed to the team' });
  await expect(page.getByRole('heading', { name: 'Update saved' })).toBeVisible();
  await expect(page.getByText('Marker added and response plan briefed to the team')).toBeVisible();
  await expect(page.getByText('Visit booked for Tuesday')).toBeVisible();

  await coordinator.reload();
  const [openAfter, , onTimeAfter, lateAfter] = await cells();
  expect(openAfter).toBe(openBefore - 1);
  expect([onTimeAfter - onTimeBefore, lateAfter - lateBefore]).toEqual(wasOverdue ? [0, 1] : [1, 0]);
});
