import { asc, count, eq, TransactionRollbackError } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actionItems, areas, cases, meetings, referralMatches, referrals, referralStatusChanges, users } from '@/db/schema';
import { listEscalations } from '@/lib/action-items/escalation';
import { referralSteps, stepProblems, todayInUk, type ReferralForm } from '@/lib/referrals/form-schema';
import { refreshMatches } from '@/lib/referrals/matching';
import { columnsFromForm } from '@/lib/referrals/record';
import { signedIn } from '@/test/factories';
import { seedDemo } from './seed';
import { DEMO_THRESHOLDS } from './seed-referrals';

async function tableCounts() {
  const db = await getDb();
  const n = async (table: typeof areas | typeof cases | typeof referrals | typeof referralStatusChanges | typeof referralMatches) =>
    (await db.select({ n: count() }).from(table))[0].n;
  return { areas: await n(areas), cases: await n(cases), referrals: await n(referrals), changes: await n(referralStatusChanges), matches: await n(referralMatches) };
}

// seedDemo fills only an empty database: with DATABASE_URL, the run's database is shared with the
// other test files, which make their own areas.
describe.skipIf(Boolean(process.env.DATABASE_URL))('the demo data', () => {
  beforeAll(async () => {
    expect(await seedDemo(await getDb())).toEqual({ seeded: true });
  });

  async function all() {
    const db = await getDb();
    return {
      rows: await db.select().from(referrals),
      caseRows: await db.select().from(cases),
      changes: await db.select().from(referralStatusChanges).orderBy(asc(referralStatusChanges.at)),
      matches: await db.select().from(referralMatches),
    };
  }

  it('has referrals in every state, and cases numbered KV-year-sequence', async () => {
    const { rows, caseRows } = await all();
    const byStatus = Object.fromEntries(['draft', 'submitted', 'returned', 'declined', 'accepted'].map((s) => [s, rows.filter((r) => r.status === s).length]));
    expect(byStatus).toEqual({ draft: 5, submitted: 8, returned: 3, declined: 3, accepted: 21 });
    expect(caseRows).toHaveLength(17);
    const [area] = await (await getDb()).select().from(areas);
    expect(area.caseNumberPrefix).toBe('KV');

    const numbers = caseRows.map((c) => c.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const c of caseRows) {
      expect(c.number).toMatch(/^KV-\d{4}-\d{4}$/);
      expect(Number(c.number.slice(-4))).toBe(c.sequence);
      expect(c.number.slice(3, 7)).toBe(String(c.createdAt.getUTCFullYear()));
    }
    // Each year's sequence runs 1, 2, 3… in the order the cases were opened.
    const years = [...new Set(caseRows.map((c) => c.number.slice(3, 7)))];
    for (const year of years) {
      const ofYear = caseRows.filter((c) => c.number.slice(3, 7) === year).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      expect(ofYear.map((c) => c.sequence)).toEqual(ofYear.map((_, i) => i + 1));
    }

    // Only accepted referrals belong to a case; every case has one.
    for (const r of rows) expect(r.caseId !== null).toBe(r.status === 'accepted');
    expect(new Set(rows.map((r) => r.caseId).filter(Boolean)).size).toBe(17);
  });

  it('has heard and waiting cases, one heard more than 12 months ago', async () => {
    const { caseRows } = await all();
    const heard = caseRows.filter((c) => c.lastMaracOn !== null);
    expect(heard.length).toBeGreaterThanOrEqual(10);
    expect(caseRows.filter((c) => c.awaitingMeeting)).toHaveLength(5);
    for (const c of caseRows) expect(c.lastMaracOn === null || c.lastMaracOn <= todayInUk()).toBe(true);
    const yearAgo = new Date();
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    expect(heard.some((c) => c.lastMaracOn! < todayInUk(yearAgo))).toBe(true);
    for (const c of caseRows.filter((c) => c.lastMaracOn === null)) expect(c.awaitingMeeting).toBe(true);
  });

  it('has repeats, stalking cases, households with children and every criterion', async () => {
    const { rows } = await all();
    const sent = rows.filter((r) => r.status !== 'draft');
    expect(rows.filter((r) => r.status === 'accepted' && r.repeat)).toHaveLength(3);
    expect(sent.filter((r) => r.stalking)).toHaveLength(7);
    expect(sent.filter((r) => r.childrenInHousehold > 0)).toHaveLength(18);
    expect(sent.filter((r) => r.visibleHighRisk).length).toBeGreaterThanOrEqual(10);
    expect(sent.filter((r) => !r.visibleHighRisk && r.professionalJudgement).length).toBeGreaterThanOrEqual(8);
    expect(sent.filter((r) => r.potentialEscalation).length).toBeGreaterThanOrEqual(8);
    for (const r of sent.filter((r) => r.stalking)) expect(r.stalkingScore).toBeGreaterThan(0);
  });

  it('has complete forms for every referral sent, and partial ones for drafts', async () => {
    const { rows } = await all();
    for (const r of rows) {
      const states = referralSteps.map((step) => stepProblems(r.form as ReferralForm, step).state);
      if (r.status === 'draft') expect(states.some((s) => s === 'not_started' || s === 'in_progress'), r.victimName ?? '').toBe(true);
      else expect(states.filter((s) => s === 'not_started' || s === 'in_progress'), r.victimName ?? '').toEqual([]);
    }
  });

  it('keeps the denormalised columns in agreement with the form', async () => {
    const { rows } = await all();
    for (const r of rows) {
      const { updatedAt: _, ...columns } = columnsFromForm(r.form as ReferralForm, DEMO_THRESHOLDS, r.repeat);
      expect(r, r.victimName ?? '').toMatchObject(columns);
    }
  });

  it('records a consistent status history for every referral', async () => {
    const { rows, changes } = await all();
    const now = Date.now();
    for (const r of rows) {
      const history = changes.filter((c) => c.referralId === r.id);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'draft', userId: r.referrerUserId });
      expect(history[0].at).toEqual(r.createdAt);
      for (let i = 1; i < history.length; i++) expect(history[i].fromStatus).toBe(history[i - 1].toStatus);
      expect(history[history.length - 1].toStatus).toBe(r.status);
      expect(history.every((h) => h.at.getTime() <= now)).toBe(true);
      expect(r.updatedAt.getTime()).toBeGreaterThanOrEqual(history[history.length - 1].at.getTime());
      if (r.status === 'draft') expect(r.submittedAt).toBeNull();
      else expect(r.submittedAt).toEqual(history.filter((h) => h.toStatus === 'submitted').pop()!.at);
      if (r.status === 'returned' || r.status === 'declined') expect(history[history.length - 1].note).toBeTruthy();
    }
  });

  it('records the matches: pending for referrals waiting, confirmed for repeats', async () => {
    const { rows, caseRows, matches } = await all();
    for (const m of matches) {
      expect(m.similarity).toBeGreaterThanOrEqual(0.8);
      expect(m.similarity).toBeLessThanOrEqual(1);
    }
    const submitted = rows.filter((r) => r.status === 'submitted');
    const pending = submitted.filter((r) => matches.some((m) => m.referralId === r.id && m.kind === 'victim' && m.decision === 'pending'));
    expect(pending).toHaveLength(3);
    for (const r of pending) {
      const m = matches.find((m) => m.referralId === r.id && m.kind === 'victim')!;
      const matched = caseRows.find((c) => c.id === m.caseId)!;
      expect(m.withinTwelveMonths).toBe(true);
      expect(matched.lastMaracOn).not.toBeNull();
    }
    for (const r of rows.filter((r) => r.status === 'accepted')) {
      const own = matches.filter((m) => m.referralId === r.id);
      expect(own.every((m) => m.decision === 'confirmed' && m.caseId === r.caseId)).toBe(true);
      expect(r.repeat).toBe(own.some((m) => m.withinTwelveMonths));
    }
    // A second accepted referral whose case was last heard more than 12 months before: not a repeat.
    expect(rows.some((r) => r.status === 'accepted' && !r.repeat && matches.some((m) => m.referralId === r.id && !m.withinTwelveMonths))).toBe(true);
  });

  it('has the matches that the app itself would find for referrals waiting for screening', async () => {
    const db = await getDb();
    const { rows, matches } = await all();
    for (const r of rows.filter((r) => r.status === 'submitted')) {
      const stored = matches
        .filter((m) => m.referralId === r.id)
        .map((m) => ({ caseId: m.caseId, kind: m.kind, similarity: m.similarity, withinTwelveMonths: m.withinTwelveMonths }));
      let found: typeof stored = [];
      await db
        .transaction(async (tx) => {
          await tx.delete(referralMatches).where(eq(referralMatches.referralId, r.id));
          await refreshMatches(tx, r, todayInUk(r.submittedAt!));
          found = (await tx.select().from(referralMatches).where(eq(referralMatches.referralId, r.id))).map((m) => ({
            caseId: m.caseId,
            kind: m.kind,
            similarity: m.similarity,
            withinTwelveMonths: m.withinTwelveMonths,
          }));
          tx.rollback();
        })
        .catch((err: unknown) => {
          if (!(err instanceof TransactionRollbackError)) throw err;
        });
      const key = (m: (typeof stored)[number]) => `${m.caseId}:${m.kind}`;
      expect(found.sort((a, b) => key(a).localeCompare(key(b))), r.victimName ?? '').toEqual(stored.sort((a, b) => key(a).localeCompare(key(b))));
    }
  });

  it('holds past meetings with actions in every state, some overdue', async () => {
    const db = await getDb();
    const rows = await db.select({ status: actionItems.status, dueOn: actionItems.dueOn }).from(actionItems);
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['completed', 'in_progress', 'not_done', 'open']);
    const today = todayInUk();
    expect(rows.filter((r) => (r.status === 'open' || r.status === 'in_progress') && r.dueOn < today).length).toBeGreaterThan(0);
    const finalised = await db.select({ n: count() }).from(meetings).where(eq(meetings.status, 'finalised'));
    expect(finalised[0].n).toBeGreaterThan(5);
  });

  it('gives the steering group an agency on its escalation list', async () => {
    const db = await getDb();
    const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@marac.example'));
    const rows = await listEscalations(await signedIn(coordinator.id));
    expect(new Set(rows.map((r) => r.agencyName))).toEqual(new Set(['Kestrel Vale IDVA Service']));
    expect(new Set(rows.map((r) => r.agreedOn)).size).toBe(2);
  });

  it('adds nothing when seeded a second time', async () => {
    const before = await tableCounts();
    expect(await seedDemo(await getDb())).toEqual({ seeded: false });
    expect(await tableCounts()).toEqual(before);
  });
});
