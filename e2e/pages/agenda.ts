import { expect, type Page } from '@playwright/test';
import { fillDate } from '../support/pages';

/** A meeting's page: scheduling it, its agenda of cases and each agency's research. */
export class AgendaPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { name: 'Agenda', exact: true });
  }

  /** Schedules a meeting from the meetings page; returns the new meeting's path. */
  async schedule(date: string, venue: string, chair: string): Promise<string> {
    await this.page.goto('/meetings');
    await this.page.getByRole('button', { name: 'Schedule a meeting' }).click();
    await fillDate(this.page, 'Date', date);
    await this.page.getByLabel('Start time').fill('10:00');
    await this.page.getByLabel('Where').fill(venue);
    await this.page.getByLabel('Chair').selectOption({ label: chair });
    await this.page.getByRole('button', { name: 'Schedule meeting' }).click();
    await expect(this.heading()).toBeVisible();
    return new URL(this.page.url()).pathname;
  }

  withChildren() {
    return this.page.getByRole('table', { name: /^Cases with children/ });
  }

  adultsOnly() {
    return this.page.getByRole('table', { name: /^Adult-only cases/ });
  }

  /** The n-th case (from 0) of the cases with children. */
  caseWithChildren(n: number) {
    return this.withChildren().getByRole('row').nth(n + 1);
  }

  async listWaitingCases() {
    await this.page.getByRole('button', { name: 'List the cases waiting for a meeting' }).click();
  }

  async defer(caseNumber: string, toMeetingId: string, reason: string) {
    await this.page.getByText(`Defer case ${caseNumber}`, { exact: true }).click();
    const form = this.page.getByRole('form', { name: `Defer case ${caseNumber}` });
    await form.getByLabel('Defer to').selectOption(toMeetingId);
    await form.getByLabel('Why is it deferred?').fill(reason);
    await form.getByRole('button', { name: /Defer to that meeting/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Deferred to a later meeting' })).toBeVisible();
  }

  async publish() {
    await this.page.getByRole('button', { name: 'Publish the agenda and open research' }).click();
    await expect(this.page.getByText('Agenda published: research open')).toBeVisible();
  }

  /** Records the viewer's agency's research on the n-th case (from 0) of the agenda at `path`. */
  async research(path: string, n: number, answer: 'hold' | 'no trace', facts?: string) {
    await this.page.goto(path);
    await this.page.getByRole('link', { name: /Record your agency’s research/ }).nth(n).click();
    await expect(this.page.getByRole('heading', { name: /Research on case/ })).toBeVisible();
    if (answer === 'no trace') {
      await this.page.getByLabel('No trace: we hold nothing').check();
    } else {
      await this.page.getByLabel('Yes, we hold information').check();
      await this.page.getByLabel('Facts').fill(facts ?? '');
    }
    await this.page.getByRole('button', { name: 'Save research' }).click();
    await expect(this.page.getByText('Your agency’s research is saved.')).toBeVisible();
  }
}
