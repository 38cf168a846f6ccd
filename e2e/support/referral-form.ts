import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillDate } from './pages';

/** The referral form, worked as a referrer works it: by labels, legends and button names. */
export class ReferralForm {
  constructor(
    readonly page: Page,
    /** Check every page of the form with axe as it goes. */
    readonly checkAccessibility = false,
  ) {}

  async start() {
    await this.page.goto('/referrals');
    await this.page.getByRole('button', { name: 'Start a new referral' }).click();
    await expect(this.page.getByRole('heading', { name: 'Complete the referral' })).toBeVisible();
    if (this.checkAccessibility) await expectNoAxeViolations(this.page);
    return this.page.url().split('/referrals/')[1];
  }

  async openStep(name: string) {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
    if (this.checkAccessibility) await expectNoAxeViolations(this.page);
  }

  async fill(fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  /** Fills a date's boxes, in the group `legend` (within `scope`, a part of the page, if given). */
  async fillDate(legend: string, date: string | { day: string; month: string; year: string }, scope: Page | Locator = this.page) {
    await fillDate(scope, legend, date);
  }

  async choose(choices: Record<string, string>) {
    for (const [legend, option] of Object.entries(choices)) {
      await this.page.getByRole('group', { name: legend }).getByLabel(option, { exact: true }).check();
    }
  }

  async saveAndContinue(nextHeading: string | RegExp) {
    await this.page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: nextHeading })).toBeVisible();
    if (this.checkAccessibility) await expectNoAxeViolations(this.page);
  }

  async victim(name: string, dob: string | { day: string; month: string; year: string }) {
    await this.fill({ 'Full name': name, 'Current address': '4 Heron Row, Kestrel Vale' });
    await this.fillDate('Date of birth', dob);
    await this.choose({
      Gender: 'Female',
      'Does the victim have a disability?': 'No',
      'Does the victim identify as LGBT+?': 'Not known',
      'Does the victim need an interpreter?': 'No',
      'Is it safe to call the victim?': 'Yes',
    });
    await this.fill({ 'When is it safe to call?': 'Weekday mornings' });
  }

  async perpetrator(name: string) {
    await this.fill({ 'Full name': name });
    await this.choose({ 'Relationship to the victim': 'Former partner' });
  }

  /** Answers the first `yes` questions "Yes" and the rest "No". */
  async checklist(questions: number, yes: number) {
    for (let n = 1; n <= questions; n++) {
      await this.page.getByRole('group', { name: new RegExp(`^${n}\\. `) }).getByLabel(n <= yes ? 'Yes' : 'No', { exact: true }).check();
    }
  }

  /** A whole referral on visible high risk, from start to submit. */
  async referAndSubmit(victim: { name: string; dob: string }, perpetrator: string): Promise<string> {
    await this.start();
    await this.openStep('Referrer');
    await this.fill({ 'Your phone number': '01632 960333' });
    await this.saveAndContinue(/Victim/);
    await this.victim(victim.name, victim.dob);
    await this.saveAndContinue(/Perpetrator/);
    await this.perpetrator(perpetrator);
    await this.saveAndContinue(/Children and household/);
    await this.saveAndContinue(/Risk checklist/);
    await this.checklist(24, 16);
    await this.saveAndContinue(/Stalking screen/);
    await this.checklist(11, 0);
    await this.saveAndContinue(/Referral criteria/);
    await this.choose({ 'Are you referring on professional judgement?': 'No' });
    await this.fill({ 'How many incidents were reported to the police in the last 12 months?': '1' });
    await this.saveAndContinue(/Consent, wishes and requests/);
    await this.choose({ 'Does the victim know about this referral?': 'Yes', 'Has the victim consented to their information being shared?': 'Yes' });
    await this.fill({ 'What does the victim want to happen?': 'To feel safe at home', 'What do you ask of the MARAC?': 'A safety plan' });
    await this.saveAndContinue('Check and submit the referral');
    return this.submit();
  }

  /** Submits from the check page; the confirmation gives the reference. */
  async submit(button = 'Submit referral', heading = 'Referral submitted') {
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    return (await this.page.locator('.govuk-panel__body strong').innerText()).trim();
  }
}
