import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agendaItems, meetings } from '@/db/schema';
import { withViewer } from '@/lib/auth/with-viewer';
import { makeActions } from '@/test/actions';
import { makeAcceptedCase } from '@/test/cases';
import { makeAreaWithStaff } from '@/test/factories';
import { can, type CaseRelation } from '.';
import { caseRelationsOf, visibleCaseIds } from './cases';

/** Lists a case on a meeting of the area, `days` from today, with the agenda in the given state. */
async function listOn(areaId: string, caseId: string, days: number, status: 'scheduled' | 'agenda_published' | 'finalised') {
  const db = await getDb();
  const [m] = await db.insert(meetings).values({ areaId, startsAt: new Date(Date.now() + days * 86_400_000), status }).returning();
  await db.insert(agendaItems).values({ meetingId: m.id, caseId, position: 1 });
}

describe('the case relations, from one definition', () => {
  it('find the same cases for one case (then the policy) as for a list, for every viewer', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const referred = await makeAcceptedCase(staff, { victim: 'Relation Referred' });
    const [action] = await makeActions(staff, [{ agency: 'housing', due: 5, description: 'Visit' }]);
    const listedNow = await makeAcceptedCase(staff, { victim: 'Relation Listed' });
    await listOn(staff.area.id, listedNow.id, 3, 'agenda_published');
    const listedLongAgo = await makeAcceptedCase(staff, { victim: 'Relation Heard' });
    await listOn(staff.area.id, listedLongAgo.id, -40, 'finalised');
    const onDraft = await makeAcceptedCase(staff, { victim: 'Relation Draft' });
    await listOn(staff.area.id, onDraft.id, 10, 'scheduled');
    const caseIds = [referred.id, action.caseId, listedNow.id, listedLongAgo.id, onDraft.id];

    const seen: Record<string, Record<string, string>> = {};
    for (const [who, viewer] of Object.entries(as)) {
      const { one, list } = await withViewer(viewer, async (tx, me) => {
        const one = new Map<string, CaseRelation[]>();
        for (const id of caseIds) one.set(id, await caseRelationsOf(tx, me, id));
        return { one, list: await visibleCaseIds(tx, me, caseIds) };
      });
      seen[who] = {};
      for (const id of caseIds) {
        const relations = one.get(id)!;
        const byOne = can(viewer, 'case.view', { areaId: staff.area.id, caseRelations: relations });
        expect(byOne, `${who} on ${id}`).toBe(list.has(id));
        const byArea = can(viewer, 'case.view', { areaId: staff.area.id, caseRelations: [] });
        seen[who][id] = byArea ? 'area' : byOne ? relations.join('+') : '-';
      }
    }
    const row = (who: string) => caseIds.map((id) => seen[who][id]);
    // referred by police · housing owns an action · listed now · heard 40 days ago · on a draft agenda
    expect(row('officer')).toEqual(['referrer', '-', 'referrer+listed', 'referrer', 'referrer']);
    expect(row('housingOfficer')).toEqual(['-', 'action_owner', 'listed', '-', '-']);
    expect(row('coordinator')).toEqual(['area', 'area', 'area', 'area', 'area']);
    expect(row('chair')).toEqual(['area', 'area', 'area', 'area', 'area']);
    expect(row('admin')).toEqual(['-', '-', '-', '-', '-']);
  });
});
