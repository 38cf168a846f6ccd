import { expect, test } from './support/fixtures';
import { readFile } from 'node:fs/promises';
import { accounts } from './support/accounts';
import { agencyActionCounts, expectNoAxeViolations } from './support/pages';
import { SignInPage } from './pages/sign-in';
import { ActionPage } from './pages/action';

test('an agency works an action to completion; overdue actions stand out; the coordinator’s counts change', async ({ page, browser, ownAreas }) => {
  // A copy of the demo of its own: no other test works the police's actions while the counts are read.
  const area = ownAreas.get('action-completed');
  const coordinator = await (await browser.newContext()).newPage();
  await new SignInPage(coordinator).signIn(area.person('coordinator').email, area.password);
  const cells = agencyActionCounts(coordinator, 'Kestrel Vale Police');
  const [openBefore, , onTimeBefore, lateBefore] = await cells();
  await expectNoAxeViolations(coordinator);

  await new SignInPage(page).signIn(area.person('police').email, area.password);
  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('heading', { name: /My agency’s actions/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Actions' });
  await expect(table.getByText('Overdue', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // An action still to do; if it is overdue, completing it now counts as late.
  const row = table.getByRole('row').filter({ hasText: /Open|In progress/ }).first();
  const wasOverdue = (await row.getByText('Overdue', { exact: true }).count()) > 0;
  await row.getByRole('link').first().click();
  const action = new ActionPage(page);
  await expect(action.updateHeading()).toBeVisible();
  await action.saveUpdate('In progress', { note: 'Visit booked for Tuesday' });
  await action.expectSaved();
  await expectNoAxeViolations(page);

  await action.saveUpdate('Completed');
  await expect(page.getByText('Error: Say what was done')).toBeVisible();
  await action.saveUpdate('Completed', { done: 'Marker added and response plan briefed to the team' });
  await action.expectCompleted();
  await expect(page.getByText('Marker added and response plan briefed to the team')).toBeVisible();
  await expect(page.getByText('Visit booked for Tuesday')).toBeVisible();

  await coordinator.reload();
  const [openAfter, , onTimeAfter, lateAfter] = await cells();
  expect(openAfter).toBe(openBefore - 1);
  expect([onTimeAfter - onTimeBefore, lateAfter - lateBefore]).toEqual(wasOverdue ? [0, 1] : [1, 0]);
});

test('the coordinator reads the escalation list for the steering group and downloads it, with case numbers and no one’s details', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await page.getByRole('link', { name: 'Escalation list for the steering group' }).click();
  await expect(page.getByRole('heading', { name: 'Escalation list' })).toBeVisible();
  // The demo's IDVA service left two actions not done at each of two meetings in a row.
  const rows = page.getByRole('table', { name: /actions$/ }).getByRole('row').filter({ hasText: 'Kestrel Vale IDVA Service' });
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText(/KV-\d{4}-\d{4}/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the list (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('"Agency","Case","Action","Owner","Due","Agreed at the MARAC of"');
  expect(lines.slice(1)).toHaveLength(4);
  expect(lines.slice(1).every((l) => l.startsWith('"Kestrel Vale IDVA Service","KV-'))).toBe(true);
});

test('an old link to the actions board (/actions) still arrives at the board', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.agency.email);
  await page.goto('/actions?board=mine');
  await expect(page).toHaveURL(/\/action-items\?board=mine$/);
  await expect(page.getByRole('heading', { name: /My agency’s actions/ })).toBeVisible();
});
