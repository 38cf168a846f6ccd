import { expect, test } from './support/fixtures';
import { accounts, DEMO_PASSWORD } from './support/accounts';
import { errorSummary, mainNav } from './support/pages';
import { SignInPage, signOut } from './pages/sign-in';

const navByRole = {
  admin: ['Home', 'Users', 'Support services', 'Area settings', 'Agencies', 'Audit log', /^Notifications/, 'Your account'],
  coordinator: ['Home', 'Referrals', 'Screening', 'Cases', 'Meetings', 'Actions', 'Agencies', 'Audit log', 'Dataset', /^Notifications/, 'Your account'],
  chair: ['Home', 'Referrals', 'Cases', 'Meetings', 'Actions', 'Agencies', 'Dataset', /^Notifications/, 'Your account'],
  agency: ['Home', 'Referrals', 'Cases', 'Meetings', 'Actions', /^Notifications/, 'Your account'],
} as const;

for (const role of ['admin', 'coordinator', 'chair', 'agency'] as const) {
  test(`a ${role} signs in, sees their own navigation, and signs out`, async ({ page }) => {
    const account = accounts[role];
    await new SignInPage(page).signIn(account.email);

    const header = page.getByRole('banner');
    await expect(header).toContainText('OFFICIAL-SENSITIVE');
    await expect(header).toContainText(account.name);
    await expect(header).toContainText(account.role);
    await expect(mainNav(page).getByRole('link')).toHaveText([...navByRole[role]]);

    await signOut(page);
    // The old session is gone: a signed-in page sends them back to sign in.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { name: 'Sign in to Marac Hub' })).toBeVisible();
  });
}

test('a wrong password and an unknown email get the same message', async ({ browser }) => {
  // From an address of its own, so its failures count against no one else's.
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.61' } });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.attempt(accounts.agency.email, 'not the right password');
  await expect(signIn.failureMessage()).toBeVisible();
  const wrongPassword = await signIn.failureMessage().innerText();

  await signIn.attempt('nobody-here@marac.example', DEMO_PASSWORD);
  await expect(signIn.failureMessage()).toBeVisible();
  expect(await signIn.failureMessage().innerText()).toBe(wrongPassword);
  // The email stays; the password is cleared.
  await expect(page.getByLabel('Email address')).toHaveValue('nobody-here@marac.example');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await context.close();
});

test('the password alone opens nothing: a half-signed-in session is sent back to the code step', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.attempt(accounts.chair.email, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Enter a code from your authenticator app' })).toBeVisible();
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/sign-in\/code\?returnTo=%2Fcases/);
  await expect(page.getByRole('heading', { name: 'Enter a code from your authenticator app' })).toBeVisible();
});

test('empty fields are reported beside the field and in the summary', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = errorSummary(page);
  await expect(summary.getByRole('link', { name: 'Enter your email address' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
  await expect(page.getByText('Error: Enter your email address')).toBeVisible();
});

test('a guesser is slowed then refused from their address, with the same message, while the real user signs in from another', async ({ browser, ownAreas }) => {
  test.setTimeout(120_000);
  const area = ownAreas.get('sign-in-lockout');
  const target = area.person('mentalhealth');
  // TRUSTED_PROXY=1 in the end-to-end server: each browser below comes from an address of its own.
  const guesserContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.23' } });
  const guesser = await guesserContext.newPage();
  const signIn = new SignInPage(guesser);
  await signIn.open();
  await signIn.attempt(target.email, 'wrong password number 1');
  await expect(signIn.failureMessage()).toBeVisible();
  const message = await signIn.failureMessage().innerText();
  for (let i = 2; i <= 5; i++) {
    await signIn.attempt(target.email, `wrong password number ${i}`);
    await expect(signIn.failureMessage()).toBeVisible({ timeout: 15_000 });
  }
  // Now even the right password is refused from that address, with the same words.
  await signIn.attempt(target.email, area.password);
  await expect(signIn.failureMessage()).toBeVisible();
  expect(await signIn.failureMessage().innerText()).toBe(message);
  await expect(guesser).toHaveURL(/\/sign-in$/);
  await guesserContext.close();

  const realContext = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.40' } });
  const real = await realContext.newPage();
  await new SignInPage(real).signIn(target.email, area.password);
  await realContext.close();
});

test('signing out ends the session on the server: the old cookie, kept by an attacker, opens nothing', async ({ page, context }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  const kept = (await context.cookies()).filter((c) => c.name.includes('next-auth.session-token'));
  expect(kept).toHaveLength(1);
  await signOut(page);
  expect((await context.cookies()).filter((c) => c.name.includes('next-auth.session-token'))).toHaveLength(0);
  await context.addCookies(kept);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?reason=ended/);
});

test('a signed-out visitor is sent to sign in, and back to the page they asked for', async ({ page }) => {
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/sign-in?returnTo=/agencies');
  await new SignInPage(page).attemptWithCode(accounts.coordinator.email, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Agencies' })).toBeVisible();
});

test('a sign-in link that points to another site lands on this app instead', async ({ page, baseURL }) => {
  const here = new URL(baseURL!).origin;
  // A tab between the slashes: browsers drop it, and "//evil.example/x" is another site.
  await page.goto('/sign-in?returnTo=/%09/evil.example/x');
  await new SignInPage(page).attemptWithCode(accounts.agency.email, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: /Welcome, / })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(here);
  expect(new URL(page.url()).pathname).toBe('/');
  await signOut(page);

  // A path of this app is still where the user goes back to.
  await page.goto('/sign-in?returnTo=/cases?page=1');
  await new SignInPage(page).attemptWithCode(accounts.agency.email, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  expect(page.url()).toBe(`${here}/cases?page=1`);
});
