import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ScreeningPage } from './pages/screening';
import type { OwnArea } from './support/fixtures';
import { errorSummary, expectNoAxeViolations, mainNav, shot } from './support/pages';
import { SignInPage } from './pages/sign-in';
import { ReferralForm } from './support/referral-form';

const victims = { police: 'Tamsin Okonjo-Reyes', housing: 'Ffion Marlowe-Test' };

/** Signs the area's police officer in and refers the police victim; returns the referral's path. */
async function policeRefers(page: Page, area: OwnArea): Promise<string> {
  await new SignInPage(page).signIn(area.person('police').email, area.password);
  await new ReferralForm(page).referAndSubmit({ name: victims.police, dob: '1991-08-19' }, 'Dale Korver');
  await page.getByRole('link', { name: 'View the referral' }).click();
  await expect(page.getByText('Waiting for screening').first()).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe('a referral from the police and one from housing, screened by the coordinator', () => {
  test('a police officer completes a referral with 15 “yes” answers and sees visible high risk before submitting', async ({ page, ownAreas }) => {
    // The whole eight-step form with its 24 questions: on a busy two-core machine it can pass a minute.
    test.slow();
    const area = ownAreas.get('police-referral');
    const officer = area.person('police');
    await new SignInPage(page).signIn(officer.email, area.password);
    const form = new ReferralForm(page, true);
    await form.start();

    await form.openStep('Referrer');
    await expect(page.getByLabel('Your name')).toHaveValue(officer.name);
    await form.fill({ 'Your phone number': '01632 960111' });
    await form.saveAndContinue(/Victim/);

    // A date of birth that cannot be real (31 February) is refused beside the field and in the error
    // summary, which links to the day box; the date stays as typed, and so does the rest of the step.
    await form.victim(victims.police, { day: '31', month: '02', year: '2020' });
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const dob = page.getByRole('group', { name: 'Date of birth', exact: true });
    await expect(dob).toContainText('Error: Date of birth must be a real date');
    const toDob = errorSummary(page).getByRole('link', { name: 'Date of birth must be a real date' });
    await expect(toDob).toHaveCount(1);
    await toDob.click();
    await expect(dob.getByLabel('Day', { exact: true })).toBeFocused();
    await expect(dob.getByLabel('Day', { exact: true })).toHaveValue('31');
    await expect(dob.getByLabel('Month', { exact: true })).toHaveValue('02');
    await expect(page.getByLabel('Full name', { exact: true })).toHaveValue(victims.police);
    await expect(page.getByLabel('Current address')).toHaveValue('4 Heron Row, Kestrel Vale');
    await expect(page.getByRole('group', { name: 'Gender' }).getByLabel('Female')).toBeChecked();
    await expect(page.getByRole('group', { name: 'Is it safe to call the victim?' }).getByLabel('Yes')).toBeChecked();
    await expect(page.getByLabel('When is it safe to call?')).toHaveValue('Weekday mornings');
    await expectNoAxeViolations(page);
    await shot(page, 'dob-not-real');
    // A box left empty is named.
    await form.fillDate('Date of birth', { day: '19', month: '', year: '1991' });
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(dob).toContainText('Error: Date of birth must include a month');
    await expect(errorSummary(page).getByRole('link', { name: 'Date of birth must include a month' })).toBeVisible();
    await form.fillDate('Date of birth', '1991-08-19');
    await form.saveAndContinue(/Perpetrator/);

    await form.perpetrator('Dale Korver');
    await form.saveAndContinue(/Children and household/);
    await page.getByRole('button', { name: 'Add a child or household member' }).click();
    await form.fill({ Name: 'Remy Okonjo-Reyes' });
    await form.fillDate('Date of birth (optional)', '2019-02-11');
    await form.saveAndContinue(/Risk checklist/);

    await form.checklist(24, 14);
    await expect(page.getByRole('status')).toContainText('Score: 14 “yes” of 24');
    await page.getByRole('group', { name: /^15\. / }).getByLabel('Yes', { exact: true }).check();
    await expect(page.getByRole('status')).toContainText('Score: 15 “yes” of 24');
    await expect(page.getByRole('status')).toContainText('Visible high risk');
    // Question 8 is "yes": the stalking screen comes next.
    await form.saveAndContinue(/Stalking screen/);
    await form.checklist(11, 2);
    await form.saveAndContinue(/Referral criteria/);

    await form.choose({ 'Are you referring on professional judgement?': 'No' });
    await form.fill({ 'How many incidents were reported to the police in the last 12 months?': '2' });
    await form.saveAndContinue(/Consent, wishes and requests/);
    await form.choose({ 'Does the victim know about this referral?': 'Yes', 'Has the victim consented to their information being shared?': 'Yes' });
    await form.fill({ 'What does the victim want to happen?': 'To stay in her home safely', 'What do you ask of the MARAC?': 'Target hardening and a safety plan' });
    await form.saveAndContinue('Check and submit the referral');

    await expect(page.getByText('Visible high risk').first()).toBeVisible();
    // Dates as GOV.UK writes them: the victim's and the child's dates of birth.
    await expect(page.getByText('19 August 1991')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Children and other household members' })).toContainText('11 February 2019');

    // Submitted: a confirmation with the reference and what happens next.
    const reference = await form.submit();
    expect(reference).toMatch(/^R-[0-9A-F]{8}$/);
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await expect(page.getByText('If they need to know more, they return it to you with a question.')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'referral-submitted');
    await page.getByRole('link', { name: 'View the referral' }).click();
    await expect(page.getByText('Waiting for screening').first()).toBeVisible();
    await expect(page.getByText(reference)).toBeVisible();
  });

  test('a housing officer submits a referral on professional judgement', async ({ page, ownAreas }) => {
    const area = ownAreas.get('housing-referral');
    await new SignInPage(page).signIn(area.person('housing').email, area.password);
    const form = new ReferralForm(page);
    await form.start();
    await form.openStep('Referrer');
    await form.fill({ 'Your phone number': '01632 960222' });
    await form.saveAndContinue(/Victim/);
    await form.victim(victims.housing, '1984-05-30');
    await form.saveAndContinue(/Perpetrator/);
    await form.perpetrator('Glen Harrowby');
    await form.saveAndContinue(/Children and household/);
    // Three people added and the second removed: the others keep what was typed for them.
    const person = (n: number) => page.getByRole('group', { name: `Person ${n}`, exact: true });
    await page.getByRole('button', { name: 'Add a child or household member' }).click();
    await person(1).getByLabel('Name', { exact: true }).fill('Tomas Harrowby');
    for (const [n, name] of [[2, 'Wrong Entry'], [3, 'Mila Harrowby']] as const) {
      await page.getByRole('button', { name: 'Add another person' }).click();
      await person(n).getByLabel('Name', { exact: true }).fill(name);
    }
    await person(3).getByRole('group', { name: 'Is this person a child (under 18)?' }).getByLabel('No').check();
    await form.fillDate('Date of birth (optional)', { day: '31', month: '2', year: '1990' }, person(3));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(person(3)).toContainText('Error: Date of birth must be a real date');
    await page.getByRole('button', { name: 'Remove person 2' }).click();
    await expect(person(3)).toHaveCount(0);
    await expect(person(1).getByLabel('Name', { exact: true })).toHaveValue('Tomas Harrowby');
    await expect(person(2).getByLabel('Name', { exact: true })).toHaveValue('Mila Harrowby');
    await expect(person(2).getByRole('group', { name: 'Is this person a child (under 18)?' }).getByLabel('No')).toBeChecked();
    // The error moved up with the person it is about, and the summary still leads to it.
    await expect(person(2)).toContainText('Error: Date of birth must be a real date');
    await errorSummary(page).getByRole('link', { name: 'Date of birth must be a real date' }).click();
    await expect(person(2).getByLabel('Day', { exact: true })).toBeFocused();
    await form.fillDate('Date of birth (optional)', { day: '28', month: '2', year: '1990' }, person(2));
    await form.saveAndContinue(/Risk checklist/);
    await form.checklist(24, 0);
    await page.getByRole('group', { name: /^2\. / }).getByLabel('Yes', { exact: true }).check();
    await page.getByRole('group', { name: /^4\. / }).getByLabel('Yes', { exact: true }).check();
    await page.getByRole('group', { name: 'Is this a stalking or harassment case?' }).getByLabel('No').check();
    await form.saveAndContinue(/Referral criteria/);
    await form.choose({ 'Are you referring on professional judgement?': 'Yes' });
    await form.fill({
      'Why do you judge the risk to be high?': 'She speaks little English, has no leave to remain and is terrified of him',
      'How many incidents were reported to the police in the last 12 months?': '0',
    });
    await form.saveAndContinue(/Consent, wishes and requests/);
    await form.choose({ 'Does the victim know about this referral?': 'Yes', 'Has the victim consented to their information being shared?': 'Consent was not sought' });
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByText('Error: Explain why the referral is shared without consent')).toBeVisible();
    await form.fill({
      'Why are you sharing without consent?': 'Asking her would put her at risk: he reads her messages',
      'What does the victim want to happen?': 'Not known',
      'What do you ask of the MARAC?': 'An interpreter and IDVA support',
    });
    await form.choose({ 'On what basis is it shared?': 'To safeguard an individual at risk' });
    await form.saveAndContinue('Check and submit the referral');
    await expect(page.getByText('Professional judgement').first()).toBeVisible();
    const household = page.getByRole('table', { name: 'Children and other household members' });
    await expect(household).toContainText('Tomas Harrowby');
    await expect(household).toContainText('Mila Harrowby');
    await expect(household).not.toContainText('Wrong Entry');
    await form.submit();
  });

  test('the coordinator accepts the first and returns the second; the housing officer answers and resubmits', async ({ page, browser, ownAreas }) => {
    // Two whole referrals to make first, through the form.
    test.slow();
    const area = ownAreas.get('screening');
    const coordinator = area.person('coordinator');
    await policeRefers(await (await browser.newContext()).newPage(), area);
    const referrer = await (await browser.newContext()).newPage();
    await new SignInPage(referrer).signIn(area.person('housing').email, area.password);
    await new ReferralForm(referrer).referAndSubmit({ name: victims.housing, dob: '1984-05-30' }, 'Glen Harrowby');

    await new SignInPage(page).signIn(coordinator.email, area.password);
    const screening = new ScreeningPage(page);
    await screening.screen(victims.police, 'Accept');
    await expect(page.getByText('Accepted').first()).toBeVisible();
    await page.getByRole('link', { name: /^[A-Z]+-\d{4}-\d{4}$/ }).click();
    await expect(page.getByRole('heading', { name: victims.police })).toBeVisible();
    // The coordinator's agency is neither the referrer, the IDVA service nor the police.
    await expect(page.getByRole('heading', { name: 'Address and safe contact details are protected' })).toBeVisible();
    await page.getByLabel('Why do you need them?').fill('Arranging a joint visit with the IDVA');
    await page.getByRole('button', { name: 'Show protected details' }).click();
    await expect(page.getByText('4 Heron Row, Kestrel Vale')).toBeVisible();
    // Answers in words, not as stored.
    await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'Is it safe to call the victim?' })).toContainText('Yes');
    const caseNumber = (await page.locator('.govuk-caption-l').first().innerText()).replace(/^Case /, '').trim();

    // The audit log says what was done, in words, and names the case by its number, linked.
    await page.goto('/audit');
    await page.getByLabel('Action').selectOption({ label: 'Revealed protected details' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const revealed = page.getByRole('table', { name: 'Audit events' }).getByRole('row').filter({ hasText: 'Revealed protected details' }).first();
    await expect(revealed).toContainText(coordinator.name);
    await expect(revealed).toContainText('Arranging a joint visit with the IDVA');
    await expect(revealed).not.toContainText('case.reveal_protected');
    await expect(revealed).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}(:\d{2}){0,2}(am|pm)|midday|midnight/);
    await shot(page, 'audit');
    await revealed.getByRole('link', { name: caseNumber }).click();
    await expect(page.getByRole('heading', { name: victims.police })).toBeVisible();

    await screening.screen(victims.housing, 'Return to the referrer with a question', { label: 'Your question for the referrer', text: 'Which language does she speak?' });
    await expect(page.getByText('Returned with a question').first()).toBeVisible();

    const officer = await browser.newPage();
    await new SignInPage(officer).signIn(area.person('housing').email, area.password);
    // The housing officer is told, with no case detail in the notice.
    await mainNav(officer).getByRole('link', { name: /Notifications \(\d+ unread\)/ }).click();
    await officer.getByRole('link', { name: 'A referral has been returned to your agency with a question' }).first().click();
    await expect(officer.getByText('Which language does she speak?').first()).toBeVisible();
    await officer.getByRole('button', { name: 'Check and submit' }).click();
    await officer.getByLabel('Your answer to the coordinator').fill('Kurdish Sorani; an interpreter is booked');
    await new ReferralForm(officer).submit('Answer and submit again', 'Referral submitted again');
    await officer.getByRole('link', { name: 'View the referral' }).click();
    await expect(officer.getByText('Waiting for screening').first()).toBeVisible();
    await expect(officer.getByText('Kurdish Sorani; an interpreter is booked')).toBeVisible();
  });

  test('another agency cannot open the police referral or its case', async ({ page, browser, ownAreas }) => {
    test.slow();
    const area = ownAreas.get('referral-access');
    const policeReferralPath = await policeRefers(await (await browser.newContext()).newPage(), area);
    const coordinator = await (await browser.newContext()).newPage();
    await new SignInPage(coordinator).signIn(area.person('coordinator').email, area.password);
    await new ScreeningPage(coordinator).screen(victims.police, 'Accept');
    await expect(coordinator.getByText('Accepted').first()).toBeVisible();

    await new SignInPage(page).signIn(area.person('housing').email, area.password);
    await page.goto(policeReferralPath);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.goto('/cases');
    await expect(page.getByRole('row').filter({ hasText: victims.police })).toHaveCount(0);
    await page.goto('/screening');
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  });
});

