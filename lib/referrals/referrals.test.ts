import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cases, referralMatches, referrals } from '@/db/schema';
import { getCase } from '@/lib/cases/get';
import { listCases } from '@/lib/cases/list';
import { revealProtectedFields } from '@/lib/cases/reveal';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsFor, auditEventsOf, makeAgency, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { completeForm, type FormOptions } from '@/test/referral-form';
import { createReferral } from './create';
import { referralSteps, type ReferralStep } from './form/fields';
import type { ReferralForm } from './form/schemas';
import { getReferral } from './get';
import { listAgencyReferrals, listScreeningQueue } from './list';
import { saveReferralStep } from './save-step';
import { screenReferral } from './screen';
import { submitReferral } from './submit';
import type { Viewer } from '@/lib/auth/viewer-type';

/** Fills in every step as the referrer would, and submits. */
async function refer(viewer: Viewer, options: FormOptions = {}) {
  const { referralId } = await createReferral(viewer);
  const form = completeForm(options);
  let version = 1;
  for (const step of referralSteps) {
    if (form[step] === undefined) continue;
    ({ version } = await saveReferralStep(viewer, { referralId, version, step: step as ReferralStep, values: form[step] as ReferralForm[ReferralStep] }));
  }
  await submitReferral(viewer, { referralId, version });
  return referralId;
}

async function versionOf(referralId: string) {
  const db = await getDb();
  const [row] = await db.select({ version: referrals.version }).from(referrals).where(eq(referrals.id, referralId));
  return row.version;
}

async function accept(coordinator: Viewer, referralId: string, matches: Record<string, 'confirmed' | 'rejected'> = {}) {
  return screenReferral(coordinator, { referralId, version: await versionOf(referralId), decision: 'accept', note: '', matches });
}

