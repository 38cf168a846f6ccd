import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { incidents, incidentVersions, preservationRequests, protectiveOrders } from '@/db/schema';
import { daysAfter } from '@/lib/dates/calendar-date';
import { withdrawIncident } from '@/lib/incidents/log';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { recordEntries } from '@/test/incidents';
import { getConductSummaries } from './summary';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

const ago = (days: number) => daysAfter(todayInUk(), -days);

// The orders and preservation registers are not built yet: their rows go straight into the tables.
async function order(staff: Staff, caseId: string, o: { madeOn: string | null; expiresOn?: string | null; dischargedOn?: string | null }) {
  const db = await getDb();
  const [row] = await db
    .insert(protectiveOrders)
    .values({ areaId: staff.area.id, caseId, type: 'restraining_order_conviction', createdBy: staff.users.officer.id, madeOn: o.madeOn, expiresOn: o.expiresOn ?? null, dischargedOn: o.dischargedOn ?? null })
    .returning();
  return row;
}

async function preservation(staff: Staff, caseId: string, status: 'sent' | 'preserved', deadlineOn: string) {
  const db = await getDb();
  await db.insert(preservationRequests).values({
    areaId: staff.area.id,
    caseId,
    platform: 'Chatterbox',
    accountIdentifiers: '@test',
    whatToPreserve: 'Posts',
    status,
    sentOn: ago(80),
    deadlineOn,
    requestedBy: staff.users.officer.id,
    requestedAgencyId: staff.agencies.police.id,
  });
}

/** Marks entry `number` a breach of the order, as a correction does (a new version; versions are never changed). */
async function markBreach(staff: Staff, caseId: string, number: number, orderId: string) {
  const db = await getDb();
  const [v] = await db
    .select({ v: incidentVersions })
    .from(incidentVersions)
    .innerJoin(incidents, eq(incidents.id, incidentVersions.incidentId))
    .where(and(eq(incidents.caseId, caseId), eq(incidents.number, number)));
  const { id: _id, recordedAt: _at, ...rest } = v.v;
  await db.insert(incidentVersions).values({ ...rest, version: 2, breachOfOrderId: orderId, correctionReason: 'A breach of the restraining order' });
}

describe('the one-line summary of a set of cases, for the MARAC', () => {
  it('gives each case with any incident, order or preservation request its figures, in one query; nothing for a case with none', async () => {
    const staff = await makeAreaWithStaff();
    const busy = await makeAcceptedCase(staff, { victim: 'Busy Case' });
    const ordersOnly = await makeAcceptedCase(staff, { victim: 'Orders Only' });
    const quiet = await makeAcceptedCase(staff, { victim: 'Quiet Case' });
    const old = await makeAcceptedCase(staff, { victim: 'Old Incidents' });

    await recordEntries(staff.as.officer, busy.id, [
      { on: ago(40), channel: 'email' }, // before the window
      { on: ago(28), channel: 'text_message' }, // its first day
      { on: ago(10), channel: 'social_media' },
      { on: ago(3), channel: 'social_media' },
      { on: ago(2), channel: 'in_person' }, // withdrawn below
    ]);
    await withdrawIncident(staff.as.officer, { caseId: busy.id, number: 5, reason: 'Logged twice' });
    const inForce = await order(staff, busy.id, { madeOn: ago(100), expiresOn: daysAfter(todayInUk(), 200) });
    await order(staff, busy.id, { madeOn: ago(400), expiresOn: ago(1) }); // expired
    await order(staff, busy.id, { madeOn: null }); // applied for, not made
    await markBreach(staff, busy.id, 3, inForce.id);
    await markBreach(staff, busy.id, 1, inForce.id); // a breach, but before the window
    await preservation(staff, busy.id, 'sent', daysAfter(todayInUk(), 10)); // near
    await preservation(staff, busy.id, 'sent', daysAfter(todayInUk(), 60)); // not near yet
    await preservation(staff, busy.id, 'preserved', daysAfter(todayInUk(), 5)); // done: nothing to flag

    await order(staff, ordersOnly.id, { madeOn: ago(10), dischargedOn: ago(1) });
    await recordEntries(staff.as.officer, old.id, [{ on: ago(90), channel: 'phone_call' }]);

    const summaries = await getConductSummaries(staff.as.coordinator, [busy.id, ordersOnly.id, quiet.id, old.id]);
    expect([...summaries.keys()].sort()).toEqual([busy.id, ordersOnly.id, old.id].sort());
    expect(summaries.get(busy.id)).toEqual({
      caseId: busy.id,
      recentIncidents: 3,
      recentChannels: ['social_media', 'text_message'],
      ordersInForce: 1,
      recentBreaches: 1,
      preservationDeadlinesNear: 1,
    });
    expect(summaries.get(ordersOnly.id)).toMatchObject({ recentIncidents: 0, recentChannels: [], ordersInForce: 0, recentBreaches: 0, preservationDeadlinesNear: 0 });
    expect(summaries.get(old.id)).toMatchObject({ recentIncidents: 0, recentChannels: [] });
    expect(await getConductSummaries(staff.as.coordinator, [])).toEqual(new Map());
  });

  it('shows only the cases whose log the viewer may see', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Seen By Some' });
    await recordEntries(staff.as.officer, c.id, [{ on: ago(1), channel: 'email' }]);
    const other = await makeAreaWithStaff();
    // The police referred it; housing has no part in it; the other area none at all; an admin sees no case content.
    expect((await getConductSummaries(staff.as.officer, [c.id])).has(c.id)).toBe(true);
    expect((await getConductSummaries(staff.as.housingOfficer, [c.id])).size).toBe(0);
    expect((await getConductSummaries(other.as.coordinator, [c.id])).size).toBe(0);
    expect((await getConductSummaries(staff.as.admin, [c.id])).size).toBe(0);
  });
});
