import { expect, test } from './support/fixtures';
import { accounts } from './support/accounts';
import { agencyActionCounts, errorSummary, expectNoAxeViolations, fillDate, mainNav, shot } from './support/pages';
import { SignInPage } from './pages/sign-in';
import { ActionPage } from './pages/action';
import { AgendaPage } from './pages/agenda';
import { MeetingRunPage } from './pages/meeting-run';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
// A meeting can be started only on its day: the meeting run here is today's (in UK time).
const todayInUk = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

// Each test that changes a meeting works in an area of its own (support/own-areas.ts), made with
// today's meeting already taken as far as the test starts from: scheduled and published, researched,
// or run and minuted, by the same steps the earlier tests take here in the browser.
test.describe('scheduling a meeting, publishing its agenda and researching its cases', () => {
  test('the coordinator schedules a meeting and publishes an agenda of two cases, children’s first', async ({ page, ownAreas }) => {
    const area = ownAreas.get('meeting-scheduled');
    await new SignInPage(page).signIn(area.person('coordinator').email, area.password);
    const agenda = new AgendaPage(page);
    const chair = area.person('chair').name;
    // A day already past is refused beside the date's boxes, and what was typed stays.
    await page.goto('/meetings');
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    await fillDate(page, 'Date', { day: '1', month: '1', year: '2020' });
    await page.getByLabel('Where').fill('Kestrel Vale Civic Centre, room 2');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await expect(errorSummary(page)).toContainText('The meeting must be today or later');
    const dateBoxes = page.getByRole('group', { name: 'Date', exact: true });
    await expect(dateBoxes).toContainText('The meeting must be today or later');
    await expect(dateBoxes.getByLabel('Year')).toHaveValue('2020');
    await expect(page.getByLabel('Where')).toHaveValue('Kestrel Vale Civic Centre, room 2');
    await expectNoAxeViolations(page);
    const laterPath = await agenda.schedule(inDays(42), 'Kestrel Vale Civic Centre, room 4', chair);
    await agenda.schedule(todayInUk(), 'Kestrel Vale Civic Centre, room 2', chair);
    await expectNoAxeViolations(page);

    await agenda.listWaitingCases();
    const children = agenda.withChildren();
    const adults = agenda.adultsOnly();
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
      await agenda.defer(caseNumber, laterPath.split('/').pop()!, 'Agenda is full; lower risk');
      await expect(page.getByText(new RegExp(`${caseNumber} .*Agenda is full; lower risk`))).toBeVisible();
    }
    await expect(page.getByText(/^2 \(expected running time 20 minutes/)).toBeVisible();
    await expect(children.getByRole('row')).not.toHaveCount(1);
    await expectNoAxeViolations(page);

    await agenda.publish();
    // The deferred cases are listed on the later meeting's agenda.
    await agenda.open(laterPath);
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

  test('two agencies record research and one records no trace; the coordinator sees who has researched', async ({ browser, ownAreas }) => {
    const area = ownAreas.get('meeting-published');
    const agendaPath = area.meeting.today;
    const as = async (person: string) => {
      const page = await (await browser.newContext()).newPage();
      await new SignInPage(page).signIn(area.person(person).email, area.password);
      return page;
    };
    const police = await as('police');
    await new AgendaPage(police).research(agendaPath, 0, 'hold', 'Two call-outs to the address since August; bail conditions in place');
    await expectNoAxeViolations(police);
    await new AgendaPage(await as('health')).research(agendaPath, 0, 'hold', 'Attended A&E in October with a wrist injury');
    await new AgendaPage(await as('housing')).research(agendaPath, 0, 'no trace');

    const coordinator = await as('coordinator');
    const agenda = new AgendaPage(coordinator);
    await agenda.open(agendaPath);
    const firstCase = agenda.caseWithChildren(0);
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

  test('an agency is asked to research the published agenda and sees the listed case record', async ({ page, ownAreas }) => {
    const area = ownAreas.get('meeting-published');
    const agendaPath = area.meeting.today;
    await new SignInPage(page).signIn(area.person('probation').email, area.password);
    // The research-request job runs moments after publishing.
    const request = page.getByRole('link', { name: /^An agenda is published: research the cases for the meeting of/ }).first();
    await expect(async () => {
      await page.goto('/notifications');
      await expect(request).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await request.click();
    await expect(page).toHaveURL(new RegExp(`${agendaPath}$`));
    await new AgendaPage(page).caseWithChildren(0).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    // The case says which meeting it is listed for, and links to that meeting.
    await expect(page.getByRole('link', { name: /^Listed for the meeting of \d{1,2} [A-Z][a-z]+ \d{4} at 10am$/ })).toHaveAttribute('href', agendaPath);
    await shot(page, 'case-listed');
    // Probation is not the referrer, IDVA or police: the address stays protected.
    await expect(page.getByRole('heading', { name: 'Address and safe contact details are protected' })).toBeVisible();
  });

  test('the chair takes the register, attendees confirm confidentiality, and the chair minutes the case with three actions for two agencies', async ({ browser, ownAreas }) => {
    // Today's meeting is published and police, health and housing have researched its first case.
    const area = ownAreas.get('meeting-run');
    const agendaPath = area.meeting.today;
    const chairName = area.person('chair').name;
    const officerName = area.person('police').name;
    // Another police officer starts with nothing unread, to show that she is not told of an action given to a colleague.
    const colleague = await (await browser.newContext()).newPage();
    await new SignInPage(colleague).signIn(area.person('police2').email, area.password);
    await colleague.goto('/notifications?unread=1');
    if (await colleague.getByRole('button', { name: 'Mark all as read' }).count()) await colleague.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(colleague.getByRole('paragraph').filter({ hasText: 'Nothing unread.' })).toBeVisible();

    const attendees = await Promise.all(
      ['chair', 'police', 'housing', 'coordinator'].map(async (person) => {
        const page = await (await browser.newContext()).newPage();
        await new SignInPage(page).signIn(area.person(person).email, area.password);
        const run = new MeetingRunPage(page);
        await run.open(agendaPath);
        // Nothing about a case before the statement is confirmed: no case number, no action.
        await expect(page.getByText('Confirm the confidentiality statement to see the cases and the actions from the last meeting.')).toBeVisible();
        await expect(page.getByRole('main')).not.toContainText(/KV-\d{4}-\d{4}/);
        await expect(page.getByRole('heading', { name: 'Actions from the last meeting not completed' })).toHaveCount(0);
        if (person === 'police') await shot(page, 'run-before-confirmation');
        await run.confirmStatement();
        return page;
      }),
    );
    const [chair, , , coordinator] = attendees;
    await chair.reload();
    await expect(chair.getByRole('table', { name: /^Confirmed by \(4\)/ })).toBeVisible();
    const run = new MeetingRunPage(chair);
    const register = run.register();
    await register.getByLabel('Attendance of Kestrel Vale Police').selectOption({ label: 'Present' });
    await register.getByLabel('Representative of Kestrel Vale Police').fill('DC Owen Prestwick');
    await register.getByLabel('Attendance of Kestrel Vale Housing Options').selectOption({ label: 'Present' });
    await register.getByLabel('Attendance of Kestrel Vale Hospitals NHS Trust').selectOption({ label: 'Apologies, information sent' });
    await register.getByRole('button', { name: 'Save the register' }).click();
    await expect(chair.getByRole('heading', { name: 'Register saved' })).toBeVisible();
    await expectNoAxeViolations(chair);
    await run.start();

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
    await run.saveMinutes();

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
    await new MeetingRunPage(coordinator).saveMinutes('Save the merged minutes');
    await expect(theirs).toHaveCount(0);

    await chair.reload();
    await expect(chair.getByLabel('Risks to children')).toHaveValue('Two children at the address; the school is to be told');
    // The chair gives one action to herself, one to a police officer and one to someone at housing without an account.
    for (const [i, [what, agency, person, typed]] of [
      ['Fit a panic alarm at the address', 'Kestrel Vale Police', chairName],
      ['Flag the address for an urgent response', '', officerName],
      ['Assess for a management transfer', 'Kestrel Vale Housing Options', 'Someone without an account', 'Housing Options duty officer'],
    ].entries()) {
      if (i === 0) {
        await chair.getByLabel('Decisions').fill('IDVA to lead; target hardening');
        await run.saveMinutes();
      }
      const form = run.addActionForm();
      await form.getByLabel('What is to be done').fill(what);
      if (agency) {
        await form.getByLabel('Agency').selectOption({ label: agency });
        // Only that agency's people are offered.
        await expect(form.getByLabel('Person').getByRole('option', { name: 'Tom Ashdown' })).toHaveCount(agency === 'Kestrel Vale Housing Options' ? 1 : 0);
      }
      await form.getByLabel('Person').selectOption({ label: person });
      // Choosing a person from everyone's list chooses their agency.
      if (!agency) await expect(form.getByLabel('Agency').locator('option:checked')).toHaveText('Kestrel Vale Police');
      await fillDate(form, 'By when', inDays(28));
      if (typed) {
        await form.getByRole('button', { name: 'Add action' }).click();
        await expect(form.getByText('Error: Enter the name of the person who will do it')).toBeVisible();
        await expectNoAxeViolations(chair);
        await form.getByLabel('Their name').fill(typed);
      }
      await form.getByRole('button', { name: 'Add action' }).click();
      await expect(run.agreedActions().getByRole('row').filter({ hasText: what })).toContainText(typed ?? person);
      // The message was about the minutes: once an action is added it is gone.
      await expect(chair.getByRole('heading', { name: 'Minutes saved' })).toHaveCount(0);
    }
    await expect(chair.getByRole('table', { name: 'Actions agreed at this meeting (3)' })).toBeVisible();
    await expectNoAxeViolations(chair);
    await shot(chair, 'case-at-meeting');
    // Her colleague is given one; she is not told of it.
    await colleague.reload();
    await expect(colleague.getByRole('link', { name: /^An action has been given to/ })).toHaveCount(0);
  });

  test('the officer given an action is told and finds it on My actions; his colleague is not told', async ({ browser, ownAreas }) => {
    // Today's meeting is under way: its first case is minuted and three actions agreed.
    const area = ownAreas.get('meeting-minuted');
    const officerAccount = area.person('police');
    const colleagueAccount = area.person('police2');
    const officer = await (await browser.newContext()).newPage();
    await new SignInPage(officer).signIn(officerAccount.email, area.password);
    await mainNav(officer).getByRole('link', { name: /^Notifications/ }).click();
    // Newest first: told of the action given to him by name, not as one of his agency's.
    await officer.getByRole('link', { name: 'An action has been given to you' }).first().click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Flag the address for an urgent response' })).toBeVisible();
    const actionPath = new URL(officer.url()).pathname;
    const action = new ActionPage(officer);
    await expect(action.detail('Person')).toContainText(officerAccount.name);
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
    await expect(officer.getByRole('row').filter({ hasText: 'Fit a panic alarm at the address' })).toContainText(area.person('chair').name);

    const colleague = await (await browser.newContext()).newPage();
    await new SignInPage(colleague).signIn(colleagueAccount.email, area.password);
    await colleague.goto('/notifications?unread=1');
    await expect(colleague.getByRole('link', { name: /^An action has been given to/ })).toHaveCount(0);

    // He hands it to her: she is told by name, and the history says who gave it to whom.
    await officer.goto(actionPath);
    await action.reassign(colleagueAccount.name, 'On leave from Monday');
    await expect(officer.getByText(`Reassigned from ${officerAccount.name} to ${colleagueAccount.name}`)).toBeVisible();
    await expect(action.detail('Person')).toContainText(colleagueAccount.name);
    await expectNoAxeViolations(officer);
    await colleague.reload();
    await expect(colleague.getByRole('link', { name: 'An action has been given to you' })).toHaveCount(1);
  });

  test('the coordinator finalises; the minutes page shows what was typed and a correction; the PDF is marked OFFICIAL-SENSITIVE and holds no protected field', async ({ browser, page, ownAreas }) => {
    // Today's meeting is under way: its first case is minuted and three actions agreed.
    const area = ownAreas.get('meeting-minuted');
    const { today: agendaPath, firstCase: minutedCase } = area.meeting;
    const coordinatorAccount = area.person('coordinator');
    // The police referrer sees the victim's protected address on the case record.
    const police = await (await browser.newContext()).newPage();
    await new SignInPage(police).signIn(area.person('police').email, area.password);
    const agenda = new AgendaPage(police);
    await agenda.open(agendaPath);
    await agenda.caseWithChildren(0).getByRole('link').first().click();
    await expect(police.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    const addressRow = police.locator('.govuk-summary-list__row').filter({ has: police.getByText('Current address', { exact: true }) });
    const address = (await addressRow.getByRole('definition').innerText()).trim();
    expect(address.length).toBeGreaterThan(5);

    await new SignInPage(page).signIn(coordinatorAccount.email, area.password);
    const run = new MeetingRunPage(page);
    await run.open(agendaPath);
    await run.finalise();
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
    await expect(said(revision, 'Corrected by')).toHaveText(`${coordinatorAccount.name}, Kestrel Vale Community Safety Partnership`);
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
    await expect(said(page.getByRole('region', { name: 'Revision 1: the minutes as finalised' }), 'Finalised by')).toContainText(coordinatorAccount.name);
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
    await new SignInPage(housing).signIn(area.person('housing').email, area.password);
    await expect(housing.getByRole('heading', { name: 'New minutes to read' })).toBeVisible();

    // An agency that did not attend is offered the minutes, not a statement it can no longer confirm.
    const health = await (await browser.newContext()).newPage();
    await new SignInPage(health).signIn(area.person('health').email, area.password);
    await new MeetingRunPage(health).open(agendaPath);
    await expect(health.getByText('Minutes finalised', { exact: true })).toBeVisible();
    await expect(health.getByRole('button', { name: 'I confirm the confidentiality statement' })).toHaveCount(0);
    await expect(health.getByText(/Confirm the confidentiality statement/)).toHaveCount(0);
    await expect(health.getByRole('main')).not.toContainText(/KV-\d{4}-\d{4}/);
    await expectNoAxeViolations(health);
    await shot(health, 'run-after-finalising');
    await health.getByRole('link', { name: 'Read the finalised minutes' }).click();
    await expect(health.getByRole('region', { name: new RegExp(`^${minutedCase} `) })).toContainText('IDVA to lead; target hardening; housing to assess for a transfer');
  });

  test('housing is told of the action it was given at the meeting, works it to completion, and the coordinator’s counts change', async ({ browser, ownAreas }) => {
    // Today's meeting is under way: its first case is minuted and three actions agreed.
    const area = ownAreas.get('meeting-minuted');
    const coordinator = await (await browser.newContext()).newPage();
    await new SignInPage(coordinator).signIn(area.person('coordinator').email, area.password);
    const counts = agencyActionCounts(coordinator, 'Kestrel Vale Housing Options');
    const [openBefore, , onTimeBefore] = await counts();

    const housing = await (await browser.newContext()).newPage();
    await new SignInPage(housing).signIn(area.person('housing').email, area.password);
    await mainNav(housing).getByRole('link', { name: /^Notifications/ }).click();
    await housing.getByRole('link', { name: 'An action has been given to your agency' }).first().click();
    const action = new ActionPage(housing);
    await expect(action.updateHeading()).toBeVisible();
    await expect(housing.getByRole('heading', { level: 1, name: /Assess for a management transfer/ })).toBeVisible();
    await action.saveUpdate('In progress', { note: 'Transfer panel booked for Thursday' });
    await action.expectSaved();
    await action.saveUpdate('Completed', { done: 'Management transfer agreed; keys on Friday' });
    await action.expectCompleted();
    await expectNoAxeViolations(housing);

    await coordinator.reload();
    const [openAfter, , onTimeAfter] = await counts();
    expect([openAfter, onTimeAfter]).toEqual([openBefore - 1, onTimeBefore + 1]);
  });

  test('a meeting whose day has not come cannot be started: the chair is told when it can', async ({ browser, page, ownAreas }) => {
    // A meeting in six weeks, holding the cases deferred from today's.
    const area = ownAreas.get('meeting-not-yet');
    const laterPath = area.meeting.later;
    const coordinator = await (await browser.newContext()).newPage();
    await new SignInPage(coordinator).signIn(area.person('coordinator').email, area.password);
    const agenda = new AgendaPage(coordinator);
    await agenda.open(laterPath);
    await agenda.publish();
    await new SignInPage(page).signIn(area.person('chair').email, area.password);
    await new MeetingRunPage(page).open(laterPath);
    await expect(page.getByText(/^The meeting can be started on the day it is held, \d{1,2} \w+ \d{4}/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the meeting' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, 'run-before-its-day');
  });
});
