import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { SignInPage, agencyActionCounts, expectNoAxeViolations, mainNav, saveActionUpdate, shot } from './support/pages';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
// A meeting can be started only on its day: the meeting run here is today's (in UK time).
const todayInUk = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
let agendaPath = '';
let minutedCase = '';
let laterPath = '';

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
  test('the coordinator schedules a meeting and publishes an agenda of two cases, children’s first', async ({ page }) => {
    await new SignInPage(page).signIn(accounts.coordinator.email);
    await schedule(page, inDays(42), 'Kestrel Vale Civic Centre, room 4');
    laterPath = new URL(page.url()).pathname;
    await schedule(page, todayInUk(), 'Kestrel Vale Civic Centre, room 2');
    agendaPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'List the cases waiting for a meeting' }).click();
    const children = page.getByRole('table', { name: /^Cases with children/ });
    const adults = page.getByRole('table', { name: /^Adult-only cases/ });
    await expect(page.getByText(/^[1-9]\d* \(expected running time/)).toBeVisible();
    await expect(children.getByText('None listed.')).toHaveCount(0);
    const listed = (await children.getByRole('row').count()) - 1 + ((await adults.getByRole('row').count()) - 1);
    // The demo's three cases accepted since the coming meeting's agenda went out.
    expect(listed).toBeGreaterThanOrEqual(3);

    // Defer all but two cases to the later meeting, keeping a children's case.
    const deferred: string[] = [];
    for (let extra = listed - 2; extra > 0; extra--) {
      const lastAdult = adults.getByRole('row').last();
      const caseNumber = (await lastAdult.getByRole('link').first().innerText()).trim();
      deferred.push(caseNumber);
      await page.getByText(`Defer case ${caseNumber}`, { exact: true }).click();
      await page.getByRole('form', { name: `Defer case ${caseNumber}` }).getByLabel('Defer to').selectOption(laterPath.split('/').pop()!);
      await page.getByRole('form', { name: `Defer case ${caseNumber}` }).getByLabel('Why is it deferred?').fill('Agenda is full; lower risk');
      await page.getByRole('form', { name: `Defer case ${caseNumber}` }).getByRole('button', { name: /Defer to that meeting/ }).click();
      await expect(page.getByRole('heading', { name: 'Deferred to a later meeting' })).toBeVisible();
      await expect(page.getByText(new RegExp(`${caseNumber} .*Agenda is full; lower risk`))).toBeVisible();
    }
    await expect(page.getByText(/^2 \(expected running time 20 minutes/)).toBeVisible();
    await expect(children.getByRole('row')).not.toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Publish the agenda and open research' }).click();
    await expect(page.getByText('Agenda published: research open')).toBeVisible();
    // The deferred cases are listed on the later meeting's agenda.
    await page.goto(laterPath);
    for (const caseNumber of deferred) await expect(page.getByRole('link', { name: caseNumber, exact: true })).toBeVisible();
  });

  test('on every past agenda, the cases with children come first and no adult-only case shows a child', async ({ page }) => {
    await new SignInPage(page).signIn(accounts.coordinator.email);
    await page.goto('/meetings');
    const past = page.getByRole('table', { name: 'Past meetings' }).getByRole('link');
    const paths = await past.evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(paths.length).toBeGreaterThan(0);
    let withChildren = 0;
    for (const path of paths) {
      await page.goto(path);
      const adults = page.getByRole('table', { name: /^Adult-only cases/ });
      await expect(adults).toBeVisible();
      await expect(adults).not.toContainText(/\d+ child/);
      const children = page.getByRole('table', { name: /^Cases with children/ }).getByRole('row').filter({ has: page.getByRole('link') });
      for (const row of await children.all()) await expect(row).toContainText(/\d+ child/);
      withChildren += await children.count();
    }
    // The demo's past meetings heard cases with children.
    expect(withChildren).toBeGreaterThan(0);
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
    // Nine agencies are asked: the partnership that coordinates the MARAC is left out of the count.
    await expect(firstCase).toContainText('Researched by 3 of 9');
    await firstCase.getByText('Which agencies').click();
    const researched = firstCase.getByRole('list').first();
    const notYet = firstCase.getByRole('list').last();
    await expect(researched.getByRole('listitem')).toHaveText(['Kestrel Vale Hospitals NHS Trust', 'Kestrel Vale Housing Options: no trace', 'Kestrel Vale Police']);
    await expect(notYet.getByRole('listitem')).toHaveCount(6);
    await expect(notYet).toContainText('Kestrel Vale IDVA Service');
    await expect(firstCase).not.toContainText('Community Safety Partnership');
    await expectNoAxeViolations(coordinator);
    await shot(coordinator, 'agenda-coordinator-research');
    await firstCase.getByRole('link', { name: /^Research/ }).click();
    // A "no trace" answer says who gave it and when, as every other answer does.
    await expect(coordinator.getByRole('region', { name: 'Kestrel Vale Housing Options' })).toContainText('No trace');
    await expect(coordinator.getByRole('region', { name: 'Kestrel Vale Housing Options' })).toContainText(/Recorded\s*Tom Ashdown, \d{1,2} \w+ \d{4}/);
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
    await shot(page, 'case-listed');
    // Probation is not the referrer, IDVA or police: the address stays protected.
    await expect(page.getByRole('heading', { name: 'Address and safe contact details are protected' })).toBeVisible();
  });

  test('the chair takes the register, attendees confirm confidentiality, and the chair minutes the case with three actions for two agencies', async ({ browser }) => {
    // Another police officer starts with nothing unread, to show later that she was not told of an action given to a colleague.
    const colleague = await (await browser.newContext()).newPage();
    await new SignInPage(colleague).signIn(accounts.toPromote.email);
    await colleague.goto('/notifications?unread=1');
    if (await colleague.getByRole('button', { name: 'Mark all as read' }).count()) await colleague.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(colleague.getByRole('paragraph').filter({ hasText: 'Nothing unread.' })).toBeVisible();

    const attendees = await Promise.all(
      [accounts.chair.email, accounts.agency.email, 'housing@marac.example', accounts.coordinator.email].map(async (email) => {
        const page = await (await browser.newContext()).newPage();
        await new SignInPage(page).signIn(email);
        await page.goto(`${agendaPath}/run`);
        // Nothing about a case before the statement is confirmed: no case number, no action.
        await expect(page.getByText('Confirm the confidentiality statement to see the cases and the actions from the last meeting.')).toBeVisible();
        await expect(page.getByRole('main')).not.toContainText(/KV-\d{4}-\d{4}/);
        await expect(page.getByRole('heading', { name: 'Actions from the last meeting not completed' })).toHaveCount(0);
        if (email === accounts.agency.email) await shot(page, 'run-before-confirmation');
        await page.getByRole('button', { name: 'I confirm the confidentiality statement' }).click();
        await expect(page.getByText('You have confirmed the statement for this meeting.')).toBeVisible();
        return page;
      }),
    );
    const [chair, , , coordinator] = attendees;
    await chair.reload();
    await expect(chair.getByRole('table', { name: /^Confirmed by \(4\)/ })).toBeVisible();
    const register = chair.getByRole('form', { name: 'Register' });
    await register.getByLabel('Attendance of Kestrel Vale Police').selectOption({ label: 'Present' });
    await register.getByLabel('Representative of Kestrel Vale Police').fill('DC Owen Prestwick');
    await register.getByLabel('Attendance of Kestrel Vale Housing Options').selectOption({ label: 'Present' });
    await register.getByLabel('Attendance of Kestrel Vale Hospitals NHS Trust').selectOption({ label: 'Apologies, information sent' });
    await register.getByRole('button', { name: 'Save the register' }).click();
    await expect(chair.getByRole('heading', { name: 'Register saved' })).toBeVisible();
    await expectNoAxeViolations(chair);
    await chair.getByRole('button', { name: 'Start the meeting' }).click();
    await expect(chair.getByText('In progress', { exact: true })).toBeVisible();

    // Last meeting's incomplete actions: one form each, each named by its case and action.
    const reviews = chair.getByRole('form', { name: /^Where does the action on case KV-\d{4}-\d{4} stand: / });
    await expect(reviews.first()).toBeVisible();
    const names = await reviews.evaluateAll((forms) => forms.map((f) => f.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    // An action not yet due can be on track; it cannot be "not done".
    const notYetDue = chair.locator('.app-checklist-question').filter({ hasText: 'not yet due)' }).first();
    await expect(notYetDue.getByLabel('On track: in hand and not yet due')).toBeVisible();
    await expect(notYetDue.getByLabel('Not done by the agency')).toHaveCount(0);
    await expectNoAxeViolations(chair);
    await shot(chair, 'run-review-forms');
    await notYetDue.getByLabel('On track: in hand and not yet due').check();
    await notYetDue.getByRole('button', { name: 'Record' }).click();
    await expect(chair.getByText(/recorded: on track, not yet due/).first()).toBeVisible();

    const firstCase = chair.getByRole('link', { name: /^KV-\d{4}-\d{4} / }).first();
    minutedCase = (await firstCase.innerText()).split(' ')[0];
    const casePath = await firstCase.getAttribute('href');
    await firstCase.click();
    await expect(chair.getByRole('timer', { name: 'Time on this case' })).toContainText('of 10 minutes');
    await expect(chair.getByRole('heading', { name: 'Research (3 agencies)' })).toBeVisible();
    await expect(chair.getByRole('region', { name: 'Research: Kestrel Vale Police' })).toContainText('Two call-outs');
    await expect(chair.getByRole('region', { name: 'Research: Kestrel Vale Housing Options' })).toContainText(/No trace.*Tom Ashdown/);
    // The coordinator opens the same case before the chair saves.
    await coordinator.goto(casePath!);
    await expect(coordinator.getByRole('form', { name: 'Minutes' })).toBeVisible();

    await chair.getByLabel('Information shared').fill('Police: two call-outs since August. Health: A&E attendance in October.');
    await chair.getByLabel('Risks to the victim').fill('Serious injury; escalation after separation');
    await chair.getByLabel('Decisions').fill('IDVA to lead; target hardening');
    await chair.getByRole('button', { name: 'Save minutes' }).click();
    await expect(chair.getByRole('heading', { name: 'Minutes saved' })).toBeVisible();

    // The coordinator's save comes second: they see the chair's text, keep their own, merge and save.
    await coordinator.getByLabel('Risks to children').fill('Two children at the address; the school is to be told');
    await coordinator.getByRole('button', { name: 'Save minutes' }).click();
    await expect(coordinator.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Someone else saved these minutes while you were writing');
    const theirs = coordinator.getByRole('region', { name: /^Their version, as saved by Inspector Ruth Calloway at / });
    await expect(theirs).toContainText('IDVA to lead; target hardening');
    await expect(theirs).toContainText('Serious injury; escalation after separation');
    await expect(coordinator.getByLabel('Risks to children (your version)')).toHaveValue('Two children at the address; the school is to be told');
    await expectNoAxeViolations(coordinator);
    await shot(coordinator, 'case-minutes-conflict');
    await coordinator.getByLabel('Information shared (your version)').fill('Police: two call-outs since August. Health: A&E attendance in October.');
    await coordinator.getByLabel('Risks to the victim (your version)').fill('Serious injury; escalation after separation');
    await coordinator.getByLabel('Decisions (your version)').fill('IDVA to lead; target hardening');
    await coordinator.getByRole('button', { name: 'Save the merged minutes' }).click();
    await expect(coordinator.getByRole('heading', { name: 'Minutes saved' })).toBeVisible();
    await expect(theirs).toHaveCount(0);

    await chair.reload();
    await expect(chair.getByLabel('Risks to children')).toHaveValue('Two children at the address; the school is to be told');
    // The chair gives one action to herself, one to a police officer and one to someone at housing without an account.
    for (const [i, [what, agency, person, typed]] of [
      ['Fit a panic alarm at the address', 'Kestrel Vale Police', accounts.chair.name],
      ['Flag the address for an urgent response', '', accounts.agency.name],
      ['Assess for a management transfer', 'Kestrel Vale Housing Options', 'Someone without an account', 'Housing Options duty officer'],
    ].entries()) {
      if (i === 0) {
        await chair.getByLabel('Decisions').fill('IDVA to lead; target hardening');
        await chair.getByRole('button', { name: 'Save minutes' }).click();
        await expect(chair.getByRole('heading', { name: 'Minutes saved' })).toBeVisible();
      }
      const form = chair.getByRole('form', { name: 'Add an action' });
      await form.getByLabel('What is to be done').fill(what);
      if (agency) {
        await form.getByLabel('Agency').selectOption({ label: agency });
        // Only that agency's people are offered.
        await expect(form.getByLabel('Person').getByRole('option', { name: 'Tom Ashdown' })).toHaveCount(agency === 'Kestrel Vale Housing Options' ? 1 : 0);
      }
      await form.getByLabel('Person').selectOption({ label: person });
      // Choosing a person from everyone's list chooses their agency.
      if (!agency) await expect(form.getByLabel('Agency').locator('option:checked')).toHaveText('Kestrel Vale Police');
      await form.getByLabel('By when').fill(inDays(28));
      if (typed) {
        await form.getByRole('button', { name: 'Add action' }).click();
        await expect(form.getByText('Error: Enter the name of the person who will do it')).toBeVisible();
        await expectNoAxeViolations(chair);
        await form.getByLabel('Their name').fill(typed);
      }
      await form.getByRole('button', { name: 'Add action' }).click();
      await expect(chair.getByRole('table', { name: /Actions agreed at this meeting/ }).getByRole('row').filter({ hasText: what })).toContainText(typed ?? person);
      // The message was about the minutes: once an action is added it is gone.
      await expect(chair.getByRole('heading', { name: 'Minutes saved' })).toHaveCount(0);
    }
    await expect(chair.getByRole('table', { name: 'Actions agreed at this meeting (3)' })).toBeVisible();
    await expectNoAxeViolations(chair);
    await shot(chair, 'case-at-meeting');
  });

  test('the officer given an action is told and finds it on My actions; his colleague is not told', async ({ browser }) => {
    const officer = await (await browser.newContext()).newPage();
    await new SignInPage(officer).signIn(accounts.agency.email);
    await mainNav(officer).getByRole('link', { name: /^Notifications/ }).click();
    // Newest first: told of the action given to him by name, not as one of his agency's.
    await officer.getByRole('link', { name: 'An action has been given to you' }).first().click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Flag the address for an urgent response' })).toBeVisible();
    const actionPath = new URL(officer.url()).pathname;
    await expect(officer.locator('.govuk-summary-list__row').filter({ hasText: 'Person' })).toContainText(accounts.agency.name);
    await expectNoAxeViolations(officer);

    await mainNav(officer).getByRole('link', { name: 'Actions', exact: true }).click();
    await officer.getByRole('navigation', { name: 'Action boards' }).getByRole('link', { name: 'My actions' }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();
    const mine = officer.getByRole('table', { name: 'Actions' });
    await expect(mine.getByRole('link', { name: 'Flag the address for an urgent response' })).toBeVisible();
    await expect(mine.getByRole('link', { name: 'Fit a panic alarm at the address' })).toHaveCount(0);
    await expectNoAxeViolations(officer);
    // On his agency's board, the action the chair took herself shows her as its owner.
    await officer.getByRole('link', { name: 'My agency’s actions' }).click();
    await officer.getByLabel('Owner’s name').fill('Calloway');
    await officer.getByRole('button', { name: 'Apply filters' }).click();
    await expect(officer.getByRole('row').filter({ hasText: 'Fit a panic alarm at the address' })).toContainText(accounts.chair.name);

    const colleague = await (await browser.newContext()).newPage();
    await new SignInPage(colleague).signIn(accounts.toPromote.email);
    await colleague.goto('/notifications?unread=1');
    await expect(colleague.getByRole('link', { name: /^An action has been given to/ })).toHaveCount(0);

    // He hands it to her: she is told by name, and the history says who gave it to whom.
    await officer.goto(actionPath);
    await officer.getByText('Reassign this action').click();
    const reassign = officer.getByRole('form', { name: 'Reassign this action' });
    await reassign.getByLabel('Person').selectOption({ label: accounts.toPromote.name });
    await reassign.getByLabel('Why is it reassigned?').fill('On leave from Monday');
    await reassign.getByRole('button', { name: 'Reassign' }).click();
    await expect(officer.getByRole('heading', { name: 'Action reassigned' })).toBeVisible();
    await expect(officer.getByText(`Reassigned from ${accounts.agency.name} to ${accounts.toPromote.name}`)).toBeVisible();
    await expect(officer.locator('.govuk-summary-list__row').filter({ hasText: 'Person' })).toContainText(accounts.toPromote.name);
    await expectNoAxeViolations(officer);
    await colleague.reload();
    await expect(colleague.getByRole('link', { name: 'An action has been given to you' })).toHaveCount(1);
  });

  test('the coordinator finalises; the minutes page shows what was typed and a correction; the PDF is marked OFFICIAL-SENSITIVE and holds no protected field', async ({ browser, page }) => {
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
    await page.getByRole('button', { name: 'Finalise and circulate the minutes' }).click();
    await page.getByRole('link', { name: 'Read the finalised minutes' }).click();
    await expect(page.getByRole('heading', { name: /Minutes of / })).toBeVisible();

    // What was typed at the meeting, minute by minute, as a reader sees it.
    const minuted = page.getByRole('region', { name: new RegExp(`^${minutedCase} `) });
    const minute = (label: string) => minuted.locator('.govuk-summary-list__row').filter({ has: page.getByText(label, { exact: true }) });
    await expect(minute('Information shared')).toContainText('Police: two call-outs since August. Health: A&E attendance in October.');
    await expect(minute('Risks to the victim')).toContainText('Serious injury; escalation after separation');
    await expect(minute('Risks to children')).toContainText('Two children at the address; the school is to be told');
    await expect(minute('Decisions')).toContainText('IDVA to lead; target hardening');
    await expect(minute('Risks to staff')).toContainText('Not recorded');
    await expect(minuted).toContainText('Assess for a management transfer');
    await expect(page.getByText('These minutes have not been corrected since they were finalised.')).toBeVisible();
    await expectNoAxeViolations(page);

    // A correction: a new revision saying who made it, when, why and what it changed.
    await minuted.getByText(`Correct the minutes of ${minutedCase}`).click();
    const correction = page.getByRole('form', { name: `Correct the minutes of ${minutedCase}` });
    await correction.getByLabel('Decisions').fill('IDVA to lead; target hardening; housing to assess for a transfer');
    await correction.getByLabel('What is corrected, and why').fill('Housing’s part in the plan was left out of the decisions');
    await correction.getByRole('button', { name: 'Save the correction as a new revision' }).click();
    const revision = page.getByRole('region', { name: 'Revision 2: a correction' });
    await expect(revision).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('revision 2');
    await expect(minute('Decisions')).toContainText('IDVA to lead; target hardening; housing to assess for a transfer');
    const said = (where: typeof revision, key: string) => where.locator('.govuk-summary-list__row').filter({ has: page.getByText(key, { exact: true }) }).getByRole('definition');
    await expect(said(revision, 'Corrected by')).toHaveText(`${accounts.coordinator.name}, Kestrel Vale Community Safety Partnership`);
    await expect(said(revision, 'When')).toHaveText(/^\d{1,2} \w+ \d{4}/);
    await expect(said(revision, 'Why')).toHaveText('Housing’s part in the plan was left out of the decisions');
    const changed = revision.getByRole('table', { name: 'What changed in revision 2' });
    await expect(changed.getByRole('row')).toHaveCount(2);
    await expect(changed.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      minutedCase,
      'Decisions',
      'IDVA to lead; target hardening',
      'IDVA to lead; target hardening; housing to assess for a transfer',
    ]);
    await expect(said(page.getByRole('region', { name: 'Revision 1: the minutes as finalised' }), 'Finalised by')).toContainText(accounts.coordinator.name);
    await expectNoAxeViolations(page);
    await shot(page, 'minutes-finalised-corrected');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the minutes (PDF)' }).click();
    const file = await (await download).path();
    const { PDFParse } = await import('pdf-parse');
    const { readFile } = await import('node:fs/promises');
    const text = (await new PDFParse({ data: await readFile(file) }).getText()).text;
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain('Fit a panic alarm at the address');
    expect(text).toContain('Serious injury; escalation after separation');
    expect(text).toContain('Housing’s part in the plan was left out of the decisions');
    expect(text.match(/OFFICIAL-SENSITIVE/g)!.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain(address.split('\n')[0]);
    // Dates as GOV.UK writes them: the meeting's, and each action's due date.
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4} at 10am/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

    // The housing officer is told the minutes are ready, with no case detail.
    const housing = await (await browser.newContext()).newPage();
    await new SignInPage(housing).signIn('housing@marac.example');
    await expect(housing.getByRole('heading', { name: 'New minutes to read' })).toBeVisible();

    // An agency that did not attend is offered the minutes, not a statement it can no longer confirm.
    const health = await (await browser.newContext()).newPage();
    await new SignInPage(health).signIn('health@marac.example');
    await health.goto(`${agendaPath}/run`);
    await expect(health.getByText('Minutes finalised', { exact: true })).toBeVisible();
    await expect(health.getByRole('button', { name: 'I confirm the confidentiality statement' })).toHaveCount(0);
    await expect(health.getByText(/Confirm the confidentiality statement/)).toHaveCount(0);
    await expect(health.getByRole('main')).not.toContainText(/KV-\d{4}-\d{4}/);
    await expectNoAxeViolations(health);
    await shot(health, 'run-after-finalising');
    await health.getByRole('link', { name: 'Read the finalised minutes' }).click();
    await expect(health.getByRole('region', { name: new RegExp(`^${minutedCase} `) })).toContainText('IDVA to lead; target hardening; housing to assess for a transfer');
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

  test('a meeting whose day has not come cannot be started: the chair is told when it can', async ({ browser, page }) => {
    const coordinator = await (await browser.newContext()).newPage();
    await new SignInPage(coordinator).signIn(accounts.coordinator.email);
    await coordinator.goto(laterPath);
    await coordinator.getByRole('button', { name: 'Publish the agenda and open research' }).click();
    await expect(coordinator.getByText('Agenda published: research open')).toBeVisible();
    await new SignInPage(page).signIn(accounts.chair.email);
    await page.goto(`${laterPath}/run`);
    await expect(page.getByText(/^The meeting can be started on the day it is held, \d{1,2} \w+ \d{4}/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the meeting' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, 'run-before-its-day');
  });
});
