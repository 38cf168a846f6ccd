import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { errorSummary, expectNoAxeViolations, shot } from './support/pages';
import { SignInPage } from './pages/sign-in';

// Reads the demo as it is: nothing here changes it.

/** A date as GOV.UK writes it: "26 November 2026". */
const govukDate = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
/** How dates were shown before: 2026-11-26, 26 Nov 2026, 18:54 (the audit log's "10:03:28pm" is the GOV.UK time with seconds). */
const otherDates = [/\b\d{4}-\d{2}-\d{2}\b/, /\b\d{1,2} (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{4}\b/, /\b\d{2}:\d{2}\b(?!:\d{2}[ap]m)/];

/** Every date the page's main content shows is in GOV.UK style, and there is at least one. */
async function expectGovukDatesOnly(page: Page, what: string) {
  const text = await page.getByRole('main').innerText();
  expect(text, `${what}: a date in GOV.UK style`).toMatch(govukDate);
  for (const pattern of otherDates) expect(text.match(pattern)?.[0], `${what}: no date written as ${pattern}`).toBeUndefined();
}

test('the coordinator’s home page leads to the escalation list', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await shot(page, 'home-coordinator');
  await page.getByRole('link', { name: 'Escalation list', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Escalation list' })).toBeVisible();
  await expectGovukDatesOnly(page, 'the escalation list');
  await shot(page, 'escalation');
});

test('an agency user’s home page has no escalation list', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.agency.email);
  await expect(page.getByRole('heading', { name: /Your agency’s actions/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Escalation list', exact: true })).toHaveCount(0);
});

test('dates read the same way on every list and record', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await expectGovukDatesOnly(page, 'the home page');

  await page.goto('/cases');
  await expectGovukDatesOnly(page, 'the case list');
  await expect(page.getByRole('table', { name: 'Cases' })).toContainText(/Last heard \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expectNoAxeViolations(page);
  await shot(page, 'cases');

  await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: 'Last heard' }).first().getByRole('link', { name: /^KV-/ }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expectGovukDatesOnly(page, 'a case');
  await shot(page, 'case');
  // Its action plan, as a PDF: due dates in words too.
  const plan = await page.request.get(`${new URL(page.url()).pathname}/action-plan`);
  expect(plan.headers()['content-type']).toBe('application/pdf');
  const { PDFParse } = await import('pdf-parse');
  const planText = (await new PDFParse({ data: await plan.body() }).getText()).text;
  expect(planText).toMatch(govukDate);
  for (const pattern of otherDates) expect(planText.match(pattern)?.[0]).toBeUndefined();

  await page.goto('/action-items');
  await expectGovukDatesOnly(page, 'the action board');
  await shot(page, 'actions');
  await page.getByRole('table').first().getByRole('link').first().click();
  await expectGovukDatesOnly(page, 'an action');

  await page.goto('/meetings');
  await expectGovukDatesOnly(page, 'the meetings');
  await page.getByRole('main').getByRole('link', { name: govukDate }).first().click();
  await expectGovukDatesOnly(page, 'a meeting');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight)$/);
  await shot(page, 'meeting');

  // The screening queue, and a referral that resembles a case already heard.
  await page.goto('/screening');
  await expectGovukDatesOnly(page, 'the screening queue');
  await expect(page.getByRole('table', { name: 'Referrals to screen' }).getByRole('row').filter({ hasText: 'Jon Kettleby' })).toContainText('Possible repeat: heard within 12 months');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Jon Kettleby' }).click();
  await expect(page.getByRole('table', { name: 'Possible earlier cases of the same people' })).toContainText('born 1 December 1979');
  await expectGovukDatesOnly(page, 'a referral being screened');
});