describe('a referral from draft to case', () => {
  it('saves steps as a draft, computes the score and criteria, and submits when complete', async () => {
    const { as } = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    const { version } = await saveReferralStep(as.officer, { referralId, version: 1, step: 'victim', values: completeForm().victim });
    await expect(submitReferral(as.officer, { referralId, version })).rejects.toMatchObject({
      fieldErrors: expect.objectContaining({ perpetrator: expect.stringContaining('Perpetrator') }),
    });

    const id = await refer(as.officer, { yes: 15 });
    const detail = await getReferral(as.officer, id);
    expect(detail).toMatchObject({ status: 'submitted', scores: { risk: 15 }, criteria: { visibleHighRisk: true } });
    expect((await auditEventsFor(id)).map((e) => e.action)).toEqual([
      'referral.create',
      ...Array(8).fill('referral.save'),
      'referral.submit',
      'referral.view',
    ]);
  });

  it('"Save and continue" saves a step only when it is complete, naming each missing answer; a draft save keeps what is there', async () => {
    const { as } = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    const halfDone = { answers: { q1: 'yes', q2: 'no' }, sources: {}, markedStalking: '' };
    await expect(saveReferralStep(as.officer, { referralId, version: 1, step: 'risk', values: halfDone, complete: true })).rejects.toMatchObject({
      fieldErrors: expect.objectContaining({ 'answers.q3': expect.stringMatching(/^Answer question 3/), 'answers.q24': expect.stringMatching(/^Answer question 24/) }),
    });
    expect(await versionOf(referralId)).toBe(1);
    expect((await auditEventsFor(referralId)).map((e) => e.action)).toEqual(['referral.create']);

    const { version } = await saveReferralStep(as.officer, { referralId, version: 1, step: 'risk', values: halfDone });
    expect(version).toBe(2);
    const whole = completeForm().risk!;
    await expect(saveReferralStep(as.officer, { referralId, version, step: 'risk', values: whole, complete: true })).resolves.toEqual({ version: 3 });
    expect((await getReferral(as.officer, referralId)).form.risk?.answers).toEqual(whole.answers);
  });

  it('refuses to submit a referral whose risk question 8 (stalking) is "yes" with the stalking screen left blank, saying so on the stalking step', async () => {
    const { as } = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    const form = completeForm({ yes: 15 });
    expect(form.risk?.answers.q8).toBe('yes');
    let version = 1;
    for (const step of referralSteps.filter((s) => s !== 'stalking')) {
      ({ version } = await saveReferralStep(as.officer, { referralId, version, step, values: form[step] as ReferralForm[ReferralStep] }));
    }
    const refused = await submitReferral(as.officer, { referralId, version }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(InputRejected);
    expect((refused as InputRejected).fieldErrors).toEqual({ stalking: 'Stalking screen: Complete “Stalking screen”' });
    expect((await getReferral(as.officer, referralId)).status).toBe('draft');
    // With the screen answered, it goes.
    ({ version } = await saveReferralStep(as.officer, { referralId, version, step: 'stalking', values: form.stalking! }));
    await submitReferral(as.officer, { referralId, version });
    expect((await getReferral(as.officer, referralId)).status).toBe('submitted');
  });

  it('refuses a save made from a stale version, and keeps the newer one', async () => {
    const { as } = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    await saveReferralStep(as.officer, { referralId, version: 1, step: 'victim', values: completeForm({ victimName: 'First Save' }).victim });
    await expect(saveReferralStep(as.officer, { referralId, version: 1, step: 'victim', values: completeForm({ victimName: 'Second Save' }).victim })).rejects.toBeInstanceOf(StaleVersion);
    expect((await getReferral(as.officer, referralId)).form.victim?.name).toBe('First Save');
  });

  it('the coordinator accepts into a new numbered case; returns with a question; the referrer answers and resubmits', async () => {
    const { as } = await makeAreaWithStaff();
    const first = await refer(as.officer, { yes: 15, victimName: 'Rowan Ashby', victimDob: '1985-02-02' });
    const { caseId } = await accept(as.coordinator, first);
    const record = await getCase(as.coordinator, caseId!);
    expect(record.number).toMatch(/^MARAC-\d{4}-0001$/);
    expect(record.awaitingMeeting).toBe(true);

    const second = await refer(as.housingOfficer, { yes: 3, professionalJudgement: true, victimName: 'Billie Crane', victimDob: '1979-09-09' });
    await expect(screenReferral(as.coordinator, { referralId: second, version: await versionOf(second), decision: 'return', note: ' ', matches: {} })).rejects.toBeInstanceOf(InputRejected);
    await screenReferral(as.coordinator, { referralId: second, version: await versionOf(second), decision: 'return', note: 'Has the victim been told?', matches: {} });
    expect((await getReferral(as.housingOfficer, second)).status).toBe('returned');
    await expect(submitReferral(as.housingOfficer, { referralId: second, version: await versionOf(second) })).rejects.toMatchObject({ fieldErrors: { answer: expect.any(String) } });
    await submitReferral(as.housingOfficer, { referralId: second, version: await versionOf(second), answer: 'Yes, on 3 March' });
    const detail = await getReferral(as.housingOfficer, second);
    expect(detail.history.map((h) => [h.to, h.note])).toEqual([
      ['draft', null],
      ['submitted', null],
      ['returned', 'Has the victim been told?'],
      ['submitted', 'Yes, on 3 March'],
    ]);
  });

  it('declines with a reason', async () => {
    const { as } = await makeAreaWithStaff();
    const id = await refer(as.officer, { yes: 2 });
    await screenReferral(as.coordinator, { referralId: id, version: await versionOf(id), decision: 'decline', note: 'Does not meet the criteria', matches: {} });
    expect((await getReferral(as.officer, id)).status).toBe('declined');
    expect((await auditEventsFor(id)).some((e) => e.action === 'referral.decline')).toBe(true);
  });
});

describe('matching and repeats', () => {
  it('finds “Jon Smyth” for “John Smith” with the same date of birth, and not with another', async () => {
    const { as } = await makeAreaWithStaff();
    const original = await refer(as.officer, { victimName: 'John Smith', victimDob: '1980-06-15', perpetratorName: 'Pat Unrelated One' });
    await accept(as.coordinator, original);

    const alike = await refer(as.officer, { victimName: 'Jon Smyth', victimDob: '1980-06-15', perpetratorName: 'Kim Unrelated Two' });
    const otherDob = await refer(as.officer, { victimName: 'Jon Smyth', victimDob: '1981-06-15', perpetratorName: 'Lee Unrelated Three' });
    const matches = (await getReferral(as.coordinator, alike)).matches!;
    expect(matches.map((m) => [m.kind, m.victimName])).toEqual([['victim', 'John Smith']]);
    expect((await getReferral(as.coordinator, otherDob)).matches).toEqual([]);
  });

  it('marks a repeat only when the matched case was heard within 12 months', async () => {
    const { as } = await makeAreaWithStaff();
    const db = await getDb();
    const heardRecently = await refer(as.officer, { victimName: 'Morgan Reed', victimDob: '1992-03-03', perpetratorName: 'Perp Recent' });
    const { caseId: recentCase } = await accept(as.coordinator, heardRecently);
    const heardLongAgo = await refer(as.officer, { victimName: 'Dana Holt', victimDob: '1975-07-07', perpetratorName: 'Perp Old' });
    const { caseId: oldCase } = await accept(as.coordinator, heardLongAgo);
    const day = (monthsAgo: number) => new Date(Date.now() - monthsAgo * 30.5 * 86_400_000).toISOString().slice(0, 10);
    await db.update(cases).set({ lastMaracOn: day(5) }).where(eq(cases.id, recentCase!));
    await db.update(cases).set({ lastMaracOn: day(14) }).where(eq(cases.id, oldCase!));

    const again = await refer(as.officer, { victimName: 'Morgan Reed', victimDob: '1992-03-03', perpetratorName: 'Perp Recent' });
    const [victimMatch, perpMatch] = (await getReferral(as.coordinator, again)).matches!;
    expect(victimMatch).toMatchObject({ kind: 'victim', caseId: recentCase, withinTwelveMonths: true });
    expect(perpMatch).toMatchObject({ kind: 'perpetrator', caseId: recentCase });
    await expect(accept(as.coordinator, again)).rejects.toMatchObject({ fieldErrors: { matches: expect.any(String) } });
    const accepted = await accept(as.coordinator, again, { [victimMatch.id]: 'confirmed', [perpMatch.id]: 'confirmed' });
    expect(accepted).toEqual({ caseId: recentCase, repeat: true });

    const late = await refer(as.officer, { victimName: 'Dana Holt', victimDob: '1975-07-07', perpetratorName: 'Perp Old' });
    const lateMatches = (await getReferral(as.coordinator, late)).matches!;
    expect(lateMatches.every((m) => m.withinTwelveMonths === false)).toBe(true);
    const decided = Object.fromEntries(lateMatches.map((m) => [m.id, 'confirmed' as const]));
    expect(await accept(as.coordinator, late, decided)).toEqual({ caseId: oldCase, repeat: false });

    // A rejected match leaves the referral to a case of its own.
    const lookalike = await refer(as.officer, { victimName: 'Morgan Reed', victimDob: '1992-03-03', perpetratorName: 'Someone Else Entirely' });
    const [m] = (await getReferral(as.coordinator, lookalike)).matches!;
    const result = await accept(as.coordinator, lookalike, { [m.id]: 'rejected' });
    expect(result.caseId).not.toBe(recentCase);
    const [stored] = await db.select().from(referralMatches).where(eq(referralMatches.id, m.id));
    expect(stored).toMatchObject({ decision: 'rejected', decidedBy: as.coordinator.userId });
  });
});

describe('need to know', () => {
  it('answers “not found” to another agency before the case is listed, in reads and in forged changes', async () => {
    const { as } = await makeAreaWithStaff();
    const id = await refer(as.officer);
    const { caseId } = await accept(as.coordinator, id);

    for (const call of [() => getReferral(as.housingOfficer, id), () => getCase(as.housingOfficer, caseId!)]) {
      await expect(call()).rejects.toMatchObject({ asNotFound: true });
    }
    // A forged server-action call with another agency's referral id.
    const draft = (await createReferral(as.officer)).referralId;
    await expect(saveReferralStep(as.housingOfficer, { referralId: draft, version: 1, step: 'victim', values: completeForm().victim })).rejects.toMatchObject({ asNotFound: true });
    await expect(submitReferral(as.housingOfficer, { referralId: draft, version: 1 })).rejects.toBeInstanceOf(AccessDenied);
    await expect(screenReferral(as.officer, { referralId: id, version: 1, decision: 'decline', note: 'x', matches: {} })).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'referral.screen', outcome: 'denied', resourceType: 'referral', resourceId: id, detail: 'not_found' });
    const refused = (await auditEventsOf(as.housingOfficer.requestId)).filter((e) => e.outcome === 'denied');
    // The step and the submission are refused alike (the same action and record): the list keeps both, in order.
    expect(refused.map((e) => [e.action, e.resourceId, e.detail])).toEqual([
      ['referral.view', id, 'not_found'],
      ['case.view', caseId, 'not_found'],
      ['referral.edit', draft, 'not_found'],
      ['referral.edit', draft, 'not_found'],
    ]);

    // The chair and coordinators of the area see it; an admin and another area's coordinator do not.
    await expect(getCase(as.chair, caseId!)).resolves.toBeDefined();
    await expect(getCase(as.admin, caseId!)).rejects.toMatchObject({ asNotFound: true });
    const elsewhere = await makeAreaWithStaff();
    await expect(getCase(elsewhere.as.coordinator, caseId!)).rejects.toMatchObject({ asNotFound: true });
    for (const viewer of [as.admin, elsewhere.as.coordinator]) {
      await expectAudit(viewer, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: caseId!, detail: 'not_found' });
    }
    expect((await listCases(as.housingOfficer, { page: 1, pageSize: 10, sort: 'number', direction: 'asc' })).total).toBe(0);
    expect((await listCases(as.officer, { page: 1, pageSize: 10, sort: 'number', direction: 'asc' })).total).toBe(1);
  });

  it('hides protected fields from agencies other than the referrer, IDVA and police, and records each reveal with its reason', async () => {
    const { as, area } = await makeAreaWithStaff();
    // Housing refers, so housing sees the address; the police chair does too; the coordinator (other) must reveal.
    const id = await refer(as.housingOfficer);
    const { caseId } = await accept(as.coordinator, id);
    expect((await getCase(as.housingOfficer, caseId!)).current?.form.victim?.address).toBe('1 Safe Street, Testtown');
    expect((await getCase(as.chair, caseId!)).current?.protectedHidden).toBe(false);
    const idva = await signedIn((await makeUser((await makeAgency(area.id, 'idva')).id, 'coordinator')).id);
    expect((await getCase(idva, caseId!)).current?.form.victim?.address).toBeDefined();

    const seen = await getCase(as.coordinator, caseId!);
    expect(seen.current?.protectedHidden).toBe(true);
    expect(seen.current?.form.victim?.address).toBeUndefined();
    expect(seen.current?.form.victim?.safeTimes).toBeUndefined();
    expect(seen.current?.form.victim?.name).toBe('Alex Example');

    const revealed = await revealProtectedFields(as.coordinator, { caseId: caseId!, reason: 'Arranging a safe visit with the IDVA' });
    expect(revealed).toMatchObject({ address: '1 Safe Street, Testtown', phone: '07700 900123', safeTimes: 'Weekdays 10 to 12' });
    const [event] = (await auditEventsOf(as.coordinator.requestId)).filter((e) => e.action === 'case.reveal_protected');
    expect(event).toMatchObject({ caseId, justification: 'Arranging a safe visit with the IDVA', outcome: 'allowed' });
    await expect(revealProtectedFields(as.officer, { caseId: caseId!, reason: 'Curious about the address' })).rejects.toMatchObject({ asNotFound: true });
    await expectAudit(as.officer, { action: 'case.reveal_protected', outcome: 'denied', resourceType: 'case', resourceId: caseId!, detail: 'not_found' });
  });
});

