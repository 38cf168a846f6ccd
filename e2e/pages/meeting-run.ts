import { expect, type Page } from '@playwright/test';

/** Running a meeting: the confidentiality statement, the register, starting it, and a case's minutes and actions. */
export class MeetingRunPage {
  constructor(readonly page: Page) {}

  /** The run page of the meeting whose agenda is at `agendaPath`. */
  async open(agendaPath: string) {
    await this.page.goto(`${agendaPath}/run`);
  }

  async confirmStatement() {
    await this.page.getByRole('button', { name: 'I confirm the confidentiality statement' }).click();
    await expect(this.page.getByText('You have confirmed the statement for this meeting.')).toBeVisible();
  }

  register() {
    return this.page.getByRole('form', { name: 'Register' });
  }

  async start() {
    await this.page.getByRole('button', { name: 'Start the meeting' }).click();
    await expect(this.page.getByText('In progress', { exact: true })).toBeVisible();
  }

  async finalise() {
    await this.page.getByRole('button', { name: 'Finalise and circulate the minutes' }).click();
  }

  async saveMinutes(button = 'Save minutes') {
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.page.getByRole('heading', { name: 'Minutes saved' })).toBeVisible();
  }

  addActionForm() {
    return this.page.getByRole('form', { name: 'Add an action' });
  }

  agreedActions() {
    return this.page.getByRole('table', { name: /Actions agreed at this meeting/ });
  }
}
