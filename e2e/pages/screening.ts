import { expect, type Page } from '@playwright/test';

/** The coordinator's screening queue and the screening of one referral. */
export class ScreeningPage {
  constructor(readonly page: Page) {}

  async open(search?: string) {
    await this.page.goto(search ? `/screening?q=${encodeURIComponent(search)}` : '/screening');
  }

  queue() {
    return this.page.getByRole('table', { name: 'Referrals to screen' });
  }

  queued(victim: string) {
    return this.queue().getByRole('row').filter({ hasText: victim });
  }

  async openReferral(victim: string) {
    await this.page.getByRole('link', { name: victim }).click();
    await expect(this.page.getByRole('heading', { name: 'Screen this referral' })).toBeVisible();
  }

  earlierCases() {
    return this.page.getByRole('table', { name: 'Possible earlier cases of the same people' });
  }

  /** Records a decision on the referral open; a return or decline takes a note under its label. */
  async decide(decision: string, note?: { label: string; text: string }) {
    await this.page.getByRole('group', { name: 'Your decision' }).getByLabel(decision).check();
    if (note) await this.page.getByLabel(note.label).fill(note.text);
    await this.page.getByRole('button', { name: 'Record decision' }).click();
  }

  /** From the queue: opens the victim's referral and records the decision. */
  async screen(victim: string, decision: string, note?: { label: string; text: string }) {
    await this.open();
    await this.openReferral(victim);
    await this.decide(decision, note);
  }
}
