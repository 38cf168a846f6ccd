// A hand-built year of one area's MARAC work with known answers, for the dataset's tests: every record
// made through the product's verbs, as the people concerned, on the days the story says (the app's
// clock is set for each). Three meetings in the first two quarters of 2025, none in the third.
//
//   Q1 2025: M1 on 10 February: case A (police; Black; 2 children; perpetrator aged 17) and case B
//            (housing jointly with the IDVA service; male, LGBT+, disabled, aged 17).
//            M2 on 10 March: case A again, on a new referral the screening marked a repeat, and case C
//            (IDVA; White; 1 child). So A is heard twice in one quarter.
//   Q2 2025: M3 on 12 May: case B again, added to the agenda by hand (a repeat across quarters the
//            screening never marked), and case D (police; prefers not to say).
//   Q3 2025: nothing.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { setClock } from '@/db/clock';
import { referrals } from '@/db/schema';
import { updateActionItem } from '@/lib/action-items/work';
import { updateAreaSettings } from '@/lib/areas/settings';
import type { Viewer } from '@/lib/auth/viewer-type';
import { addCaseToAgenda, buildAgenda, getAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { finaliseMinutes } from '@/lib/meetings/finalise';
import { saveResearch } from '@/lib/meetings/research';
import { addActionItem, confirmConfidentiality, reviewIncompleteAction, startMeeting } from '@/lib/meetings/run';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { ukTimeToInstant } from '@/lib/meetings/schemas';
import { createReferral } from '@/lib/referrals/create';
import { referralSteps, type ReferralStep } from '@/lib/referrals/form/fields';
import type { ReferralForm } from '@/lib/referrals/form/schemas';
import { getReferral } from '@/lib/referrals/get';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { screenReferral } from '@/lib/referrals/screen';
import { submitReferral } from '@/lib/referrals/submit';
import { makeAgency, makeAreaWithStaff, makeUser, signedIn } from './factories';
import { completeForm } from './referral-form';

/** The UK wall-clock time of a day, as the app's clock. */
const at = (date: string, time = '09:00') => ukTimeToInstant(date, time);

/** The victims' names, addresses and the case numbers the exports must never show. */
export const fixtureVictims = ['Amara Okonjo-Field', 'Benedict Sallow', 'Cerys Linwood', 'Delphine Arkwright'];
export const fixtureAddresses = ['14 Quillan Row, Testtown', '3 Marrow Lane, Testtown', '77 Oriel Court, Testtown', '9 Hatchet Yard, Testtown'];

export async function makeDatasetFixture() {
  const staff = await makeAreaWithStaff();
  const idva = await makeAgency(staff.area.id, 'idva');
  const idvaUser = await makeUser(idva.id, 'agency');
  const ids = {
    coordinator: staff.users.coordinator.id,
    officer: staff.users.officer.id,
    housingOfficer: staff.users.housingOfficer.id,
    idvaUser: idvaUser.id,
    admin: staff.users.admin.id,
  };
  /** A fresh session at the clock's time (a session ends 12 hours after sign-in). */
  const as = async (who: keyof typeof ids): Promise<Viewer> => signedIn(ids[who]);
  const on = async <T>(instant: Date, who: keyof typeof ids, run: (me: Viewer) => Promise<T>): Promise<T> => {
    setClock(instant);
    return run(await as(who));
  };

  async function refer(who: 'officer' | 'housingOfficer' | 'idvaUser', form: ReferralForm): Promise<string> {
    const me = await as(who);
    const { referralId } = await createReferral(me);
    let version = 1;
    for (const step of referralSteps) {
      if (form[step] === undefined) continue;
      ({ version } = await saveReferralStep(me, { referralId, version, step: step as ReferralStep, values: form[step] as never }));
    }
    await submitReferral(me, { referralId, version });
    return referralId;
  }
  async function screen(referralId: string, decision: 'accept' | 'return' | 'decline', sameCase?: string) {
    const me = await as('coordinator');
    const referral = await getReferral(me, referralId);
    const matches = Object.fromEntries((referral.matches ?? []).map((m) => [m.id, m.caseId === sameCase ? ('confirmed' as const) : ('rejected' as const)]));
    return screenReferral(me, { referralId, version: referral.version, decision, note: decision === 'accept' ? '' : 'Not enough information', matches: decision === 'accept' ? matches : {} });
  }
  const victim = (o: Record<string, string>, index: number) => ({ name: fixtureVictims[index], address: fixtureAddresses[index], ...o });
  const formFor = (index: number, o: { victim: Record<string, string>; perpetratorDob?: string; children?: number; jointAgency?: string }): ReferralForm => {
    const base = completeForm({ victimName: fixtureVictims[index], perpetratorName: `Perpetrator ${index}`, perpetratorDob: o.perpetratorDob ?? '1985-01-01', children: o.children ?? 0 });
    return { ...base, referrer: { ...base.referrer!, jointAgency: o.jointAgency ?? '' }, victim: { ...base.victim!, ...victim(o.victim, index) } };
  };

  // The administrator sets the area's female population aged 16 and over.
  await on(at('2025-01-02'), 'admin', (me) => updateAreaSettings(me, { adultFemalePopulation: '100,000' }));

  // ---- Referrals for the first meeting, and one returned, one declined ----
  setClock(at('2025-01-06'));
  const a1 = await refer('officer', formFor(0, { victim: { ethnicGroup: 'black', dob: '1990-04-12' }, perpetratorDob: '2007-06-01', children: 2 }));
  setClock(at('2025-01-07'));
  const b1 = await refer('housingOfficer', formFor(1, { victim: { gender: 'male', lgbt: 'yes', disability: 'yes', dob: '2008-01-01' }, jointAgency: idva.id }));
  setClock(at('2025-01-08'));
  const caseA = (await screen(a1, 'accept')).caseId!;
  const caseB = (await screen(b1, 'accept')).caseId!;
  setClock(at('2025-01-20'));
  const returned = await refer('officer', formFor(2, { victim: { dob: '1970-01-01', name: 'Returned Person' } }));
  const declined = await refer('officer', formFor(3, { victim: { dob: '1971-01-01', name: 'Declined Person' } }));
  setClock(at('2025-01-21'));
  await screen(returned, 'return');
  setClock(at('2025-01-23'));
  await screen(declined, 'decline');

  // ---- M1, 10 February ----
  const m1 = await on(at('2025-01-27'), 'coordinator', async (me) => {
    const { meetingId } = await scheduleMeeting(me, { date: '2025-02-10', time: '10:00', venue: 'Council offices', videoLink: '', chairUserId: '' });
    await buildAgenda(me, meetingId);
    await publishAgenda(me, meetingId);
    return meetingId;
  });
  const m1Items = await itemsByCase(staff, m1);
  setClock(at('2025-02-03'));
  const officer = await as('officer');
  await saveResearch(officer, { agendaItemId: m1Items.get(caseA)!, version: 0, noTrace: 'no', facts: 'Known to police', opinion: '', risks: '', withheld: '' });
  await saveResearch(officer, { agendaItemId: m1Items.get(caseB)!, version: 0, noTrace: 'no', facts: 'One call-out', opinion: '', risks: '', withheld: '' });
  await saveResearch(await as('housingOfficer'), { agendaItemId: m1Items.get(caseA)!, version: 0, noTrace: 'yes' });
  const m1Actions = await on(at('2025-02-10', '10:00'), 'coordinator', async (me) => {
    await confirmConfidentiality(me, m1);
    await startMeeting(me, m1);
    const onTime = await addActionItem(me, { agendaItemId: m1Items.get(caseA)!, description: 'Visit', ownerAgencyId: staff.agencies.police.id, ownerUserId: ids.officer, ownerName: '', dueOn: '2025-02-24' });
    const late = await addActionItem(me, { agendaItemId: m1Items.get(caseB)!, description: 'Move', ownerAgencyId: staff.agencies.housing.id, ownerUserId: ids.housingOfficer, ownerName: '', dueOn: '2025-02-24' });
    await finaliseMinutes(me, m1);
    return { onTime: onTime.actionItemId, late: late.actionItemId };
  });
  await on(at('2025-02-20'), 'coordinator', (me) => updateActionItem(me, { actionItemId: m1Actions.onTime, version: 1, status: 'completed', note: 'Visited' }));
  await on(at('2025-03-01'), 'coordinator', (me) => updateActionItem(me, { actionItemId: m1Actions.late, version: 1, status: 'completed', note: 'Moved' }));

  // ---- Referrals for the second meeting: C, and A again (a repeat the screening confirms) ----
  setClock(at('2025-02-17'));
  const c1 = await refer('idvaUser', formFor(2, { victim: { ethnicGroup: 'white', dob: '1985-05-05' }, children: 1 }));
  setClock(at('2025-02-18'));
  const caseC = (await screen(c1, 'accept')).caseId!;
  setClock(at('2025-02-25'));
  const a2 = await refer('officer', formFor(0, { victim: { ethnicGroup: 'black', dob: '1990-04-12' }, perpetratorDob: '2007-06-01', children: 2 }));
  setClock(at('2025-02-26'));
  const a2Screened = await screen(a2, 'accept', caseA);

  // ---- M2, 10 March ----
  const m2 = await on(at('2025-03-03'), 'coordinator', async (me) => {
    const { meetingId } = await scheduleMeeting(me, { date: '2025-03-10', time: '10:00', venue: 'Council offices', videoLink: '', chairUserId: '' });
    await buildAgenda(me, meetingId);
    await publishAgenda(me, meetingId);
    return meetingId;
  });
  const m2Items = await itemsByCase(staff, m2);
  const m2Actions = await on(at('2025-03-10', '10:00'), 'coordinator', async (me) => {
    await confirmConfidentiality(me, m2);
    await startMeeting(me, m2);
    const notPossible = await addActionItem(me, { agendaItemId: m2Items.get(caseC)!, description: 'Refuge', ownerAgencyId: idva.id, ownerUserId: ids.idvaUser, ownerName: '', dueOn: '2025-03-24' });
    const notDone = await addActionItem(me, { agendaItemId: m2Items.get(caseA)!, description: 'Check bail', ownerAgencyId: staff.agencies.police.id, ownerUserId: ids.officer, ownerName: '', dueOn: '2025-03-24' });
    const onTrack = await addActionItem(me, { agendaItemId: m2Items.get(caseA)!, description: 'Review tenancy', ownerAgencyId: staff.agencies.housing.id, ownerUserId: ids.housingOfficer, ownerName: '', dueOn: '2025-12-31' });
    await finaliseMinutes(me, m2);
    return { notPossible: notPossible.actionItemId, notDone: notDone.actionItemId, onTrack: onTrack.actionItemId };
  });
  await on(at('2025-03-20'), 'coordinator', (me) => updateActionItem(me, { actionItemId: m2Actions.notPossible, version: 1, status: 'not_possible', note: 'No space' }));

  // ---- Q2: D referred; M3 on 12 May hears D and, added by hand, B again ----
  setClock(at('2025-04-28'));
  const d1 = await refer('officer', formFor(3, { victim: { ethnicGroup: 'prefers_not_to_say', lgbt: 'prefers_not_to_say', dob: '1979-09-09' } }));
  setClock(at('2025-04-29'));
  const caseD = (await screen(d1, 'accept')).caseId!;
  const m3 = await on(at('2025-05-01'), 'coordinator', async (me) => {
    const { meetingId } = await scheduleMeeting(me, { date: '2025-05-12', time: '10:00', venue: 'Council offices', videoLink: '', chairUserId: '' });
    await buildAgenda(me, meetingId);
    await addCaseToAgenda(me, { meetingId, caseId: caseB });
    await publishAgenda(me, meetingId);
    return meetingId;
  });
  const m3Items = await itemsByCase(staff, m3);
  await on(at('2025-05-12', '10:00'), 'coordinator', async (me) => {
    await confirmConfidentiality(me, m3);
    await startMeeting(me, m3);
    await reviewIncompleteAction(me, { meetingId: m3, actionItemId: m2Actions.notDone, outcome: 'not_done', note: 'No update' });
    await addActionItem(me, { agendaItemId: m3Items.get(caseD)!, description: 'Marker on address', ownerAgencyId: staff.agencies.police.id, ownerUserId: ids.officer, ownerName: '', dueOn: '2025-06-01' });
    await finaliseMinutes(me, m3);
  });

  // The figures are read in the middle of July 2025.
  setClock(at('2025-07-15'));
  return {
    staff,
    idva,
    idvaUser,
    cases: { A: caseA, B: caseB, C: caseC, D: caseD },
    meetings: { m1, m2, m3 },
    a2Repeat: a2Screened.repeat,
    /** Signs the person in at the clock's time. */
    as,
  };
}

async function itemsByCase(staff: Awaited<ReturnType<typeof makeAreaWithStaff>>, meetingId: string): Promise<Map<string, string>> {
  const agenda = await getAgenda(await signedIn(staff.users.coordinator.id), meetingId);
  return new Map(agenda.sections.flatMap((s) => s.items).map((i) => [i.caseId, i.id]));
}

/** The joint agency a referral names (read straight from its row: what the dataset counts). */
export async function jointAgencyOf(referralId: string) {
  const db = await getDb();
  const [row] = await db.select({ jointAgencyId: referrals.jointAgencyId }).from(referrals).where(eq(referrals.id, referralId));
  return row?.jointAgencyId ?? null;
}
