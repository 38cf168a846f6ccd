import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { fakePostScreenshot } from '../demo/data/screenshots';
import { SignInPage } from './pages/sign-in';
import { expect, test } from './support/fixtures';
import { errorSummary, expectNoAxeViolations, shot } from './support/pages';

// On a copy of the demo of its own: the IDVA logs five incidents on the case her service referred
// (Leanne Hollis's, whose log the demo leaves empty), then reads the pattern and exports the log.

/** A day some days ago in the UK, as the date boxes take it. */
function daysAgo(days: number) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London' })
      .formatToParts(new Date(Date.now() - days * 86_400_000))
      .map((p) => [p.type, p.value]),
  );
  return { day: parts.day, month: parts.month, year: parts.year };
}

const incidents = [
  { daysAgo: 30, channel: 'Text message', summary: 'Twelve texts asking where she was', behaviour: 'Contacting, or trying to' },
  { daysAgo: 20, channel: 'Social media', platform: 'Chatterbox', summary: 'A post with a photo of her front door', behaviour: 'Publishing material about the victim' },
  { daysAgo: 12, channel: 'In person', summary: 'Waiting at the bus stop outside her work', behaviour: 'Loitering' },
  { daysAgo: 6, channel: 'Text message', summary: 'Texts saying he saw her at the shops', behaviour: 'Watching or spying' },
  { daysAgo: 3, channel: 'Social media', platform: 'Chatterbox', summary: 'A post saying he will be waiting', behaviour: 'Threats' },
];

async function logIncident(page: Page, caseUrl: string, i: (typeof incidents)[number]) {
  await page.goto(`${caseUrl}/incidents/new`);
  const when = daysAgo(i.daysAgo);
  await page.getByRole('group', { name: 'When did it happen?' }).getByLabel('Date and time').check();
  const date = page.getByRole('group', { name: 'Date', exact: true });
  await date.getByLabel('Day').fill(when.day);
  await date.getByLabel('Month').fill(when.month);
  await date.getByLabel('Year').fill(when.year);
  await page.getByLabel('Time', { exact: true }).fill('20:15');
  await page.getByRole('group', { name: 'How did it happen?' }).getByLabel(i.channel, { exact: true }).check();
  if (i.platform) await page.getByLabel('Platform or app').fill(i.platform);
  await page.getByLabel('What happened').fill(i.summary);
  await page.getByLabel(i.behaviour).check();
  await page.getByRole('button', { name: 'Record incident' }).click();
  await expect(page.getByText('Incident recorded')).toBeVisible();
}

