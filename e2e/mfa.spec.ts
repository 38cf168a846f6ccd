import { expect, test } from './support/fixtures';
import { errorSummary, expectNoAxeViolations, findListedCase, shot } from './support/pages';
import { codeFor, enrolFromKey, SignInPage, signOut } from './pages/sign-in';

const PASSWORD = 'harbour lantern copper';
const codeStep = 'Enter a code from your authenticator app';

test('a new user sets up an app at first sign-in, uses a recovery code once, and is asked for a code again before a reveal', async ({ browser, ownAreas }) => {
  test.setTimeout(180_000);
  const area = ownAreas.get('mfa');
  const admin = await browser.newPage();
  await new SignInPage(admin).signIn(area.person('admin').email, area.password);
  await admin.goto('/admin/users/new');
  const email = `robin.vale.${Date.now()}@marac.example`;
  await admin.getByLabel('Full name').fill('Robin Vale');
  await admin.getByLabel('Work email address').fill(email);
  await admin.getByLabel('Agency', { exact: true }).selectOption({ label: 'Kestrel Vale Housing Options' });
  await admin.getByRole('radio', { name: 'Agency representative' }).check();
  await admin.getByRole('button', { name: 'Add user' }).click();
  const link = await admin.getByRole('textbox', { name: 'Set-up link' }).inputValue();
  await admin.close();

  // A context of its own (axe needs one).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm new password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is set' })).toBeVisible();

  // First sign-in: the password, then setting up the app from the key shown (the QR code holds the same).
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.attempt(email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  // Nothing is enrolled yet, so even the demonstration has no code to show.
  await expect(page.locator('#demo-code')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, 'mfa-enrol');
  // A wrong code first: refused beside the field, and nothing is set up.
  await page.getByLabel('Code from the app').fill('000000' === (await codeFor((await page.locator('#totp-key').innerText()).replace(/\s+/g, ''))) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(errorSummary(page).getByRole('link', { name: /The code is not right/ })).toBeVisible();
  const { key, recoveryCodes } = await enrolFromKey(page);
  expect(recoveryCodes).toHaveLength(10);
  await expect(page.getByRole('heading', { name: 'Welcome, Robin Vale' })).toBeVisible();
  await signOut(page);

  // Next sign-in with a recovery code: it works once.
  await signIn.open();
  await signIn.attempt(email, PASSWORD);
  await expect(page.getByRole('heading', { name: codeStep })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'mfa-code-step');
  // Not ready: leaving from the code step ends the session; a signed-in page then asks for the password again.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Marac Hub' })).toBeVisible();
  await signIn.attempt(email, PASSWORD);
  await expect(page.getByRole('heading', { name: codeStep })).toBeVisible();
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Robin Vale' })).toBeVisible();
  await signOut(page);

  await signIn.open();
  await signIn.attempt(email, PASSWORD);
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  const refused = errorSummary(page).getByRole('link', { name: /The code is not right/ });
  await expect(refused).toBeVisible();
  await expect(page.getByRole('heading', { name: codeStep })).toBeVisible();
  // The same words as for a wrong code.
  const message = await refused.innerText();
  await page.getByLabel('Code', { exact: true }).fill('12345');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(refused).toHaveText(message);
  // Another recovery code signs in; a session opened so has had no code from the app yet.
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[1]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Robin Vale' })).toBeVisible();

  // A listed case whose protected details housing does not see: revealing them asks for a code first.
  const casePath = await findListedCase(page, async () => (await page.getByRole('heading', { name: 'Address and safe contact details are protected' }).count()) > 0);
  expect(casePath).not.toBeNull();
  await page.getByLabel('Why do you need them?').fill('Booking a home visit to discuss a safe move');
  await page.getByRole('button', { name: 'Show protected details' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm it is you' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/step-up\\?returnTo=${encodeURIComponent(casePath!)}`));
  await expectNoAxeViolations(page);
  await shot(page, 'mfa-step-up');
  // A recovery code does not serve here; a code from the app does, once.
  await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[2]);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(errorSummary(page).getByRole('link', { name: /The code is not right/ })).toBeVisible();
  // The enrolment used this step's code: the app's next one is within the window.
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(key, 1));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`${casePath}$`));

  await page.getByLabel('Why do you need them?').fill('Booking a home visit to discuss a safe move');
  await page.getByRole('button', { name: 'Show protected details' }).click();
  await expect(page.getByRole('heading', { name: 'Address and safe contact details', exact: true })).toBeVisible();
  await context.close();
});