test('a second referral for a victim heard at the last MARAC is flagged as a repeat', async ({ page, browser, ownAreas }) => {
  test.slow();
  // In a copy of the demo of its own: Bethany Marsh (born 11 April 2002) is a case heard at the most
  // recent meeting; Daniel Kowalczyk (born 2 June 1989) one last heard more than 12 months ago.
  const area = ownAreas.get('repeat-referral');
  await new SignInPage(page).signIn(area.person('police').email, area.password);
  const repeat = await new ReferralForm(page).referAndSubmit({ name: 'Beth Marsh', dob: '2002-04-11' }, 'Unrelated Newperson');
  const earlierCase = await new ReferralForm(page).referAndSubmit({ name: 'Daniel Kowalczyk', dob: '1989-06-02' }, 'Unrelated Otherperson');

  const coordinator = await browser.newPage();
  await new SignInPage(coordinator).signIn(area.person('coordinator').email, area.password);
  // The queue flags every possible earlier case, and says which is a possible repeat.
  const screening = new ScreeningPage(coordinator);
  await screening.open(earlierCase);
  await expect(screening.queued('Daniel Kowalczyk')).toContainText('Possible earlier case');
  await screening.open(repeat);
  await expect(screening.queued('Beth Marsh')).toContainText('Possible repeat: heard within 12 months');
  await screening.openReferral('Beth Marsh');
  const earlier = screening.earlierCases();
  const bethany = earlier.getByRole('row').filter({ hasText: 'Bethany Marsh' });
  await expect(bethany).toContainText('Within 12 months');
  await expect(bethany).toContainText('born 11 April 2002');
  await expect(bethany).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await coordinator.getByRole('group', { name: /Is this the same victim as in case KV-/ }).getByLabel('Yes, the same person').check();
  await screening.decide('Accept');
  await expect(coordinator.getByText('Accepted').first()).toBeVisible();
  await expect(coordinator.getByText('Repeat', { exact: true }).first()).toBeVisible();
});

