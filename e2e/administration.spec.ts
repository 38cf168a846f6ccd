import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { errorSummary, mainNav } from './support/pages';
import { SignInPage } from './pages/sign-in';

test('an admin disables a signed-in user: their next click is refused, and the audit log lists it', async ({ browser, ownAreas }) => {
  const area = ownAreas.get('admin-disables');
  const toDisable = area.person('recovery');
  const adminAccount = area.person('admin');
  const user = await browser.newPage();
  await new SignInPage(user).signIn(toDisable.email, area.password);

  const admin = await browser.newPage();
  await new SignInPage(admin).signIn(adminAccount.email, area.password);
  await admin.getByRole('link', { name: 'Users' }).click();
  await admin.getByRole('link', { name: toDisable.name }).click();
  await expect(admin.getByRole('heading', { name: toDisable.name })).toBeVisible();
  await expect(admin.getByRole('table', { name: 'Active sessions' }).getByRole('row')).toHaveCount(2);
  await admin.getByRole('button', { name: 'Disable account' }).click();
  await expect(admin.getByText(`${toDisable.name} is disabled. 1 active session was ended.`)).toBeVisible();
  await expect(admin.getByText('No active sessions.')).toBeVisible();

  // The disabled user clicks a link in the page they already had open.
  await mainNav(user).getByRole('link', { name: 'Your account' }).click();
  await expect(user.getByRole('heading', { name: 'Your session has ended' })).toBeVisible();
  await expect(user.getByRole('heading', { name: 'Sign in to Marac Hub' })).toBeVisible();

  await admin.goto('/audit');
  const table = admin.getByRole('table', { name: 'Audit events' });
  // In words: who disabled whom, and the refused session.
  const disabled = table.getByRole('row').filter({ hasText: 'Disabled a user' }).first();
  await expect(disabled).toContainText(adminAccount.name);
  await expect(disabled).toContainText(`User: ${toDisable.name}`);
  await expect(table.getByRole('row').filter({ hasText: 'Used a session that had ended' }).first()).toContainText(toDisable.name);
  await expect(table.getByRole('row').filter({ hasText: 'Used a session that had ended' }).first()).toContainText('Refused');

  // Re-enabled, they can sign in again.
  await admin.goto('/admin/users?q=recovery');
  await admin.getByRole('link', { name: toDisable.name }).click();
  await admin.getByRole('button', { name: 'Re-enable account' }).click();
  await expect(admin.getByText(`${toDisable.name} can sign in again.`)).toBeVisible();
  await new SignInPage(user).signIn(toDisable.email, area.password);
});

test('an admin adds a user, who follows the one-time link, chooses a password and signs in', async ({ browser, ownAreas }) => {
  const area = ownAreas.get('admin-adds-user');
  const admin = await browser.newPage();
  await new SignInPage(admin).signIn(area.person('admin').email, area.password);
  await admin.goto('/admin/users/new');

  // Mistakes are shown beside each field and in the summary; what was typed stays.
  await admin.getByLabel('Full name').fill('Casey Brook');
  await admin.getByLabel('Work email address').fill('not-an-email');
  await admin.getByRole('button', { name: 'Add user' }).click();
  const summary = errorSummary(admin);
  await expect(summary.getByRole('link', { name: /Enter an email address in the right format/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select an agency' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select a role' })).toBeVisible();
  await expect(admin.getByLabel('Full name')).toHaveValue('Casey Brook');

  // A taken email address is caught by the server and shown on its field.
  await admin.getByLabel('Work email address').fill(area.person('police').email);
  await admin.getByLabel('Agency', { exact: true }).selectOption({ label: 'Kestrel Vale Housing Options' });
  await admin.getByRole('radio', { name: 'Agency representative' }).check();
  await admin.getByRole('button', { name: 'Add user' }).click();
  await expect(admin.getByText('Error: A user with this email address already exists')).toBeVisible();

  const email = `casey.brook.${Date.now()}@marac.example`;
  await admin.getByLabel('Work email address').fill(email);
  await admin.getByRole('button', { name: 'Add user' }).click();
  await expect(admin.getByRole('heading', { name: 'Set-up link created' })).toBeVisible();
  const link = await admin.getByRole('textbox', { name: 'Set-up link' }).inputValue();
  expect(link).toMatch(/\/set-password\/[\w-]{40,}$/);

  const newcomer = await browser.newPage();
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await newcomer.getByLabel('New password', { exact: true }).fill('password1234');
  await newcomer.getByLabel('Confirm new password').fill('password1234');
  await newcomer.getByRole('button', { name: 'Set password' }).click();
  await expect(newcomer.getByText('Error: This password is too common')).toBeVisible();

  await newcomer.getByLabel('New password', { exact: true }).fill('lighthouse gravel teacup');
  await newcomer.getByLabel('Confirm new password').fill('lighthouse gravel teacup');
  await newcomer.getByRole('button', { name: 'Set password' }).click();
  await expect(newcomer.getByRole('heading', { name: 'Your password is set' })).toBeVisible();
  await new SignInPage(newcomer).signIn(email, 'lighthouse gravel teacup');
  await expect(newcomer.getByRole('banner')).toContainText('Casey Brook');

  // The link worked once.
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole('heading', { name: 'This link has expired or has already been used' })).toBeVisible();
});