test('an IDVA logs five incidents over three channels, sees the timeline and the chart with its table, and exports the log as a PDF listing entries 1 to 5 with their hashes', async ({ page, ownAreas }) => {
  const area = ownAreas.get('course-of-conduct');
  await new SignInPage(page).signIn(area.person('idva').email, area.password);
  await page.goto('/cases');
  await page.getByRole('row').filter({ hasText: 'Leanne Hollis' }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leanne Hollis' })).toBeVisible();
  const caseUrl = page.url().replace(/[?#].*$/, '');

  for (const i of incidents) await logIncident(page, caseUrl, i);
  // A screenshot on the second entry, the first post.
  await page.goto(`${caseUrl}/incidents/2`);
  const screenshot = await fakePostScreenshot({ platform: 'Chatterbox', displayName: 'Dean H', handle: 'dean_h_watching', postedAt: 'Post, 20:15', text: 'Nice door.', clock: '20:20' });
  await page.getByLabel('Add a file').setInputFiles({ name: 'door-post.png', mimeType: 'image/png', buffer: screenshot });
  await page.getByRole('button', { name: 'Add file' }).click();
  await expect(page.getByText('File added')).toBeVisible();
  const hash = createHash('sha256').update(screenshot).digest('hex');

  await page.goto(`${caseUrl}/incidents`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'See the course of conduct' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Course of conduct' })).toBeVisible();
  await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'First incident' })).toContainText('Entry 1:');
  await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'Last incident' })).toContainText('Entry 5:');
  // Gaps of 10, 8, 6 and 3 days: 9 days apart in the earlier half, 4.5 in the later.
  await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'Gaps between incidents' })).toContainText('Shrinking');
  await expect(page.getByText(/^The chart shows the 5 incidents week by week/)).toBeVisible();
  await expect(page.locator('.app-chart .recharts-bar-rectangle').first()).toBeVisible();
  await page.getByText('The figures as a table').click();
  const weekly = page.getByRole('table', { name: 'Incidents by week and channel' });
  await expect(weekly.getByRole('columnheader')).toHaveText(['Week beginning', 'Social media', 'Text message', 'In person', 'Total']);
  const totals = await weekly.locator('tbody tr td:last-child').allTextContents();
  expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
  const byChannel = page.getByRole('table', { name: 'By channel' });
  await expect(byChannel.getByRole('row').filter({ hasText: 'Text message' })).toContainText('2');
  await expect(byChannel.getByRole('row').filter({ hasText: 'In person' })).toContainText('1');
  const timeline = page.getByRole('region', { name: 'Timeline, earliest first' });
  await expect(timeline.locator('.moj-timeline__title')).toHaveText([/^Entry 1: Text message/, /^Entry 2: Social media, Chatterbox/, /^Entry 3: In person/, /^Entry 4: Text message/, /^Entry 5: Social media/]);
  await expectNoAxeViolations(page);
  await shot(page, 'course-of-conduct');

  await page.getByRole('link', { name: 'Incidents and evidence', exact: true }).click();
  await page.getByRole('button', { name: 'Export the log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export the incident log' })).toBeVisible();
  // The IDVA service is not the police: no choice of the victim's contact details.
  await expect(page.getByText('Include the victim’s address and safe contact details')).toHaveCount(0);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Select PDF or CSV' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'incident-export-error');

  await page.getByLabel('PDF').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^incident-log-.+\.pdf$/);
  const text = (await new PDFParse({ data: new Uint8Array(await readFile((await download.path())!)) }).getText()).text;
  const at = [1, 2, 3, 4, 5].map((n) => text.indexOf(`Entry ${n}: `));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((x, y) => x - y)).toEqual(at);
  expect(text).toContain(`SHA-256 ${hash}`);
  expect(text.indexOf(hash)).toBeGreaterThan(at[1]);
  expect(text.indexOf(hash)).toBeLessThan(at[2]);
  expect(text).toContain('OFFICIAL-SENSITIVE');
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain('Produced by:');
});

test('a police officer exports the demo case’s log with the victim’s contact details, giving a reason', async ({ page, ownAreas }) => {
  const area = ownAreas.get('course-of-conduct');
  await new SignInPage(page).signIn(area.person('police').email, area.password);
  await page.goto('/cases');
  await page.getByRole('row').filter({ hasText: 'Shanice Campbell-Reid' }).first().getByRole('link').first().click();
  await page.getByRole('link', { name: /^Incidents and evidence \(\d+\)$/ }).click();
  await page.getByRole('button', { name: 'Export the log' }).click();
  await page.getByLabel('PDF').check();
  await page.getByLabel('Include the victim’s address and safe contact details').check();
  await page.getByRole('button', { name: 'Export' }).click();
  // The reason is asked for, and the choices made are kept.
  await expect(errorSummary(page).getByRole('link', { name: 'Say why the export must include the victim’s contact details' })).toBeVisible();
  await expect(page.getByLabel('PDF')).toBeChecked();
  await expect(page.getByLabel('Include the victim’s address and safe contact details')).toBeChecked();
  await expectNoAxeViolations(page);
  await shot(page, 'incident-export-police-reason');
  await page.getByLabel('If you include them, why? (optional otherwise)').fill('The court needs her address for the SPO application');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const text = (await new PDFParse({ data: new Uint8Array(await readFile((await download.path())!)) }).getText()).text;
  expect(text).toContain('The victim’s protected contact details');
  expect(text).toMatch(/Entry 1: /);
});
