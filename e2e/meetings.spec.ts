import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { agencyActionCounts, expectNoAxeViolations, mainNav, saveActionUpdate, SignInPage } from './support/pages';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
let agendaPath = '';

async function schedule(page: Page, date: string, venue: string) {
  await page.goto('/meetings');
  await page.getByRole('button', { name: 'Schedule a meeting' }).click();
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('Where').fill(venue);
  await page.getByLabel('Chair').selectOption({ label: accounts.chair.name });
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
}

async function research(page: Page, caseRow: number, answer: 'hold' | 'no trace', facts?: string) {
  await page.goto(agendaPath);
  await page.getByRole('link', { name: /Record your agency’s research/ }).nth(caseRow).click();
  await expect(page.getByRole('heading', { name: /Research on case/ })).toBeVisible();
  if (answer === 'no trace') {
    await page.getByLabel('No trace: we hold nothing').check();
  } else {
    await page.getByLabel('Yes, we hold information').check();
    await page.getByLabel('Facts').fill(facts ?? '');
  }
  await page.getByRole('button', { name: 'Save research' }).click();
  await expect(page.getByText('Your agency’s research is saved.')).toBeVisible();
}

test.describe.serial('scheduling a meeting, publishing its agenda and researching its cases', () => {
  test('the coordinator schedules a meeting and publishes an agenda of three cases, children’s first', async ({ page }) => {
    await new SignInPage(page).signIn(accounts.coordinator.email);
    await schedule(page, inDays(42), 'Kestrel Vale Civic Centre, room 4');
    const laterPath = new URL(page.url()).pathname;
    await schedule(page, inDays(14), 'Kestrel Vale Civic Centre, room 2');
    agendaPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'List the cases waiting for a meeting' }).click();
    const children = page.getByRole('table', { name: /^Cases with children/ });
    const adults = page.getByRole('table', { name: /^Adult-only cases/ });
    await expect(page.getByText(/^[1-9]\d* \(expected running time/)).toBeVisible();
    await expect(children.getByText('None listed.')).toHaveCount(0);
    const listed = (await children.getByRole('row').count()) - 1 + ((await adults.getByRole('row').count()) - 1);
    expect(listed).toBeGreaterThan(3);

    // Defer all but three cases to the later meeting, keeping a children's case.
    const deferred: string[] = [];
    for (let extra = listed - 3; extra > 0; extra--) {
      const lastAdult = adults.getByRole('row').last();
      const caseNumber = (await lastAdult.getByRole('link').first().innerText()).trim();
      deferred.push(caseNumber);
      await page.getByText(`Defer case ${caseNumber}`, { exact: true }).click();
      await page.getByRole('form', { name: `Defer case ${caseNumber}` }).getByLabel('Defer to').selectOption({ index: 1 });
      await page.getByRole('form', { name: `Defer case ${caseNumber}` }).getByLabel('Why is it deferred?').fill('Agenda is full; lower risk');
      await page.getByRole('form', { name: `Defer case ${caseNumber}` }).getByRole('button', { name: /Defer to that meeting/ }).click();
      await expect(page.getByRole('heading', { name: 'Deferred to a later meeting' })).toBeVisible();
      await expect(page.getByText(new RegExp(`${caseNumber} .*Agenda is full; lower risk`))).toBeVisible();
    }
    await expect(page.getByText(/^3 \(expected running time 30 minutes/)).toBeVisible();
    await expect(children.getByRole('row')).not.toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Publish the agenda and open research' }).click();
    await expect(page.getByText('Agenda published: research open')).toBeVisible();
    // The deferred cases are listed on the later meeting's agenda.
    await page.goto(laterPath);
    for (const caseNumber of deferred) await expect(page.getByRole('link', { name: caseNumber, exact: true })).toBeVisible();
  });

  test('two agencies record research and one records no trace; the coordinator sees who has researched', async ({ browser }) => {
    const police = await (await browser.newContext()).newPage();
    await new SignInPage(police).signIn(accounts.agency.email);
    await research(police, 0, 'hold', 'Two call-outs to the address since August; bail conditions in place');
    await expectNoAxeViolations(police);

    const health = await (await browser.newContext()).newPage();
    await new SignInPage(health).signIn('health@marac.example');
    await research(health, 0, 'hold', 'Attended A&E in October with a wrist injury');

    const housing = await (await browser.newContext()).newPage();
    await new SignInPage(housing).signIn('housing@marac.example');
    await research(housing, 0, 'no trace');

    const coordinator = await (await browser.newContext()).newPage();
    await new SignInPage(coordinator).signIn(accounts.coordinator.email);
    await coordinator.goto(agendaPath);
    const firstCase = coordinator.getByRole('table', { name: /^Cases with children/ }).getByRole('row').nth(1);
    await expect(firstCase).toContainText('3 of 10 agencies');
    await expect(firstCase).toContainText(/Not yet: .*Kestrel Vale IDVA Service/);
    await firstCase.getByRole('link', { name: /^Research/ }).click();
    await expect(coordinator.getByRole('region', { name: 'Kestrel Vale Housing Options' })).toContainText('No trace');
    await expect(coordinator.getByRole('region', { name: 'Kestrel Vale Police' })).toContainText('Two call-outs to the address');
    await expectNoAxeViolations(coordinator);
  });

  test('an agency is asked to research the published agenda and sees the listed case record', async ({ page }) => {
    await new SignInPage(page).signIn('probation@marac.example');
    // The research-request job runs moments after publishing.
    const request = page.getByRole('link', { name: /^An agenda is published: research the cases for the meeting of/ }).first();
    await expect(async () => {
      await page.goto('/notifications');
      await expect(request).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await request.click();
    await expect(page).toHaveURL(new RegExp(`${agendaPath}$`));
    const firstCase = page.getByRole('table', { name: /^Cases with children/ }).getByRole('row').nth(1);
    await firstCase.getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    // The case says which meeting it is listed for, and links to that meeting.
    await expect(page.getByRole('link', { name: /^Listed for the meeting of \d{1,2} [A-Z][a-z]+ \d{4} at 10am$/ })).toHaveAttribute('href', agendaPath);
    await page.screenshot({ path: '/tmp/shots-dates/case-listed.png', fullPage: true });
    // Probation is not the referrer, IDVA or police: the address stays protected.
    await expect(page.getByRole('heading', { name: 'Address and safe contact details are protected' })).toBeVisible();
  });

  test('the chair takes the register, attendees confirm confidentiality, and the chair minutes the case with three actions for two agencies', async ({ browser }) => {
    const attendees = await Promise.all(
      [accounts.chair.email, accounts.agency.email, 'housing@marac.example'].map(async (email) => {
        const page = await (await browser.newContext()).newPage();
        await new SignInPage(page).signIn(email);
        await page.goto(`${agendaPath}/run`);
        await page.getByRole('button', { name: 'I confirm the confidentiality statement' }).click();
        await expect(page.getByText('You have confirmed the statement for this meeting.')).toBeVisible();
        return page;
      }),
    );
    const chair = attendees[0];
    await chair.reload();
    await expect(chair.getByRole('table', { name: /^Confirmed by \(3\)/ })).toBeVisible();
    const register = chair.getByRole('form', { name: 'Register' });
    await register.getByLabel('Attendance of Kestrel Vale Police').selectOption({ label: 'Present' });
    await register.getByLabel('Representative of Kestrel Vale Police').fill('DC Owen Prestwick');
    await register.getByLabel('Attendance of Kestrel Vale Housing Options').selectOption({ label: 'Present' });
    await register.getByLabel('Attendance of Kestrel Vale Hospitals NHS Trust').selectOption({ label: 'Apologies, information sent' });
    await register.getByRole('button', { name: 'Save the register' }).click();
    await expect(chair.getByRole('heading', { name: 'Register saved' })).toBeVisible();
    await expectNoAxeViolations(chair);
    await chair.getByRole('button', { name: 'Start the meeting' }).click();
    await expect(chair.getByText('Held', { exact: true })).toBeVisible();

    await chair.getByRole('link', { name: /^KV-\d{4}-\d{4} / }).first().click();
    await expect(chair.getByRole('timer', { name: 'Time on this case' })).toContainText('of 10 minutes');
    await expect(chair.getByRole('region', { name: 'Research: Kestrel Vale Police' })).toContainText('Two call-outs');
    await chair.getByLabel('Information shared').fill('Police: two call-outs since August. Health: A&E attendance in October.');
    await chair.getByLabel('Risks to the victim').fill('Serious injury; escalation after separation');
    await chair.getByLabel('Decisions').fill('IDVA to lead; target hardening');
    await chair.getByRole('button', { name: 'Save minutes' }).click();
    await expect(chair.getByRole('heading', { name: 'Minutes saved' })).toBeVisible();
    for (const [what, agency, person] of [
      ['Fit a panic alarm at the address', 'Kestrel Vale Police', 'PC Hana Ridley'],
      ['Flag the address for an urgent response', 'Kestrel Vale Police', 'DC Owen Prestwick'],
      ['Assess for a management transfer', 'Kestrel Vale Housing Options', 'Tom Ashdown'],
    ]) {
      const form = chair.getByRole('form', { name: 'Add an action' });
      await form.getByLabel('What is to be done').fill(what);
      await form.getByLabel('Agency').selectOption({ label: agency });
      await form.getByLabel('Person').fill(person);
      await form.getByLabel('By when').fill(inDays(28));
      await form.getByRole('button', { name: 'Add action' }).click();
      await expect(chair.getByRole('table', { name: /Actions agreed at this meeting/ }).getByRole('row').filter({ hasText: what })).toBeVisible();
    }
    await expect(chair.getByRole('table', { name: 'Actions agreed at this meeting (3)' })).toBeVisible();
    await expectNoAxeViolations(chair);
  });

  test('the coordinator finalises; the minutes PDF is marked OFFICIAL-SENSITIVE and holds no protected field', async ({ browser, page }) => {
    // The police referrer sees the victim's protected address on the case record.
    const police = await (await browser.newContext()).newPage();
    await new SignInPage(police).signIn(accounts.agency.email);
    await police.goto(agendaPath);
    await police.getByRole('table', { name: /^Cases with children/ }).getByRole('row').nth(1).getByRole('link').first().click();
    await expect(police.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    const addressRow = police.locator('.govuk-summary-list__row').filter({ has: police.getByText('Current address', { exact: true }) });
    const address = (await addressRow.getByRole('definition').innerText()).trim();
    expect(address.length).toBeGreaterThan(5);

    await new SignInPage(page).signIn(accounts.coordinator.email);
    await page.goto(`${agendaPath}/run`);
    await page.getByRole('button', { name: 'I confirm the confidentiality statement' }).click();
    await page.getByRole('button', { name: 'Finalise and circulate the minutes' }).click();
    await page.getByRole('link', { name: 'Read the finalised minutes' }).click();
    await expect(page.getByRole('heading', { name: /Minutes of / })).toBeVisible();
    await expect(page.getByText('Assess for a management transfer')).toBeVisible();
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the minutes (PDF)' }).click();
    const file = await (await download).path();
    const { PDFParse } = await import('pdf-parse');
    const { readFile } = await import('node:fs/promises');
    const text = (await new PDFParse({ data: await readFile(file) }).getText()).text;
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain('Fit a panic alarm at the address');
    expect(text.match(/OFFICIAL-SENSITIVE/g)!.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain(address.split('\n')[0]);
    // Dates as GOV.UK writes them: the meeting's, and each action's due date.
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4} at 10am/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

    // The housing officer is told the minutes are ready, with no case detail.
    const housing = await (await browser.newContext()).newPage();
    await new SignInPage(housing).signIn('housing@marac.example');
    await expect(housing.getByRole('heading', { name: 'New minutes to read' })).toBeVisible();
  });

  test('housing is told of the action it was given at the meeting, works it to completion, and the coordinator’s counts change', async ({ browser }) => {
    const coordinator = await (await browser.newContext()).newPage();
    await new SignInPage(coordinator).signIn(accounts.coordinator.email);
    const counts = agencyActionCounts(coordinator, 'Kestrel Vale Housing Options');
    const [openBefore, , onTimeBefore] = await counts();

    const housing = await (await browser.newContext()).newPage();
    await new SignInPage(housing).signIn('housing@marac.example');
    await mainNav(housing).getByRole('link', { name: /^Notifications/ }).click();
    await housing.getByRole('link', { name: 'An action has been given to your agency' }).first().click();
    await expect(housing.getByRole('heading', { name: 'Update this action' })).toBeVisible();
    await expect(housing.getByRole('heading', { level: 1, name: /Assess for a management transfer/ })).toBeVisible();
    await saveActionUpdate(housing, 'In progress', { note: 'Transfer panel booked for Thursday' });
    await expect(housing.getByRole('heading', { name: 'Update saved' })).toBeVisible();
    await saveActionUpdate(housing, 'Completed', { done: 'Management transfer agreed; keys on Friday' });
    await expect(housing.getByRole('heading', { name: 'Update saved' })).toBeVisible();
    await expectNoAxeViolations(housing);

    await coordinator.reload();
    const [openAfter, , onTimeAfter] = await counts();
    expect([openAfter, onTimeAfter]).toEqual([openBefore - 1, onTimeBefore + 1]);
  });
});
