import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The GOV.UK error summary (Next.js has an empty alert region of its own, the route announcer). */
export function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

/** Types a date (YYYY-MM-DD, or the three boxes as typed) into the day, month and year boxes of the group `legend`, within `scope`. */
export async function fillDate(scope: Page | Locator, legend: string, date: string | { day: string; month: string; year: string }) {
  const [year, month, day] = typeof date === 'string' ? date.split('-') : [date.year, date.month, date.day];
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(day);
  await group.getByLabel('Month', { exact: true }).fill(month);
  await group.getByLabel('Year', { exact: true }).fill(year);
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** With E2E_SHOTS=<folder>, a full-page screenshot to look at; otherwise nothing. */
export async function shot(page: Page, name: string) {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}

/** Fails the test with axe's report if the page has any WCAG A/AA violation. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams a dynamic page's <title> after its body: wait for it rather than report it missing.
  await expect(page).toHaveTitle(/\S/);
  // @axe-core/playwright is typed against its own playwright-core; the page is the same object.
  const results = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Opens, one after another, each case listed on a coming meeting's published agenda (other specs
 * schedule meetings of their own, so every coming meeting is looked through), until `wanted` says the
 * case page now open is the one; returns its path. Opening each agenda is itself an event that shows its cases.
 */
export async function findListedCase(page: Page, wanted: () => Promise<boolean>): Promise<string | null> {
  await page.goto('/meetings');
  const meetings = await page
    .getByRole('table', { name: 'Coming meetings' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  for (const meeting of meetings) {
    await page.goto(meeting);
    await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
    const listed = page.getByRole('table', { name: /^(Cases with children|Adult-only cases)/ }).getByRole('link', { name: /^KV-/ });
    const paths = await listed.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    for (const path of paths) {
      await page.goto(path);
      if (await wanted()) return path;
    }
  }
  return null;
}

/** Reads one agency's row of the coordinator's "Actions by agency" table:
 *  open, overdue, completed on time, completed late, not done. */
export function agencyActionCounts(page: Page, agency: string) {
  const row = page.getByRole('table', { name: 'Actions by agency' }).getByRole('row').filter({ hasText: agency });
  return async () => (await row.getByRole('cell').allInnerTexts()).slice(1).map(Number);
}