describe('lists', () => {
  it('shows the referrer their agency’s referrals and the coordinator a queue sorted and filtered in SQL', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    await refer(as.officer, { yes: 16, victimName: 'Queue One' });
    await refer(as.housingOfficer, { yes: 4, professionalJudgement: true, victimName: 'Queue Two' });
    await createReferral(as.officer); // a draft: the referrer sees it, the queue does not

    const mine = await listAgencyReferrals(as.officer, { page: 1, pageSize: 10, sort: 'updated', direction: 'desc' });
    expect(mine.total).toBe(2);
    const queue = await listScreeningQueue(as.coordinator, { page: 1, pageSize: 10, sort: 'score', direction: 'desc', status: 'submitted' });
    expect(queue.rows.map((r) => [r.victimName, r.riskScore])).toEqual([
      ['Queue One', 16],
      ['Queue Two', 4],
    ]);
    const housingOnly = await listScreeningQueue(as.coordinator, { page: 1, pageSize: 10, sort: 'score', direction: 'desc', agencyId: agencies.housing.id });
    expect(housingOnly.rows.map((r) => r.victimName)).toEqual(['Queue Two']);
    await expect(listScreeningQueue(as.officer, { page: 1, pageSize: 10, sort: 'score', direction: 'desc' })).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'referral.screen', outcome: 'denied', resourceType: 'referral', resourceId: null, detail: 'not_permitted' });
  });
});


