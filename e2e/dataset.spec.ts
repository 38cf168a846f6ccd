import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { expectNoAxeViolations, mainNav } from './support/pages';
import { SignInPage } from './pages/sign-in';

// The demo's last whole quarter, as the page names it ("July to September 2026").
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function lastQuarterLabel(today = new Date()) {
  const uk = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(today);
  const [year, month] = uk.split('-').map(Number);
  const index = year * 4 + Math.floor((month - 1) / 3) - 1;
  const q = index % 4;
  return `${months[q * 3]} to ${months[q * 3 + 2]} ${Math.floor(index / 4)}`;
}

test('the coordinator opens the last quarter’s dataset, sees it beside the national figures and the charts, and downloads the return', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.coordinator.email);
  await mainNav(page).getByRole('link', { name: 'Dataset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: lastQuarterLabel() })).toBeVisible();

  const figures = page.getByRole('table', { name: /beside the national figures/ });
  await expect(figures).toBeVisible();
  await expect(figures.getByRole('row', { name: /Repeat cases/ })).toContainText('31 %');
  await expect(figures.getByRole('row', { name: /Cases discussed/ })).not.toContainText(/^0/);
  await expect(figures.getByRole('row', { name: /Cases per 10,000 women/ })).toContainText('47 (recommended: 40)');

  // The charts arrive after the page, each with its sentence and its table.
  await expect(page.locator('.app-chart .recharts-wrapper').first()).toBeVisible();
  for (const title of ['Cases per meeting', 'Repeat rate, quarter by quarter', 'Referrals by agency', 'Time from referral to meeting', 'Actions by agency']) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  await expect(page.locator('.app-chart .recharts-wrapper')).toHaveCount(5);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the return (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^marac-dataset-\d{4}-Q[1-4]\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('"OFFICIAL-SENSITIVE"');
  expect(lines[1]).toMatch(/^"Area","Period from","Period to","Meeting date","Cases discussed \(including repeats\)","Repeat cases"/);
  expect(lines.at(-1)).toMatch(/"Total: \d+ meetings"/);
  // Counts only: no case number, no victim.
  expect(csv).not.toMatch(/KV-\d{4}-\d{4}/);
  for (const name of ['Shanice Campbell-Reid', 'Priya Nair', 'Bethany Marsh']) expect(csv).not.toContain(name);
});

test('the steering group reads the dataset and nothing of any case', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.steering.email);
  const nav = mainNav(page);
  await expect(nav.getByRole('link', { name: 'Dataset' })).toBeVisible();
  for (const section of ['Referrals', 'Cases', 'Meetings', 'Actions', 'Audit log']) await expect(nav.getByRole('link', { name: section, exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Dataset' }).click();
  await expect(page.getByRole('table', { name: /beside the national figures/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/cases');
  await expect(page.getByRole('heading', { level: 1, name: /not found|do not have access/i })).toBeVisible();
});

test('an agency representative is told the dataset is not there', async ({ page }) => {
  await new SignInPage(page).signIn(accounts.agency.email);
  await expect(mainNav(page).getByRole('link', { name: 'Dataset' })).toHaveCount(0);
  const res = await page.goto('/dataset');
  expect(res?.status()).toBe(404);
  const csv = await page.request.get('/dataset/csv?period=quarter&quarter=2026-Q3');
  expect(csv.status()).toBe(404);
});
