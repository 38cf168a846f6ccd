import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { errorSummary, expectNoAxeViolations, findListedCase, mainNav, shot } from './support/pages';
import { SignInPage } from './pages/sign-in';

// "Who has seen this case": the coordinator reaches it from the case, the information-governance lead
// by the case's number, and nobody else at all.

const events = (page: Page) => page.getByRole('table', { name: 'Events about this case' }).getByRole('row');

/**
 * As the coordinator, opens the coming meeting's agenda (an event that shows its cases) and then a case
 * listed on it whose protected details the coordinator's agency does not hold. Returns its path, number
 * and victim's name (the page's heading).
 */
async function openListedCase(page: Page): Promise<{ path: string; number: string; victim: string }> {
  const path = await findListedCase(page, async () => (await page.getByRole('heading', { name: 'Address and safe contact details are protected' }).count()) > 0);
  if (!path) throw new Error('No case on a coming agenda has protected details hidden from the coordinator');
  const number = (await page.locator('.govuk-caption-l').first().innerText()).replace(/^Case /, '').trim();
  const victim = (await page.getByRole('heading', { level: 1 }).innerText()).replace(`Case ${number}`, '').trim();
  return { path, number, victim };
}

test('the coordinator sees who has seen a case: the agenda that showed it, the reveal and its reason; filters it and downloads it', async ({ page, ownAreas }) => {
  // A copy of the demo of its own: the case's log holds this test's events and no other test's.
  const area = ownAreas.get('who-has-seen');
  const coordinator = area.person('coordinator');
  await new SignInPage(page).signIn(coordinator.email, area.password);
  const theCase = await openListedCase(page);
  const reason = 'Checking the safe address before the joint visit on Friday';
  await page.getByLabel('Why do you need them?').fill(reason);
  await page.getByRole('button', { name: 'Show protected details' }).click();
  await expect(page.getByText('Your viewing has been recorded.')).toBeVisible();

  await page.getByRole('link', { name: 'Who has seen this case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Who has seen this case/ })).toBeVisible();
  await expect(page.locator('.govuk-caption-l').first()).toHaveText(`Case ${theCase.number}`);
  await expect(page.getByRole('main')).not.toContainText(theCase.victim);
  const rows = events(page);
  const reveal = rows.filter({ hasText: 'Revealed protected details' }).first();
  await expect(reveal).toContainText(coordinator.name);
  await expect(reveal).toContainText('Kestrel Vale Community Safety Partnership · MARAC coordinator');
  await expect(reveal).toContainText(reason);
  await expect(reveal).toContainText('Allowed');
  await expect(reveal).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}(:\d{2}){0,2}(am|pm)/);
  // The agenda the coordinator opened showed the case: it is on the case's log, named by its meeting.
  await expect(rows.filter({ hasText: 'Viewed an agenda' }).filter({ hasText: coordinator.name }).first()).toContainText(/Agenda of the meeting of \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(rows.filter({ hasText: 'Viewed a case' }).first()).toContainText(coordinator.name);
  await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'Protected details revealed' })).toContainText(/[1-9]\d* times?/);
  await expectNoAxeViolations(page);
  await shot(page, 'who-has-seen-coordinator');

  // Filtered to reveals by this coordinator from today, it holds the reveal alone.
  await page.getByLabel('What happened').selectOption({ label: 'Revealed protected details' });
  await page.getByLabel('Person').selectOption({ label: coordinator.name });
  const from = page.getByRole('group', { name: 'From', exact: true });
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date()).split('/');
  await from.getByLabel('Day', { exact: true }).fill(today[0]);
  await from.getByLabel('Month', { exact: true }).fill(today[1]);
  await from.getByLabel('Year', { exact: true }).fill(today[2]);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText(/Showing 1 to \d+ of \d+ events/)).toBeVisible();
  const revealRows = await rows.filter({ has: page.getByRole('cell') }).allInnerTexts();
  expect(revealRows.length).toBeGreaterThan(0);
  expect(revealRows.every((r) => r.includes('Revealed protected details') && r.includes(coordinator.name))).toBe(true);
  expect(revealRows.some((r) => r.includes(reason))).toBe(true);

  // A date that cannot be real is named beside its boxes; the other filters stay.
  await from.getByLabel('Day', { exact: true }).fill('30');
  await from.getByLabel('Month', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'The “from” date must be a real date' })).toBeVisible();
  await expect(page.getByLabel('What happened')).toHaveValue('case.reveal_protected');
  await expectNoAxeViolations(page);

  // The download holds what the page shows, for the same filters.
  await from.getByLabel('Day', { exact: true }).fill(today[0]);
  await from.getByLabel('Month', { exact: true }).fill(today[1]);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these events (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe(`who-has-seen-${theCase.number}.csv`);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('"OFFICIAL-SENSITIVE"');
  expect(lines[1]).toBe('"Case","When (UK time)","Timestamp (UTC)","Who","Agency","Role","What","Record","Why","Outcome","Outcome detail","Request id"');
  expect(lines.slice(2)).toHaveLength(revealRows.length);
  expect(lines.slice(2).every((l) => l.startsWith(`"${theCase.number}",`) && l.includes(`"${coordinator.name}"`) && l.includes('"Revealed protected details"'))).toBe(true);
  expect(csv).toContain(`"${reason}"`);
  expect(csv).not.toContain(theCase.victim);

  // Reading the page and downloading it are on the case's log too.
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(rows.filter({ hasText: 'Downloaded who has seen a case' })).toHaveCount(1); // one click, one download, one event
  await expect(rows.filter({ hasText: 'Downloaded who has seen a case' })).toContainText(coordinator.name);
  await expect(rows.filter({ hasText: 'Viewed who has seen a case' }).first()).toContainText(coordinator.name);
});

