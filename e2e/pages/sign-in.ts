import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO_PASSWORD } from '../support/accounts';

/** The sign-in pages, as a user works them: the password, then a code from the authenticator app. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('heading', { name: 'Sign in to Marac Hub' })).toBeVisible();
  }

  /** The password step alone. */
  async attempt(email: string, password: string) {
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /**
   * The password step, then the code step with the demonstration's code (or, for an account without an
   * app yet, setting one up from the key shown); lands wherever sign-in returns to.
   */
  async attemptWithCode(email: string, password = DEMO_PASSWORD) {
    await this.attempt(email, password);
    const enrol = this.page.getByRole('heading', { name: 'Set up your authenticator app' });
    const code = this.page.getByRole('heading', { name: 'Enter a code from your authenticator app' });
    await expect(enrol.or(code)).toBeVisible();
    if (await enrol.isVisible()) {
      await enrolFromKey(this.page);
      return;
    }
    await enterDemoCode(this.page, 'Enter a code from your authenticator app', 'Continue');
  }

  /** Signs in and waits for the home page. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.open();
    await this.attemptWithCode(email, password);
    await expect(this.page.getByRole('heading', { name: /Welcome, / })).toBeVisible();
  }

  failureMessage() {
    return this.page.getByRole('alert').filter({ hasText: 'The email address or password is not right' });
  }
}

/**
 * On the code step or the step-up page, types the code the demonstration shows for the account. A code
 * works once: when this one was used (the same account signed in twice within 30 seconds, or by the
 * other worker), the page shows the next one or none until the next step, so this reloads and tries again.
 */
export async function enterDemoCode(page: Page, heading: string, button: string) {
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  const path = new URL(page.url()).pathname;
  for (let tries = 0; ; tries++) {
    const box = page.locator('#demo-code');
    if (await box.isVisible()) {
      await page.getByLabel('Code', { exact: true }).fill(await box.innerText());
      await page.getByRole('button', { name: button }).click();
      const refused = page.getByRole('link', { name: /The code is not right/ });
      // Whichever comes first; the other is given up quietly.
      const left = page.waitForURL((url) => url.pathname !== path).catch(() => {});
      const shown = refused.waitFor().catch(() => {});
      await Promise.race([left, shown]);
      if (new URL(page.url()).pathname !== path) return;
    }
    if (tries >= 6) throw new Error('no demonstration code was accepted');
    await page.waitForTimeout(8_000);
    await page.reload();
  }
}

/** The code an authenticator app holding `key` shows at `at` (or the next one, with `stepsAhead`). */
export function codeFor(key: string, stepsAhead = 0): Promise<string> {
  return generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

/**
 * The enrolment page, as a user with an app works it: the key typed into the app (read from the page),
 * its code confirmed, the recovery codes noted, then on. Returns the key and the recovery codes.
 */
export async function enrolFromKey(page: Page): Promise<{ key: string; recoveryCodes: string[] }> {
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible();
  const key = (await page.locator('#totp-key').innerText()).replace(/\s+/g, '');
  await page.getByLabel('Code from the app').fill(await codeFor(key));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  const recoveryCodes = (await page.locator('#recovery-codes li').allInnerTexts()).map((c) => c.trim());
  await page.getByRole('link', { name: 'Continue' }).click();
  return { key, recoveryCodes };
}

/** The step-up page: the demonstration's code again, then back to where the user was. */
export async function stepUp(page: Page) {
  await enterDemoCode(page, 'Confirm it is you', 'Confirm');
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
}