test('a role change applies on the user’s next click', async ({ browser, ownAreas }) => {
  const area = ownAreas.get('admin-changes-role');
  const toPromote = area.person('police2');
  const user = await browser.newPage();
  await new SignInPage(user).signIn(toPromote.email, area.password);
  await expect(mainNav(user).getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  const admin = await browser.newPage();
  await new SignInPage(admin).signIn(area.person('admin').email, area.password);
  await admin.goto('/admin/users?q=police2');
  await admin.getByRole('link', { name: toPromote.name }).click();
  await admin.getByRole('radio', { name: 'MARAC coordinator' }).check();
  await admin.getByRole('button', { name: 'Save role and agency' }).click();
  await expect(admin.getByText('The change applies from the user’s next click or page.')).toBeVisible();

  await user.getByRole('link', { name: 'Home' }).click();
  await user.reload();
  await expect(mainNav(user).getByRole('link', { name: 'Audit log' })).toBeVisible();
  await user.getByRole('link', { name: 'Audit log' }).click();
  await expect(user.getByRole('heading', { name: 'Audit log' })).toBeVisible();
});

test('pages outside a role are refused, and the refusal is recorded', async ({ page, browser }) => {
  await new SignInPage(page).signIn(accounts.agency.email);
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();

  const admin = await browser.newPage();
  await new SignInPage(admin).signIn(accounts.admin.email);
  await admin.goto('/audit?outcome=denied&action=audit.list');
  await expect(admin.getByRole('table', { name: 'Audit events' }).getByRole('row').filter({ hasText: accounts.agency.name }).first()).toBeVisible();
});

test('a user ends their own session on another device', async ({ browser, ownAreas }) => {
  // The chair of an area of their own: their two sessions are the only ones.
  const area = ownAreas.get('ends-own-session');
  const chair = area.person('chair');
  const laptop = await browser.newPage();
  await new SignInPage(laptop).signIn(chair.email, area.password);
  const phone = await browser.newPage();
  await new SignInPage(phone).signIn(chair.email, area.password);

  await laptop.goto('/account');
  const sessions = laptop.getByRole('table', { name: 'Where you are signed in' });
  await expect(sessions.getByText('This session')).toHaveCount(1);
  await expect(sessions.getByRole('button', { name: /End session/ })).toHaveCount(1);
  await sessions.getByRole('button', { name: /End session/ }).click();
  await expect(sessions.getByRole('button', { name: /End session/ })).toHaveCount(0);
  // The phone's session is the one ended: its next click goes to sign in; the laptop's own still works.
  await phone.goto('/account');
  await expect(phone).toHaveURL(/\/sign-in/);
  await laptop.reload();
  await expect(laptop.getByRole('heading', { name: 'Your account' })).toBeVisible();
});