test('the information-governance lead reaches a case’s log by its number, sees no case content and cannot open the case', async ({ page, browser }) => {
  // The coordinator names a case (as they would on the phone to the IG lead).
  const coordinator = await (await browser.newContext()).newPage();
  await new SignInPage(coordinator).signIn(accounts.coordinator.email);
  const theCase = await openListedCase(coordinator);
  await coordinator.context().close();

  await new SignInPage(page).signIn(accounts.igLead.email);
  await expect(page.getByRole('heading', { name: `Welcome, ${accounts.igLead.name}` })).toContainText(accounts.igLead.role);
  await expect(mainNav(page).getByRole('link', { name: 'Audit log' })).toBeVisible();
  for (const section of ['Cases', 'Meetings', 'Referrals', 'Actions']) await expect(mainNav(page).getByRole('link', { name: section, exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Refused requests' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'ig-lead-home');

  // Typed as people type it, in lower case.
  await page.getByRole('search', { name: 'Find who has seen a case' }).getByLabel('Case number').fill(theCase.number.toLowerCase());
  await page.getByRole('button', { name: 'Find the case' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByText(`Showing every event about case ${theCase.number}`)).toBeVisible();
  await expect(page.getByLabel('Case number')).toHaveValue(theCase.number);
  await expect(page.getByRole('table', { name: 'Audit events' }).getByRole('row').filter({ hasText: 'Viewed an agenda' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'ig-lead-audit-by-case');

  await page.getByRole('link', { name: `Who has seen case ${theCase.number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Who has seen this case/ })).toBeVisible();
  await expect(page.locator('.govuk-caption-l').first()).toHaveText(`Case ${theCase.number}`);
  await expect(events(page).filter({ hasText: 'Viewed a case' }).first()).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(theCase.victim);
  await expect(page.getByRole('link', { name: `Case ${theCase.number}` })).toHaveCount(0); // no way into the case itself
  await expectNoAxeViolations(page);
  await shot(page, 'who-has-seen-ig-lead');
  const accessPath = new URL(page.url()).pathname;

  // The case itself answers "not found", and that refusal is on its log.
  await page.goto(theCase.path);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(theCase.victim);
  await page.goto(`${accessPath}?outcome=denied`);
  const refused = events(page).filter({ hasText: accounts.igLead.name }).filter({ hasText: 'Viewed a case' }).first();
  await expect(refused).toContainText('Refused');
  await expect(refused).toContainText('Answered “not found”');

  // Everything the IG lead touched, from their name in the audit log: the case is among the cases touched.
  await page.goto(`/audit?case=${encodeURIComponent(theCase.number)}`);
  await page.getByRole('link', { name: new RegExp(`^${accounts.igLead.name}\\s*: everything they touched$`) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(accounts.igLead.name) })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cases touched' })).toContainText(theCase.number);
  await expect(page.getByRole('table', { name: 'What they did' })).toContainText('Viewed who has seen a case');
  await expectNoAxeViolations(page);
  await shot(page, 'user-activity');

  // The audit log downloads for the IG lead too.
  await page.goto(`/audit?case=${encodeURIComponent(theCase.number)}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these events (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[1]).toContain('"When (UK time)"');
  expect(csv).toContain(`"${theCase.number}"`);
  expect(csv).not.toContain(theCase.victim);

  // An agency user is answered "not found", even for a case it may open.
  const officer = await (await browser.newContext()).newPage();
  await new SignInPage(officer).signIn(accounts.agency.email);
  await officer.goto(theCase.path);
  await expect(officer.getByRole('heading', { level: 1 })).toContainText(theCase.victim);
  await expect(officer.getByRole('link', { name: 'Who has seen this case' })).toHaveCount(0);
  await officer.goto(accessPath);
  await expect(officer.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await officer.request.get(`${accessPath}/csv`)).status()).toBe(404);
  await officer.context().close();
});
