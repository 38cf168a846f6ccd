import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, mainNav } from './support/pages';
import { ActionPage } from './pages/action';
import { SignInPage } from './pages/sign-in';

test('an overdue reminder reaches the action’s owner, stays unread until marked read, and leads to the action', async ({ browser, ownAreas }) => {
  // A copy of the demo of its own: nothing else reads or marks its notifications, or works its actions.
  const area = ownAreas.get('overdue-reminder');
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signIn(area.person('police').email, area.password);
  // The demo gave DC Owen Prestwick an action at the last meeting but one, and it is now overdue. The
  // newest reminder he has not read: the demo's story has him read what had come before each meeting,
  // so which reminders are still unread depends on the day and hour the area was made.
  const newest = page.getByRole('row').filter({ hasText: 'An action given to you is overdue' }).filter({ hasText: 'Unread' }).first();
  await expect(async () => {
    await page.goto('/notifications');
    await expect(newest).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  // That one reminder from here on, whatever else arrives meanwhile.
  const href = await newest.getByRole('link').getAttribute('href');
  const reminder = page.getByRole('row').filter({ has: page.locator(`a[href="${href}"]`) });

  // Looking at the list does not mark anything read.
  await page.reload();
  await expect(reminder.getByText('Unread')).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: /Notifications \(\d+ unread\)/ })).toBeVisible();

  // The unread ones alone, then all of them marked read at once.
  await page.getByRole('link', { name: 'Show unread notifications only' }).click();
  const unreadTable = page.getByRole('table', { name: 'Your unread notifications' });
  await expect(unreadTable.getByRole('link', { name: 'An action given to you is overdue' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(unreadTable.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
  await expect(mainNav(page).getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Show all notifications' }).click();
  await expect(reminder.getByText('Read', { exact: true })).toBeVisible();
  await reminder.getByRole('link').click();
  // Overdue and not yet done: it can still be updated.
  await expect(page).toHaveURL(/\/action-items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(new ActionPage(page).updateHeading()).toBeVisible();
});

test('a user chooses which emails they receive, and the choice is kept', async ({ browser, ownAreas }) => {
  const area = ownAreas.get('email-choices');
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signIn(area.person('coordinator').email, area.password);
  await mainNav(page).getByRole('link', { name: 'Your account' }).click();
  await page.getByRole('link', { name: 'Choose which emails you receive' }).click();
  await expect(page.getByRole('heading', { name: 'Email notifications' })).toBeVisible();
  await expect(page.getByText('It never contains a name, an address, a case detail or the text of an action')).toBeVisible();
  // The demo has no mail server.
  await expect(page.getByText('This installation does not send email yet')).toBeVisible();
  await expectNoAxeViolations(page);

  const choices = page.getByRole('group', { name: 'Email me when' });
  await expect(choices.getByRole('checkbox')).toHaveCount(10);
  await expect(choices.getByLabel('Someone in another agency reveals the protected details of a case my agency referred (for the IDVA service: of any case)')).toBeChecked();
  await choices.getByLabel('An action of my agency is due within 3 days').uncheck();
  await choices.getByLabel('A referral my agency made is returned with a question').uncheck();
  await page.getByRole('button', { name: 'Save email choices' }).click();
  await expect(page.getByText('Your email choices are saved.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(choices.getByLabel('An action of my agency is due within 3 days')).not.toBeChecked();
  await expect(choices.getByLabel('A referral my agency made is returned with a question')).not.toBeChecked();
  await expect(choices.getByLabel('An action of my agency is overdue')).toBeChecked();
});
