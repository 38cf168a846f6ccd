import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/accounts';

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
