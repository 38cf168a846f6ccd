import type { Page } from '@playwright/test';
import { SignInPage } from './pages/sign-in';
import { expect, test } from './support/fixtures';
import { errorSummary, expectNoAxeViolations, shot } from './support/pages';

// On a copy of the demo of its own: Bethany Marsh's case is recorded as harassment while its log
// shows a course of stalking conduct (the police are prompted to review it); Shanice Campbell-Reid's
// has an interim Stalking Protection Order that expires within 28 days and was breached once.

async function openCase(page: Page, victim: string) {
  await page.goto('/cases');
  await page.getByRole('row').filter({ hasText: victim }).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: victim })).toBeVisible();
}

const reviewPrompt = (page: Page) => page.getByRole('region', { name: 'Review how this crime is recorded' });

test('a police officer is prompted to review a harassment recording, keeps it with a reason, and the prompt goes', async ({ page, ownAreas }) => {
  const area = ownAreas.get('stalking-orders');
  await new SignInPage(page).signIn(area.person('police2').email, area.password);
  await openCase(page, 'Bethany Marsh');
  await expect(reviewPrompt(page)).toContainText('recorded as: Harassment (Protection from Harassment Act 1997, section 2)');
  await expectNoAxeViolations(page);
  await shot(page, 'recording-prompt-case');

  await page.getByRole('link', { name: /^Incidents and evidence \(\d+\)$/ }).click();
  await expect(reviewPrompt(page)).toBeVisible();
  await reviewPrompt(page).getByRole('link', { name: 'Review the recording' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How the crime is recorded' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('I kept the recording as it is').check();
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Say why the recording is kept' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'recording-review-error');
  await page.getByLabel('Why is it kept?').fill('Advice from the CPS: harassment on the evidence so far; to be looked at again after the tracker is examined.');
  await page.getByRole('button', { name: 'Save review' }).click();

  await expect(page.getByText('Review saved')).toBeVisible();
  await expect(reviewPrompt(page)).toHaveCount(0);
  const reviews = page.getByRole('table', { name: 'Reviews, newest first' });
  await expect(reviews.getByRole('row').filter({ hasText: 'Kept' })).toContainText('Advice from the CPS');
  await expectNoAxeViolations(page);
  await shot(page, 'recording-reviewed');
  await page.getByRole('link', { name: /^Case KV-/ }).click();
  await expect(page.getByRole('heading', { name: 'How the police recorded the crime' })).toBeVisible();
  await expect(reviewPrompt(page)).toHaveCount(0);
});

test('the coordinator sees the SPO near expiry and its breach on the home page; the register, the order and the forms pass axe', async ({ page, ownAreas }) => {
  const area = ownAreas.get('stalking-orders');
  await new SignInPage(page).signIn(area.person('coordinator').email, area.password);
  const expiring = page.locator('.app-card').filter({ has: page.getByRole('heading', { name: 'Orders expiring within 28 days' }) });
  await expect(expiring.getByRole('link', { name: /Stalking Protection Order \(interim\)/ })).toBeVisible();
  const breaches = page.locator('.app-card').filter({ has: page.getByRole('heading', { name: 'Breaches of orders since the last MARAC' }) });
  await expect(breaches).toContainText('Consider a new referral to the MARAC.');
  await expectNoAxeViolations(page);
  await shot(page, 'orders-dashboard');

  await expiring.getByRole('link', { name: /Stalking Protection Order \(interim\)/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stalking Protection Order (interim)' })).toBeVisible();
  await expect(page.getByText('Met: the subject notified the police on')).toBeVisible();
  const listed = page.getByRole('list', { name: 'Breaches of this order' });
  await expect(listed.getByRole('link', { name: /^Entry 21:/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'order-page');

  // A variation, refused without conditions, then kept with the old ones in the history.
  await page.getByText('The order was varied').click();
  const vary = page.getByRole('form', { name: 'Record the variation' });
  await vary.getByLabel('Conditions as varied').fill('');
  await vary.getByRole('button', { name: 'Record the variation' }).click();
  await expect(vary.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter the date it happened');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Protective orders', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protective orders' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'orders-register');
  await page.getByRole('button', { name: 'Add an order' }).click();
  await page.getByRole('button', { name: 'Add order' }).click();
  await expect(errorSummary(page).getByRole('link', { name: 'Select the type of order' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'order-new-errors');

  // The incident form offers the case's orders for a breach.
  await page.goto(page.url().replace(/\/orders\/new$/, '/incidents/new'));
  await expect(page.getByLabel('Breach of an order (optional)')).toContainText('Stalking Protection Order (interim), KVMC/SPO/0412');
  await expectNoAxeViolations(page);
});