describe('the screening queue’s possible earlier cases', () => {
  it('shows every undecided match, says which is a possible repeat, and shows the referrer none', async () => {
    const { as } = await makeAreaWithStaff();
    const db = await getDb();
    const day = (monthsAgo: number) => new Date(Date.now() - monthsAgo * 30.5 * 86_400_000).toISOString().slice(0, 10);
    const { caseId: recent } = await accept(as.coordinator, await refer(as.officer, { victimName: 'Rowan Queue', victimDob: '1990-01-02', perpetratorName: 'Perp Queue One' }));
    const { caseId: old } = await accept(as.coordinator, await refer(as.officer, { victimName: 'Sasha Queue', victimDob: '1985-04-05', perpetratorName: 'Perp Queue Two' }));
    const { caseId: unheard } = await accept(as.coordinator, await refer(as.officer, { victimName: 'Tyler Queue', victimDob: '1979-09-09', perpetratorName: 'Perp Queue Three' }));
    await db.update(cases).set({ lastMaracOn: day(5) }).where(eq(cases.id, recent!));
    await db.update(cases).set({ lastMaracOn: day(14) }).where(eq(cases.id, old!));
    expect(unheard).toBeTruthy();

    const repeat = await refer(as.officer, { victimName: 'Rowan Queue', victimDob: '1990-01-02', perpetratorName: 'Nobody Alike Alpha' });
    const earlier = await refer(as.officer, { victimName: 'Sasha Queue', victimDob: '1985-04-05', perpetratorName: 'Nobody Alike Bravo' });
    const neverHeard = await refer(as.officer, { victimName: 'Tyler Queue', victimDob: '1979-09-09', perpetratorName: 'Nobody Alike Charlie' });
    const fresh = await refer(as.officer, { victimName: 'Uma Queue', victimDob: '2001-12-12', perpetratorName: 'Nobody Alike Delta' });
    // Two earlier cases at once: the victim of one, the perpetrator of another.
    const both = await refer(as.officer, { victimName: 'Sasha Queue', victimDob: '1985-04-05', perpetratorName: 'Perp Queue Three' });

    const queue = await listScreeningQueue(as.coordinator, { page: 1, pageSize: 25, sort: 'submitted', direction: 'asc', status: 'submitted' });
    const flags = Object.fromEntries(queue.rows.map((r) => [r.id, [r.possibleRepeat, r.possibleEarlierCases]]));
    expect([flags[repeat], flags[earlier], flags[neverHeard], flags[fresh], flags[both]]).toEqual([
      [true, 1],
      [false, 1],
      [false, 1],
      [false, 0],
      [false, 2],
    ]);
    // Sorted and paged in SQL with the flags: the second page of two a page holds the third referral.
    const second = await listScreeningQueue(as.coordinator, { page: 2, pageSize: 2, sort: 'submitted', direction: 'asc', status: 'submitted' });
    expect(second.rows.map((r) => r.id)).toEqual([neverHeard, fresh]);
    expect(second.rows.map((r) => r.possibleEarlierCases)).toEqual([1, 0]);

    // A referrer quoting the reference on the confirmation page finds the referral.
    const { reference } = queue.rows.find((r) => r.id === earlier)!;
    expect(reference).toBe(`R-${earlier.slice(0, 8).toUpperCase()}`);
    const found = await listScreeningQueue(as.coordinator, { page: 1, pageSize: 25, sort: 'submitted', direction: 'asc', search: reference.toLowerCase() });
    expect(found.rows.map((r) => r.id)).toEqual([earlier]);

    // The referrer's own list says nothing of other cases.
    const mine = await listAgencyReferrals(as.officer, { page: 1, pageSize: 25, sort: 'updated', direction: 'desc' });
    expect(mine.rows.every((r) => !r.possibleRepeat && r.possibleEarlierCases === 0)).toBe(true);

    // Once the coordinator has decided, the match is no longer "possible".
    const [m] = (await getReferral(as.coordinator, earlier)).matches!;
    await accept(as.coordinator, earlier, { [m.id]: 'rejected' });
    const after = await listScreeningQueue(as.coordinator, { page: 1, pageSize: 25, sort: 'submitted', direction: 'asc' });
    expect(after.rows.find((r) => r.id === earlier)).toMatchObject({ possibleRepeat: false, possibleEarlierCases: 0 });
  });
});

