import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

/** The sign-in page, as a user works it. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('heading', { name: 'Sign in to Marac Hub' })).toBeVisible();
  }

  async attempt(email: string, password: string) {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Signs in and waits for the home page. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.open();
    await this.attempt(email, password);
    await expect(this.page.getByRole('heading', { name: /Welcome, / })).toBeVisible();
  }

  failureMessage() {
    return this.page.getByRole('alert').filter({ hasText: 'The email address or password is not right' });
  }
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
}

/** The GOV.UK error summary (Next.js has an empty alert region of its own, the route announcer). */
export function errorSummary(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
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

/** On an action's page, sets a status and saves, filling the note and, for completion, what was done. */
export async function saveActionUpdate(page: Page, status: string, fields: { note?: string; done?: string }) {
  await page.getByRole('group', { name: 'Status' }).getByLabel(status).check();
  if (fields.note) await page.getByLabel('Update note').fill(fields.note);
  if (fields.done) await page.getByLabel('What was done').fill(fields.done);
  await page.getByRole('button', { name: 'Save update' }).click();
}
