import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { errorSummary, expectNoAxeViolations } from './support/pages';
import { SignInPage } from './pages/sign-in';

test('the sign-in page, with and without errors, has no axe violations', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const role of ['admin', 'coordinator', 'chair', 'agency', 'igLead'] as const) {
  test(`the ${role}'s dashboard and account pages have no axe violations`, async ({ page }) => {
    await new SignInPage(page).signIn(accounts[role].email);
    await expectNoAxeViolations(page);
    await page.goto('/account');
    await expectNoAxeViolations(page);
  });
}

test('the admin and audit pages have no axe violations', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.admin.email);
  for (const path of ['/admin/users', '/admin/users?sort=email&dir=desc', '/agencies', '/agencies/new', '/audit', '/audit?from=2020-01-01&to=2019-01-01']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto('/admin/users');
  await page.getByRole('link', { name: accounts.coordinator.name }).click();
  await expectNoAxeViolations(page);
  await page.goto('/admin/users/new');
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the screening, referral and case pages have no axe violations', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.goto('/screening');
  await expectNoAxeViolations(page);
  await page.getByRole('table', { name: 'Referrals to screen' }).getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Screen this referral' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/cases');
  await expectNoAxeViolations(page);
  await page.getByRole('table', { name: 'Cases' }).getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/referrals');
  await expectNoAxeViolations(page);
});

test('the set-password page for a bad link has no axe violations', async ({ page }) => {
  await page.goto('/set-password/not-a-real-token-at-all-0000000000');
  await expect(page.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('signed-in pages carry the security headers and are never cached', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('at 1280 pixels wide, the lists beside a filter panel fit without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await new SignInPage(page).signIn(accounts.coordinator.email);
  for (const [path, region] of [['/screening', 'Referrals'], ['/action-items', 'Actions'], ['/audit', 'Audit events']] as const) {
    await page.goto(path);
    const results = page.getByRole('region', { name: region });
    await expect(results.getByRole('table')).toBeVisible();
    const overflow = await results.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${path}: the list scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  }
});
