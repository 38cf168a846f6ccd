import { describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { incidents, incidentVersions } from '@/db/schema';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { nextIncidentNumber } from './number';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

/** Logs an entry on the case straight in the database, as the logging verb will: a number, then version 1. */
async function logEntry(tx: Tx, staff: Staff, caseId: string, pause = 0) {
  const number = await nextIncidentNumber(tx, caseId);
  // Holds the transaction open, so that concurrent loggers overlap.
  if (pause) await tx.execute(sql`select pg_sleep(${pause})`);
  const [incident] = await tx.insert(incidents).values({ areaId: staff.area.id, caseId, number }).returning();
  await tx.insert(incidentVersions).values({
    incidentId: incident.id,
    version: 1,
    occurredPrecision: 'exact',
    occurredAt: new Date('2026-10-01T21:15:00Z'),
    channel: 'social_media',
    platform: 'Instagram',
    summary: 'A message from a new account',
    behaviours: ['contacting', 'monitoring'],
    recordedBy: staff.users.officer.id,
    recordedAgencyId: staff.agencies.police.id,
  });
  return incident;
}

async function numbersOf(caseId: string) {
  const db = await getDb();
  const rows = await db.select({ number: incidents.number }).from(incidents).where(eq(incidents.caseId, caseId)).orderBy(asc(incidents.number));
  return rows.map((r) => r.number);
}

describe('incident numbers', () => {
  it('are 1, 2, 3… per case, and loggers on the same case at once never share one', async () => {
    const staff = await makeAreaWithStaff();
    const one = await makeAcceptedCase(staff, { victim: 'Numbered One' });
    const other = await makeAcceptedCase(staff, { victim: 'Numbered Other' });
    const db = await getDb();
    await Promise.all(Array.from({ length: 8 }, () => db.transaction((tx) => logEntry(tx, staff, one.id, 0.02))));
    expect(await numbersOf(one.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await db.transaction((tx) => logEntry(tx, staff, other.id));
    expect(await numbersOf(other.id)).toEqual([1]);
  });

  it('are not reused: a withdrawn entry keeps its number, and one not saved gives its number back unused', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Numbered Withdrawn' });
    const db = await getDb();
    const first = await db.transaction((tx) => logEntry(tx, staff, c.id));
    await db
      .update(incidents)
      .set({ withdrawnAt: new Date(), withdrawnBy: staff.users.officer.id, withdrawnAgencyId: staff.agencies.police.id, withdrawalReason: 'Logged twice' })
      .where(eq(incidents.id, first.id));
    await expect(
      db.transaction(async (tx) => {
        await logEntry(tx, staff, c.id);
        throw new Error('not saved');
      }),
    ).rejects.toThrow('not saved');
    await db.transaction((tx) => logEntry(tx, staff, c.id));
    expect(await numbersOf(c.id)).toEqual([1, 2]);
    // A withdrawal is whole: when, by whom, from which agency and why.
    await expect(db.update(incidents).set({ withdrawalReason: null }).where(eq(incidents.id, first.id))).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/incidents_withdrawal_whole/) },
    });
  });
});

describe('incident versions', () => {
  it('keep the behaviours as a list, and are never changed in place', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Versioned' });
    const db = await getDb();
    const incident = await db.transaction((tx) => logEntry(tx, staff, c.id));
    const [v1] = await db.select().from(incidentVersions).where(eq(incidentVersions.incidentId, incident.id));
    expect(v1.behaviours).toEqual(['contacting', 'monitoring']);
    await expect(db.update(incidentVersions).set({ summary: 'Changed' }).where(eq(incidentVersions.id, v1.id))).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/incident_versions is append-only/) },
    });
    const { id: _id, recordedAt: _at, ...content } = v1;
    // A correction needs its reason; a range needs its end; "about a date" has none.
    const correction = { ...content, version: 2, summary: 'A message from a new account, then a call' };
    await expect(db.insert(incidentVersions).values(correction)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/incident_versions_correction_reason/) } });
    await expect(db.insert(incidentVersions).values({ ...correction, correctionReason: 'Victim remembered the call', occurredPrecision: 'range' })).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/incident_versions_range/) },
    });
    await db.insert(incidentVersions).values({ ...correction, correctionReason: 'Victim remembered the call', behaviours: [] });
    const versions = await db.select().from(incidentVersions).where(eq(incidentVersions.incidentId, incident.id)).orderBy(asc(incidentVersions.version));
    expect(versions.map((v) => [v.version, v.summary, v.behaviours])).toEqual([
      [1, 'A message from a new account', ['contacting', 'monitoring']],
      [2, 'A message from a new account, then a call', []],
    ]);
  });
});
