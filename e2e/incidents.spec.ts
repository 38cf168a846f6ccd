import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { fakePostScreenshot } from '../demo/data/screenshots';
import { SignInPage } from './pages/sign-in';
import { expect, test } from './support/fixtures';
import { errorSummary, expectNoAxeViolations, shot } from './support/pages';

// On a copy of the demo of its own (no other test logs incidents there): the IDVA works on the case her
// service referred (Leanne Hollis's), which she may always open; the police officer reads the log the
// demo keeps on the case he referred (Shanice Campbell-Reid's).

async function openCase(page: Page, victim: string) {
  await page.goto('/cases');
  await page.getByRole('row').filter({ hasText: victim }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: victim })).toBeVisible();
}

/** Yesterday in the UK, as the date boxes take it. */
function yesterday() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London' })
      .formatToParts(new Date(Date.now() - 86_400_000))
      .map((p) => [p.type, p.value]),
  );
  return { day: parts.day, month: parts.month, year: parts.year };
}

test('an IDVA logs an incident with a screenshot, sees it in the log, corrects it, downloads the file, keeps pasted email headers, withdraws it; a refused upload says why beside the field', async ({ page, ownAreas }) => {
  const area = ownAreas.get('incident-log');
  await new SignInPage(page).signIn(area.person('idva').email, area.password);
  await openCase(page, 'Leanne Hollis');
  await page.getByRole('link', { name: /^Incidents and evidence \(\d+\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidents and evidence' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'incidents-log-empty');

  await page.getByRole('button', { name: 'Record an incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record an incident' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing chosen: the summary and the fields say what is missing.
  await page.getByRole('button', { name: 'Record incident' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Select how sure you are of when it happened' })).toBeVisible();
  await expect(page.getByText('Error: Say what happened, in short')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'incidents-new-errors');

  const when = yesterday();
  await page.getByRole('group', { name: 'When did it happen?' }).getByLabel('Date and time').check();
  const date = page.getByRole('group', { name: 'Date', exact: true });
  await date.getByLabel('Day').fill(when.day);
  await date.getByLabel('Month').fill(when.month);
  await date.getByLabel('Year').fill(when.year);
  await page.getByLabel('Time', { exact: true }).fill('21:30');
  await page.getByRole('group', { name: 'How did it happen?' }).getByLabel('Social media').check();
  await page.getByLabel('Platform or app').fill('Chatterbox');
  await page.getByLabel('Account, handle or number it came from (optional)').fill('@dean_h_watching');
  await page.getByLabel('Web address (optional)').fill('https://chatterbox.example/dean_h_watching/post/1');
  await page.getByLabel('What happened').fill('A post saying he knows which school the children go to.');
  await page.getByLabel('Threats').check();
  await page.getByLabel('Publishing material about the victim').check();
  await page.getByLabel('Where the original is kept (optional)').fill('Screenshot on her phone');
  await shot(page, 'incidents-new-filled');
  await page.getByRole('button', { name: 'Record incident' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Entry \d+$/ })).toBeVisible();
  await expect(page.getByText('Incident recorded')).toBeVisible();
  const entryUrl = page.url().replace(/\?.*$/, '');

  // A screenshot: its SHA-256 is shown as it was taken at upload.
  const screenshot = await fakePostScreenshot({ platform: 'Chatterbox', displayName: 'Dean H', handle: 'dean_h_watching', postedAt: 'Post, 21:30', text: 'I know which school they go to.', clock: '21:34' });
  await page.getByLabel('Add a file').setInputFiles({ name: 'chatterbox-post.png', mimeType: 'image/png', buffer: screenshot });
  await page.getByRole('button', { name: 'Add file' }).click();
  await expect(page.getByText('File added')).toBeVisible();
  const files = page.getByRole('table', { name: 'Files attached to this entry' });
  const row = files.getByRole('row').filter({ hasText: 'chatterbox-post.png' });
  await expect(row).toContainText('image/png');
  await expect(row).toContainText(createHash('sha256').update(screenshot).digest('hex'));
  // The IDVA service is not the police: no original with its metadata.
  await expect(page.getByRole('link', { name: /^Original with metadata/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, 'incident-entry-with-file');

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'Download chatterbox-post.png' }).click()]);
  expect(download.suggestedFilename()).toBe('chatterbox-post.png');
  const served = await readFile((await download.path())!);
  expect(served.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);

  // An HTML file named .png is refused, beside the field and in the summary; nothing is added.
  await page.getByLabel('Add a file').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><p>not a picture</p>') });
  await page.getByRole('button', { name: 'Add file' }).click();
  const refusal = 'The selected file’s contents are not a PNG: choose the original file';
  await expect(errorSummary(page).getByRole('link', { name: refusal })).toBeVisible();
  await expect(page.getByText(`Error: ${refusal}`)).toBeVisible();
  await expect(files.getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await shot(page, 'incident-upload-refused');

  // Email headers pasted in are kept as a text file with its SHA-256; nothing pasted is refused beside the field.
  await page.getByText('Paste email headers or other text').click();
  const paste = page.getByRole('form', { name: 'Paste email headers or other text' });
  await paste.getByRole('button', { name: 'Keep the text' }).click();
  await expect(paste.getByText('Error: Paste the text')).toBeVisible();
  await expectNoAxeViolations(page);
  const headers = 'Received: from mail.example (mail.example [192.0.2.7])\nFrom: "Dean H" <dean.h@mailbox.example>\nDate: Mon, 2 Nov 2026 21:30:05 +0000';
  await paste.getByLabel('What is it?').fill('Headers of the email of 2 November');
  await paste.getByLabel('The text').fill(headers);
  await paste.getByRole('button', { name: 'Keep the text' }).click();
  await expect(page.getByText('File added')).toBeVisible();
  const pasted = files.getByRole('row').filter({ hasText: 'Headers of the email of 2 November.txt' });
  await expect(pasted).toContainText(createHash('sha256').update(headers).digest('hex'));
  await shot(page, 'incident-pasted-headers');

  // A correction: what it says now, and the first version kept with who and why.
  await page.goto(entryUrl);
  await page.getByText('Correct this entry').click();
  await page.getByLabel('Time', { exact: true }).fill('21:45');
  await page.getByLabel('Why is it corrected?').fill('The screenshot shows 21:45');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByText('Correction saved')).toBeVisible();
  await expect(page.getByText(/at 9:45pm/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Earlier versions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Version 1, as first recorded' })).toBeVisible();
  await expect(page.getByText('Why it was corrected')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'incident-entry-corrected');

  await page.getByRole('link', { name: 'Incidents and evidence', exact: true }).click();
  const entry = page.getByRole('list', { name: 'Incident log' }).locator(':scope > li').filter({ hasText: 'A post saying he knows which school' }).first();
  await expect(entry).toContainText('Corrected');
  await expect(entry).toContainText('2 files');
  await expect(entry).toContainText('Social media, Chatterbox');
  await expectNoAxeViolations(page);
  await shot(page, 'incidents-log');

  // Withdrawn, never deleted: a reason is required, and the entry stays in the log, marked.
  await page.goto(entryUrl);
  await page.getByText('Withdraw this entry').click();
  await page.getByRole('button', { name: 'Withdraw entry' }).click();
  await expect(errorSummary(page).getByRole('link')).toHaveCount(1);
  await page.getByLabel('Why is it withdrawn?').fill('Logged on the wrong case');
  await page.getByRole('button', { name: 'Withdraw entry' }).click();
  await expect(page.getByText('Entry withdrawn')).toBeVisible();
  await expect(page.getByText(/Withdrawn on .*: Logged on the wrong case/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Incidents and evidence', exact: true }).click();
  const withdrawn = page.getByRole('list', { name: 'Incident log' }).locator(':scope > li').filter({ hasText: 'A post saying he knows which school' });
  await expect(withdrawn).toHaveCount(1);
  await expect(withdrawn).toContainText('Withdrawn');
});

test('a police officer reads the demo case’s log and downloads a screenshot’s original, giving a reason', async ({ page, ownAreas }) => {
  const area = ownAreas.get('incident-log');
  await new SignInPage(page).signIn(area.person('police').email, area.password);
  await openCase(page, 'Shanice Campbell-Reid');
  await page.getByRole('link', { name: /^Incidents and evidence \(\d+\)$/ }).click();
  const log = page.getByRole('list', { name: 'Incident log' });
  await expect(log.locator(':scope > li')).toHaveCount(22);
  await log.getByRole('link').filter({ hasText: 'Entry 15' }).click();
  await page.getByRole('link', { name: 'Original with metadata of chatterbox-post.png' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Download the original file' })).toBeVisible();
  await page.getByRole('button', { name: 'Download original' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Say why you need the original file' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'attachment-original-reason');
  await page.getByLabel('Why do you need the original?').fill('Exhibit for the Stalking Protection Order application');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download original' }).click()]);
  expect(download.suggestedFilename()).toBe('chatterbox-post.png');
});
