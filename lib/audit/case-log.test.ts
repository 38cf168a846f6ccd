import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { auditEvents } from '@/db/schema';
import { getCase } from '@/lib/cases/get';
import { revealProtectedFields } from '@/lib/cases/reveal';
import { AccessDenied } from '@/lib/errors';
import { buildAgenda, getAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { makeAcceptedCase } from '@/test/cases';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff, makeUser, newRequest, signedIn } from '@/test/factories';
import { exportCaseAccessLog, getCaseAccessLog, CASE_LOG_PAGE_SIZE } from './case-log';
import { AUDIT_COUNT_CAP } from './scope';

const REASON = 'Arranging a joint home visit with the IDVA next week';

/**
 * An area with two cases referred by its police officer: case A listed on a published agenda (so the
 * agenda's views show it through case_ids), case B not. The coordinator opens A and reveals its protected
 * details with a reason; the officer opens the agenda; the coordinator opens B. The area has an IG lead.
 */
async function caseWithHistory() {
  const staff = await makeAreaWithStaff();
  const { as, agencies } = staff;
  const caseA = await makeAcceptedCase(staff, { victim: 'Access Person', awaiting: true });
  const caseB = await makeAcceptedCase(staff, { victim: 'Other Person', awaiting: false });
  const igLeadUser = await makeUser(agencies.csp.id, 'ig_lead', { name: 'Test IG lead' });
  const igLead = await signedIn(igLeadUser.id);

  const date = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const { meetingId } = await scheduleMeeting(as.coordinator, { date, time: '10:00', venue: 'Council offices', videoLink: '', chairUserId: '' });
  await buildAgenda(as.coordinator, meetingId);
  await publishAgenda(as.coordinator, meetingId);

  await getCase(as.coordinator, caseA.id);
  await revealProtectedFields(as.coordinator, { caseId: caseA.id, reason: REASON });
  const agenda = await getAgenda(as.officer, meetingId);
  expect(agenda.sections.flatMap((s) => s.items.map((i) => i.caseId))).toEqual([caseA.id]);
  await getCase(as.coordinator, caseB.id);
  return { ...staff, caseA, caseB, meetingId, igLead, igLeadUser };
}

