import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { errorSummary, expectNoAxeViolations, SignInPage, shot } from './support/pages';

// Bad input gets a clear answer, never a 500 (issue 11, finding 5).

test('list filters that do not parse are not used, and the page says so', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);

  const board = await page.goto('/actions?dueFrom=2026-02-30&dueTo=2026-12-31&caseNumber=KV%00');
  expect(board?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'All actions' })).toBeVisible();
  await expect(page.getByText('The list is not filtered by “Case number” and “Due from”')).toBeVisible();
  await expect(page.getByLabel('Due by')).toHaveValue('2026-12-31');
  await shot(page, 'actions-ignored-filters');
  await expectNoAxeViolations(page);

  for (const [path, heading, filter] of [
    ['/cases?q=Ann%00', 'Cases', 'Search'],
    ['/screening?q=%00&status=nonsense&agency=not-an-id', 'Screening', 'Status'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(page.getByTestId('ignored-filters'), path).toContainText(`“${filter}”`);
  }

  // Bytes that are not UTF-8 (a lone surrogate's encoding) reach the page as replacement characters: a plain search.
  expect((await page.goto('/cases?q=%ED%A0%80'))?.status()).toBe(200);

  const audit = await page.goto('/audit?from=2026-02-30&action=case.view%00');
  expect(audit?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
});

test('a text field refuses hidden characters beside the field, and a save that fails on its way keeps what was typed', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.agency.email);
  await page.goto('/actions?board=mine');
  const table = page.getByRole('table', { name: 'Actions' });
  await table.getByRole('row').filter({ hasText: /Open|In progress/ }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Update this action' })).toBeVisible();

  await page.getByRole('group', { name: 'Status' }).getByLabel('In progress').check();
  await page.getByLabel('Update note').fill('Visit booked\u0000 for Tuesday');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(errorSummary(page)).toContainText('The note must not include hidden characters');
  await expect(page.locator('.govuk-error-message')).toContainText('The note must not include hidden characters');

  // The request is refused on its way (as a body over the limit would be): nothing saved, nothing lost.
  await page.route('**/*', (route) => (route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.fulfill({ status: 413, body: 'too large' }) : route.continue()));
  await page.getByLabel('Update note').fill('Visit booked for Tuesday');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(errorSummary(page)).toContainText('Nothing was saved. Your answers are still here');
  await expect(page.getByLabel('Update note')).toHaveValue('Visit booked for Tuesday');
  await shot(page, 'action-update-not-saved');
  await expectNoAxeViolations(page);
});

test('a server action from another site answers 403, one too large 413, and sign-in refuses a huge body', async ({ request, baseURL }) => {
  const action = { 'next-action': '0000000000000000000000000000000000000000', 'content-type': 'text/plain;charset=UTF-8' };
  const foreign = await request.post('/actions', { headers: { ...action, origin: 'https://evil.example' }, data: '[]' });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain('This request came from another website');

  const big = await request.post('/actions', { headers: { ...action, origin: baseURL! }, data: 'x'.repeat(2 * 1024 * 1024) });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('What you sent is too large');

  const signIn = await request.post('/api/auth/callback/credentials', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: `email=a%40b.c&password=${'x'.repeat(20 * 1024 * 1024)}` });
  expect(signIn.status()).toBe(413);
});
