import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hearings } from '../demo/data/meetings';
import { accounts } from './support/accounts';
import { expectNoAxeViolations } from './support/pages';
import { SignInPage } from './pages/sign-in';

// The demo is made by the app's own verbs: every past meeting has its chair, its minutes and its
// action plans, and a coordinator can read and download each of them.

const decisions = Object.values(hearings).flatMap((h) => h.map((hearing) => hearing.decisions));

async function pdfText(page: Page, link: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const { PDFParse } = await import('pdf-parse');
  return (await new PDFParse({ data: await readFile(await download.path()) }).getText()).text;
}

test('each of the demo’s past meetings has a chair and minutes to read, and its minutes and action plans download', async ({ page }) => {
  test.setTimeout(240_000);
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.goto('/meetings');
  const past = page.getByRole('table', { name: 'Past meetings' });
  const hrefs = await past.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(14);

  for (const [i, href] of hrefs.entries()) {
    await page.goto(href);
    await expect(page.getByText('Inspector Ruth Calloway').first()).toBeVisible();
    await expect(page.getByText('Not yet chosen')).toHaveCount(0);
    await page.getByRole('link', { name: 'Read the finalised minutes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Minutes of / })).toBeVisible();
    // What was said about each case, not only who came: the decisions typed at the meeting.
    const text = await page.getByRole('main').innerText();
    expect(decisions.filter((d) => text.includes(d)).length).toBeGreaterThan(0);
    if (i === 0) await expectNoAxeViolations(page);

    const minutes = await pdfText(page, page.getByRole('link', { name: 'Download the minutes (PDF)' }));
    expect(minutes).toContain('OFFICIAL-SENSITIVE');
    expect(minutes).toContain('Inspector Ruth Calloway');
    const plan = await pdfText(page, page.getByRole('link', { name: /^Download the action plan for KV-\d{4}-\d{4} \(PDF\)$/ }).first());
    expect(plan).toContain('OFFICIAL-SENSITIVE');
    expect(plan).toMatch(/KV-\d{4}-\d{4}/);
  }
});

test('the demo’s heard cases show their score and the research done for them', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await page.goto('/meetings');
  await page.getByRole('table', { name: 'Past meetings' }).getByRole('link').first().click();
  const item = page
    .getByRole('table', { name: /^(Cases with children|Adult-only cases)/ })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /^KV-\d{4}-\d{4}$/ }) })
    .first();
  await expect(item).toContainText(/Researched by [1-9]\d* of \d+/);
  // Position, case, risk score, research.
  const score = item.getByRole('cell').nth(2);
  expect(Number(await score.innerText())).toBeGreaterThan(0);
});
