import { expect, type Page } from '@playwright/test';

/** An agreed action's page: its details, its updates and its reassignment. */
export class ActionPage {
  constructor(readonly page: Page) {}

  updateHeading() {
    return this.page.getByRole('heading', { name: 'Update this action' });
  }

  /** Sets a status and saves, filling the note and, for completion, what was done. */
  async saveUpdate(status: string, fields: { note?: string; done?: string } = {}) {
    await this.page.getByRole('group', { name: 'Status' }).getByLabel(status).check();
    if (fields.note) await this.page.getByLabel('Update note').fill(fields.note);
    if (fields.done) await this.page.getByLabel('What was done').fill(fields.done);
    await this.page.getByRole('button', { name: 'Save update' }).click();
  }

  async expectSaved() {
    await expect(this.page.getByRole('heading', { name: 'Update saved' })).toBeVisible();
  }

  /** After a completion: the page says it was saved, that the action is completed, and offers no update. */
  async expectCompleted() {
    await expect(this.page.getByRole('alert').filter({ hasText: 'Update saved' })).toContainText('Action completed');
    await expect(this.page.getByText('This action is completed')).toBeVisible();
    await expect(this.updateHeading()).toHaveCount(0);
  }

  /** A row of the action's details ("Person", "Agency"...). */
  detail(key: string) {
    return this.page.locator('.govuk-summary-list__row').filter({ hasText: key });
  }

  async reassign(person: string, why: string) {
    await this.page.getByText('Reassign this action').click();
    const form = this.page.getByRole('form', { name: 'Reassign this action' });
    await form.getByLabel('Person').selectOption({ label: person });
    await form.getByLabel('Why is it reassigned?').fill(why);
    await form.getByRole('button', { name: 'Reassign' }).click();
    await expect(this.page.getByRole('heading', { name: 'Action reassigned' })).toBeVisible();
  }
}