test('the audit log reads in words: actions, what they were about, outcomes, and the filters', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.goto('/cases');
  await page.getByRole('table', { name: 'Cases' }).getByRole('link', { name: /^KV-/ }).first().click();
  const caseNumber = (await page.locator('.govuk-caption-l').first().innerText()).replace(/^Case /, '').trim();

  await page.goto('/audit');
  const events = page.getByRole('table', { name: 'Audit events' });
  // Other tests read the demo at the same time: the row is found by its case, not as the newest.
  const viewed = events.getByRole('row').filter({ hasText: 'Viewed a case' }).filter({ hasText: `Case ${caseNumber}` }).first();
  await expect(viewed).toContainText(`Case ${caseNumber}`);
  await expect(viewed).toContainText('Allowed');
  await expect(viewed).toContainText('MARAC coordinator');
  await expect(events).not.toContainText('case.view');
  await expectGovukDatesOnly(page, 'the audit log');

  // The filters offer words too, and filter by them.
  const actionChoices = await page.getByLabel('Action').locator('option').allInnerTexts();
  expect(actionChoices).toContain('Viewed a case');
  expect(actionChoices.some((c) => /^[a-z_]+\.[a-z_]+$/.test(c))).toBe(false);
  await page.getByLabel('Action').selectOption({ label: 'Viewed a case' });
  await page.getByLabel('Outcome').selectOption({ label: 'Allowed' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(events.getByRole('row').nth(1)).toContainText('Viewed a case');
  await events.getByRole('row').filter({ hasText: caseNumber }).first().getByRole('link', { name: caseNumber }).click();
  await expect(page.locator('.govuk-caption-l').first()).toHaveText(`Case ${caseNumber}`);

  // Dates are typed as day, month and year; one that cannot be real is named, and the other filters stay.
  await page.goto('/audit');
  await page.getByLabel('Action').selectOption({ label: 'Viewed a case' });
  const from = page.getByRole('group', { name: 'From', exact: true });
  await from.getByLabel('Day', { exact: true }).fill('31');
  await from.getByLabel('Month', { exact: true }).fill('2');
  await from.getByLabel('Year', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(from).toContainText('Error: The “from” date must be a real date');
  await expect(errorSummary(page).getByRole('link', { name: 'The “from” date must be a real date' })).toBeVisible();
  await expect(page.getByLabel('Action')).toHaveValue('case.view');
  await expect(from.getByLabel('Day', { exact: true })).toHaveValue('31');
  await expectNoAxeViolations(page);
  await shot(page, 'audit-date-error');
  // A real range filters.
  await from.getByLabel('Day', { exact: true }).fill('1');
  await page.getByRole('group', { name: 'To', exact: true }).getByLabel('Day', { exact: true }).fill('1');
  await page.getByRole('group', { name: 'To', exact: true }).getByLabel('Month', { exact: true }).fill('1');
  await page.getByRole('group', { name: 'To', exact: true }).getByLabel('Year', { exact: true }).fill('2026');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('group', { name: 'To', exact: true })).toContainText('Error: The “to” date must be the same as or after the “from” date');
  await from.getByLabel('Month', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(page.getByText(/^(No events$|Showing \d)/)).toBeVisible();
});

test('the cases list sorts by the column whose header is clicked, either way, and keeps its filter', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.goto('/cases');
  const victims = () => page.locator('tbody tr td:nth-child(2)').allTextContents();
  await page.getByRole('link', { name: 'Victim' }).click();
  await expect(page).toHaveURL(/sort=victim&dir=asc/);
  await expect(page.getByRole('columnheader', { name: 'Victim' })).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await victims();
  expect(ascending.length).toBeGreaterThan(5);
  await page.getByRole('link', { name: 'Victim' }).click();
  await expect(page).toHaveURL(/sort=victim&dir=desc/);
  await expect(page.getByRole('columnheader', { name: 'Victim' })).toHaveAttribute('aria-sort', 'descending');
  expect(await victims()).toEqual([...ascending].reverse());
  expect(await page.getByRole('columnheader', { name: 'Flags' }).getAttribute('aria-sort')).toBeNull();

  // A filtered list sorted again is still filtered.
  await page.goto('/cases?reaching=2027-06-01');
  const filtered = page.getByText('Open cases reaching 12 months since their last MARAC on 1 June 2027.');
  await expect(filtered).toBeVisible();
  await page.getByRole('link', { name: 'Opened' }).click();
  await expect(page).toHaveURL(/reaching=2027-06-01.*sort=opened&dir=asc/);
  await expect(filtered).toBeVisible();
});

test('the action board is filtered by due dates typed in day, month and year boxes, and a date that is not real is reported beside them', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.goto('/action-items');
  const count = page.getByText(/^Showing \d+ to \d+ of /);
  const unfiltered = await count.innerText();
  const filters = page.getByRole('form', { name: 'Filter actions' });
  const dueFrom = filters.getByRole('group', { name: 'Due from' });
  const dueBy = filters.getByRole('group', { name: 'Due by' });
  const typeDate = async (group: typeof dueFrom, day: string, month: string, year: string) => {
    await group.getByLabel('Day').fill(day);
    await group.getByLabel('Month').fill(month);
    await group.getByLabel('Year').fill(year);
  };

  // A range that holds every action: the same list; one that holds none: none.
  await typeDate(dueFrom, '1', '1', '2000');
  await typeDate(dueBy, '31', '12', '2099');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(count).toHaveText(unfiltered);
  // Sorting keeps the dates, shown in their boxes again.
  await page.getByRole('table', { name: 'Actions' }).getByRole('link', { name: 'Case' }).click();
  await expect(page).toHaveURL(/dueFrom=2000-01-01/);
  await expect(dueFrom.getByLabel('Year')).toHaveValue('2000');
  await expect(dueBy.getByLabel('Day')).toHaveValue('31');
  await typeDate(dueFrom, '1', '1', '2099');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No actions', { exact: true })).toBeVisible();

  // 31 February: said in the error summary and beside the boxes, what was typed kept, the list not filtered by it.
  await typeDate(dueFrom, '31', '2', '2026');
  await dueBy.getByLabel('Day').fill('');
  await dueBy.getByLabel('Month').fill('');
  await dueBy.getByLabel('Year').fill('');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(errorSummary(page)).toContainText('The “due from” date must be a real date');
  await expect(dueFrom).toContainText('The “due from” date must be a real date');
  await expect(dueFrom.getByLabel('Day')).toHaveValue('31');
  await expect(dueFrom.getByLabel('Month')).toHaveValue('2');
  await expect(count).toHaveText(unfiltered);
  await errorSummary(page).getByRole('link', { name: 'The “due from” date must be a real date' }).click();
  await expect(dueFrom.getByLabel('Day')).toBeFocused();
  await shot(page, 'actions-due-date-error');
  await expectNoAxeViolations(page);
});