describe('who has seen this case', () => {
  it('lists a case’s views, its reveal with the reason, and the agenda that showed it, and nothing of other cases', async () => {
    const { as, users: u, caseA, caseB, igLead } = await caseWithHistory();
    const log = await getCaseAccessLog(as.coordinator, caseA.id, {});

    const seen = log.rows.map((r) => [r.action, r.userName, r.outcome]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['case.view', u.coordinator.name, 'allowed'],
        ['case.reveal_protected', u.coordinator.name, 'allowed'],
        ['agenda.view', u.officer.name, 'allowed'],
      ]),
    );
    const reveal = log.rows.find((r) => r.action === 'case.reveal_protected')!;
    expect(reveal).toMatchObject({ justification: REASON, agencyName: expect.any(String), role: 'coordinator' });
    const agendaView = log.rows.find((r) => r.action === 'agenda.view' && r.userId === u.officer.id)!;
    expect(agendaView).toMatchObject({ resourceType: 'meeting', casesShown: 1 });
    expect(agendaView.meetingStartsAt).toBeInstanceOf(Date);

    // Case B's own view is not on case A's log, and case A's page shows the case by its number only.
    const db = await getDb();
    const [viewOfB] = await db.select().from(auditEvents).where(and(eq(auditEvents.caseId, caseB.id), eq(auditEvents.action, 'case.view')));
    expect(log.rows.map((r) => r.id)).not.toContain(viewOfB.id);
    expect(log.rows.every((r) => r.action !== 'case.view' || r.resourceId === caseA.id)).toBe(true);
    expect(log.case).toEqual({ id: caseA.id, number: caseA.number });
    expect(JSON.stringify(log)).not.toContain('Access Person');
    expect(log.summary).toMatchObject({ reveals: 1, refused: 0 });
    expect(log.summary.people).toBeGreaterThanOrEqual(2);
    expect([log.canOpenCase, log.canExport]).toEqual([true, true]);

    // Reading the log is an event about the case.
    const [viewing] = await auditEventsOf(as.coordinator.requestId).then((e) => e.filter((x) => x.action === 'case.access_log'));
    expect(viewing).toMatchObject({ resourceType: 'case', resourceId: caseA.id, caseId: caseA.id, outcome: 'allowed', userId: u.coordinator.id });

    // So the next reader sees the coordinator's reading, and the IG lead's.
    await getCaseAccessLog(igLead, caseA.id, {});
    const again = await getCaseAccessLog(as.coordinator, caseA.id, { action: 'case.access_log' });
    expect(again.rows.map((r) => r.role).sort()).toEqual(['coordinator', 'ig_lead']);
  });

  it('lets the information-governance lead read it by case number, while the case itself answers “not found” to them', async () => {
    const { caseA, igLead, igLeadUser } = await caseWithHistory();
    const log = await getCaseAccessLog(igLead, caseA.id, {});
    expect(log.rows.some((r) => r.action === 'case.reveal_protected' && r.justification === REASON)).toBe(true);
    expect([log.canOpenCase, log.canExport]).toEqual([false, true]);
    expect(JSON.stringify(log)).not.toContain('Access Person');

    await expect(getCase(igLead, caseA.id)).rejects.toMatchObject({ asNotFound: true });
    const events = await auditEventsOf(igLead.requestId);
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['case.access_log', 'allowed'],
      ['case.view', 'denied'],
    ]);
    expect(events[1]).toMatchObject({ userId: igLeadUser.id, resourceType: 'case', resourceId: caseA.id, detail: 'not_found' });
  });

  it('answers “not found” to agency users, even the referrer, and records the refusal, which the case’s log then shows', async () => {
    const { as, users: u, caseA } = await caseWithHistory();
    for (const viewer of [as.officer, as.housingOfficer, as.chair, as.admin]) {
      // Each attempt a request of its own, so that each is seen to be recorded.
      const [read, again, download] = [newRequest(viewer), newRequest(viewer), newRequest(viewer)];
      await expect(getCaseAccessLog(read, caseA.id, {})).rejects.toBeInstanceOf(AccessDenied);
      await expect(getCaseAccessLog(again, caseA.id, {})).rejects.toMatchObject({ asNotFound: true });
      await expect(exportCaseAccessLog(download, caseA.id, {})).rejects.toMatchObject({ asNotFound: true });
      for (const request of [read, again, download]) {
        await expectAudit(request, { action: 'case.access_log', outcome: 'denied', resourceType: 'case', resourceId: caseA.id, detail: 'not_found' });
      }
    }
    const refusals = await getCaseAccessLog(as.coordinator, caseA.id, { outcome: 'denied' });
    expect(refusals.rows.filter((r) => r.userId === u.housingOfficer.id).map((r) => r.action)).toEqual(['case.access_log', 'case.access_log', 'case.access_log']);
    expect(refusals.summary.refused).toBeGreaterThanOrEqual(12);
  });

  it('answers “not found” for a case of another area, to its coordinator and IG lead alike', async () => {
    const { caseA } = await caseWithHistory();
    const other = await makeAreaWithStaff();
    const theirLead = await signedIn((await makeUser(other.agencies.csp.id, 'ig_lead')).id);
    await expect(getCaseAccessLog(other.as.coordinator, caseA.id, {})).rejects.toMatchObject({ asNotFound: true });
    await expect(getCaseAccessLog(theirLead, caseA.id, {})).rejects.toMatchObject({ asNotFound: true });
    for (const viewer of [other.as.coordinator, theirLead]) {
      await expectAudit(viewer, { action: 'case.access_log', outcome: 'denied', resourceType: 'case', resourceId: caseA.id, detail: 'not_found' });
    }
  });

  it('filters by person, agency, kind of event, outcome and dates, and offers only what the case’s log holds', async () => {
    const { as, users: u, agencies: a, caseA } = await caseWithHistory();
    const byOfficer = await getCaseAccessLog(as.coordinator, caseA.id, { user: u.officer.id });
    expect(byOfficer.rows.map((r) => r.action)).toEqual(['agenda.view']);
    const police = await getCaseAccessLog(as.coordinator, caseA.id, { agency: a.police.id });
    expect(police.rows.every((r) => r.userId === u.officer.id)).toBe(true);
    const reveals = await getCaseAccessLog(as.coordinator, caseA.id, { action: 'case.reveal_protected' });
    expect(reveals.rows.map((r) => r.justification)).toEqual([REASON]);
    expect((await getCaseAccessLog(as.coordinator, caseA.id, { from: todayInUk(), to: todayInUk() })).total).toBeGreaterThanOrEqual(3);
    expect((await getCaseAccessLog(as.coordinator, caseA.id, { to: '2000-01-01' })).total).toBe(0);

    const { options } = await getCaseAccessLog(as.coordinator, caseA.id, {});
    expect(options.users.map((p) => p.id)).toEqual(expect.arrayContaining([u.coordinator.id, u.officer.id]));
    expect(options.users.map((p) => p.id)).not.toContain(u.housingOfficer.id);
    expect(options.actions).toEqual(expect.arrayContaining(['agenda.view', 'case.reveal_protected', 'case.view']));
    expect(options.agencies.map((x) => x.id)).toEqual(expect.arrayContaining([a.csp.id, a.police.id]));
  });

  it('pages and counts in SQL, up to the cap, whether events name the case or show it', async () => {
    const { as, area, caseA, caseB } = await caseWithHistory();
    const db = await getDb();
    await db.execute(sql`
      insert into audit_events (occurred_at, area_id, action, resource_type, case_ids, outcome)
      select now() - make_interval(secs => g), ${area.id}, 'agenda.view', 'meeting', array[${caseA.id}::uuid, ${caseB.id}::uuid], 'allowed'
      from generate_series(1, 70) g`);
    const first = await getCaseAccessLog(as.coordinator, caseA.id, {});
    const total = first.total;
    expect(total).toBeGreaterThan(70);
    expect(first.rows).toHaveLength(CASE_LOG_PAGE_SIZE);
    const second = await getCaseAccessLog(as.coordinator, caseA.id, { page: 2 });
    expect(second.page).toBe(2);
    expect(second.rows).toHaveLength(total + 1 - CASE_LOG_PAGE_SIZE); // this page's reading of page 1 came in between
    expect(second.rows[0].occurredAt <= first.rows.at(-1)!.occurredAt).toBe(true);
    // A page past the last shows the last.
    expect((await getCaseAccessLog(as.coordinator, caseA.id, { page: 99 })).page).toBe(2);

    await db.execute(sql`
      insert into audit_events (occurred_at, area_id, action, resource_type, case_id, outcome)
      select now() - interval '1 day' - make_interval(secs => g), ${area.id}, 'case.view', 'case', ${caseB.id}, 'allowed'
      from generate_series(1, ${AUDIT_COUNT_CAP + 5}) g`);
    const capped = await getCaseAccessLog(as.coordinator, caseB.id, {});
    expect([capped.total, capped.moreThanTotal, capped.rows.length]).toEqual([AUDIT_COUNT_CAP, true, CASE_LOG_PAGE_SIZE]);
    expect((await getCaseAccessLog(as.coordinator, caseA.id, {})).moreThanTotal).toBe(false);
  });

  it('downloads what the page shows for the same filters, and records the download against the case', async () => {
    const { as, users: u, caseA } = await caseWithHistory();
    const page = await getCaseAccessLog(as.coordinator, caseA.id, { user: u.coordinator.id });
    const download = await exportCaseAccessLog(as.coordinator, caseA.id, { user: u.coordinator.id });
    // The page's own reading is the one event the download holds that the page did not.
    expect(download.rows.slice(1).map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    expect(download.rows[0].action).toBe('case.access_log');
    const [event] = (await auditEventsOf(as.coordinator.requestId)).filter((e) => e.action === 'case.access_log_export');
    expect(event).toMatchObject({ caseId: caseA.id, resourceId: caseA.id, outcome: 'allowed', detail: `rows_${download.rows.length}` });
  });
});
