import { expect, test, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { expectNoAxeViolations, SignInPage } from './support/pages';

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

  test('an agency sees the listed case record once the agenda is published', async ({ page }) => {
    await new SignInPage(page).signIn('probation@marac.example');
    await page.goto(agendaPath);
    const firstCase = page.getByRole('table', { name: /^Cases with children/ }).getByRole('row').nth(1);
    await firstCase.getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    // Probation is not the referrer, IDVA or police: the address stays protected.
    await expect(page.getByRole('heading', { name: 'Address and safe contact details are protected' })).toBeVisible();
  });
});
