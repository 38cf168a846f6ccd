import type { Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in';
import { expect, test } from './support/fixtures';
import { errorSummary, expectNoAxeViolations, shot } from './support/pages';

// On a copy of the demo of its own (no other test changes preservation requests, safety plans or the
// support directory): the police officer works on the case he referred (Shanice Campbell-Reid's), the
// IDVA on the case her service referred (Leanne Hollis's), and the admin keeps the area's services.

async function openCase(page: Page, victim: string) {
  await page.goto('/cases');
  await page.getByRole('row').filter({ hasText: victim }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: victim })).toBeVisible();
}

/** A day `n` days ago in the UK, as the date boxes take it. */
function daysAgo(n: number) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London' })
      .formatToParts(new Date(Date.now() - n * 86_400_000))
      .map((p) => [p.type, p.value]),
  );
  return { day: parts.day, month: parts.month, year: parts.year };
}

test('a police officer records a preservation request near its deadline, and it shows on the home page', async ({ page, ownAreas }) => {
  const area = ownAreas.get('preservation');
  await new SignInPage(page).signIn(area.person('police').email, area.password);
  // The demo's request, sent 80 days ago, is already near its deadline.
  const panel = page.locator('.app-card').filter({ has: page.getByRole('heading', { name: 'Preservation deadlines' }) });
  await expect(panel.getByRole('link', { name: /: Instagram, by / })).toBeVisible();

  await openCase(page, 'Shanice Campbell-Reid');
  await page.getByRole('link', { name: 'Data-preservation requests', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data-preservation requests' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Instagram' })).toContainText('Deadline near');
  await expectNoAxeViolations(page);
  await shot(page, 'preservation-list');

  await page.getByRole('button', { name: 'Record a preservation request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a preservation request' })).toBeVisible();
  await page.getByRole('button', { name: 'Record request' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Enter the platform, like Instagram or Snapchat' })).toBeVisible();
  await expect(page.getByText('Error: Select whether it has been sent')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'preservation-new-errors');

  await page.getByLabel('Platform').fill('Snapchat');
  await page.getByLabel('Accounts to preserve').fill('rt_snaps_94');
  await page.getByLabel('What to preserve').fill('Snaps, chats and login records since 1 August');
  await page.getByRole('group', { name: 'Has it been sent to the platform?' }).getByLabel('Sent').check();
  const sent = page.getByRole('group', { name: 'Date it was sent' });
  const when = daysAgo(78);
  await sent.getByLabel('Day').fill(when.day);
  await sent.getByLabel('Month').fill(when.month);
  await sent.getByLabel('Year').fill(when.year);
  await expectNoAxeViolations(page);
  await shot(page, 'preservation-new-filled');
  await page.getByRole('button', { name: 'Record request' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Preservation request to Snapchat' })).toBeVisible();
  await expect(page.getByText('Preservation request recorded')).toBeVisible();
  await expect(page.getByText('Deadline near')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'preservation-request');

  // Acknowledged by the platform, with its reference.
  await page.getByRole('group', { name: 'Where does the request stand?' }).getByLabel('Acknowledged').check();
  await page.getByLabel('The platform’s reference (optional)').fill('SC-LE-7781');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('SC-LE-7781');

  await page.goto('/');
  await expect(panel.getByRole('link', { name: /: Snapchat, by / })).toBeVisible();
  await expect(panel).toContainText('2 requests are');
  await expectNoAxeViolations(page);
  await shot(page, 'preservation-home-panel');
});

test('an IDVA updates an item of the digital safety plan', async ({ page, ownAreas }) => {
  const area = ownAreas.get('preservation');
  await new SignInPage(page).signIn(area.person('idva').email, area.password);
  await openCase(page, 'Leanne Hollis');
  await page.getByRole('link', { name: 'Digital safety plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digital safety plan' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Change Passwords changed from a trusted device' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwords changed from a trusted device' })).toBeVisible();
  await page.getByLabel('Note (optional)').fill('x'.repeat(2001));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'The note must be 2000 characters or fewer' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('In progress').check();
  await page.getByLabel('Note (optional)').fill('Email changed from the IDVA’s laptop; banking next week.');
  await shot(page, 'safety-plan-item');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Digital safety plan' })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const row = page.locator('.govuk-summary-list__row').filter({ hasText: 'Passwords changed from a trusted device' });
  await expect(row).toContainText('In progress');
  await expect(row).toContainText('Email changed from the IDVA’s laptop');
  await expectNoAxeViolations(page);
  await shot(page, 'safety-plan');
});

test('an admin adds a local service, and it shows beside the safety plan and on the page printed for the victim', async ({ page, browser, ownAreas }) => {
  const area = ownAreas.get('preservation');
  await new SignInPage(page).signIn(area.person('admin').email, area.password);
  await page.getByRole('link', { name: 'Support services' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Support services' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add a service' }).click();
  await page.getByLabel('Website (optional)').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add service' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Enter the name of the service' })).toBeVisible();
  await expect(page.getByText('Error: Enter a website that starts with https://, like https://example.org')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Name').fill('Kestrel Vale Tech Safety Clinic');
  await page.getByLabel('Phone number (optional)').fill('01632 960999');
  await page.getByLabel('Website (optional)').fill('https://techsafety.kestrelvale.example');
  await page.getByRole('button', { name: 'Add service' }).click();
  await expect(page.getByText('Service added')).toBeVisible();
  await expect(page.getByRole('table', { name: 'The area’s own services' })).toContainText('Kestrel Vale Tech Safety Clinic');
  await shot(page, 'support-services-admin');

  // Change it: the page of one service, checked as the list was.
  await page.getByRole('link', { name: 'Kestrel Vale Tech Safety Clinic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kestrel Vale Tech Safety Clinic' })).toBeVisible();
  await expect(page.getByLabel('Phone number (optional)')).toHaveValue('01632 960999');
  await expectNoAxeViolations(page);
  await page.getByLabel('When it is open (optional)').fill('Tuesdays and Thursdays, 10am to 4pm');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved')).toBeVisible();
  await expect(page.getByRole('table', { name: 'The area’s own services' })).toContainText('Kestrel Vale Tech Safety Clinic');
  await shot(page, 'support-service-change');

  const idva = await (await browser.newContext()).newPage();
  await new SignInPage(idva).signIn(area.person('idva').email, area.password);
  await openCase(idva, 'Leanne Hollis');
  await idva.getByRole('link', { name: 'Digital safety plan', exact: true }).click();
  const aside = idva.getByRole('complementary', { name: 'Support services' });
  await expect(aside).toContainText('National Stalking Helpline');
  await expect(aside).toContainText('Kestrel Vale Tech Safety Clinic');
  await aside.getByRole('link', { name: 'Print these for the victim' }).click();
  await expect(idva.getByRole('heading', { level: 1, name: 'Support services' })).toBeVisible();
  await expect(idva.getByRole('main')).toContainText('0808 802 0300');
  await expect(idva.getByRole('main')).toContainText('Kestrel Vale Tech Safety Clinic');
  await expect(idva.getByRole('main')).toContainText('Tuesdays and Thursdays, 10am to 4pm');
  await expect(idva.getByRole('main')).not.toContainText('Leanne');
  await expectNoAxeViolations(idva);
  await shot(idva, 'support-directory');
  await idva.emulateMedia({ media: 'print' });
  await expect(idva.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await shot(idva, 'support-directory-print');
});