describe('a joint referral', () => {
  it('names another open agency of the area on the first step; any other id is refused as not on the list', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const elsewhere = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    const detail = await getReferral(as.officer, referralId);
    // The other agencies of the area, not the referring one.
    expect(detail.jointAgencyChoices.map((c) => c.value).sort()).toEqual([staff.agencies.csp.id, staff.agencies.housing.id].sort());
    const referrer = { ...completeForm().referrer!, jointAgency: '' };
    for (const forged of [staff.agencies.police.id, elsewhere.agencies.housing.id, randomUUID()]) {
      await expect(saveReferralStep(as.officer, { referralId, version: 1, step: 'referrer', values: { ...referrer, jointAgency: forged } })).rejects.toMatchObject({
        fieldErrors: { jointAgency: 'Select an agency from the list' },
      });
    }
    await expect(saveReferralStep(as.officer, { referralId, version: 1, step: 'referrer', values: { ...referrer, jointAgency: 'not-an-id' } })).rejects.toBeInstanceOf(InputRejected);
    await saveReferralStep(as.officer, { referralId, version: 1, step: 'referrer', values: { ...referrer, jointAgency: staff.agencies.housing.id } });
    const db = await getDb();
    const [row] = await db.select({ jointAgencyId: referrals.jointAgencyId }).from(referrals).where(eq(referrals.id, referralId));
    expect(row.jointAgencyId).toBe(staff.agencies.housing.id);
    expect(await getReferral(as.officer, referralId)).toMatchObject({ jointAgencyName: staff.agencies.housing.name });
  });
});
