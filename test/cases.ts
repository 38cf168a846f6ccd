// An accepted case for integration tests, straight in the database: the case and the one accepted
// referral (by the area's police officer) that opened it. How a referral is screened is tested elsewhere.
import { getDb } from '@/db/client';
import { now } from '@/db/clock';
import { cases, referrals } from '@/db/schema';
import { nextCaseNumber } from '@/lib/cases/number';
import type { makeAreaWithStaff } from './factories';
import { completeForm } from './referral-form';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

export async function makeAcceptedCase(
  staff: Staff,
  o: { victim: string; score?: number; children?: number; repeat?: boolean; awaiting?: boolean; prefix?: string },
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const numbered = await nextCaseNumber(tx, staff.area.id, o.prefix ?? 'T');
    const [c] = await tx.insert(cases).values({ areaId: staff.area.id, ...numbered, awaitingMeeting: o.awaiting ?? true }).returning();
    await tx.insert(referrals).values({
      areaId: staff.area.id,
      referringAgencyId: staff.agencies.police.id,
      referrerUserId: staff.users.officer.id,
      caseId: c.id,
      status: 'accepted',
      form: completeForm({ victimName: o.victim, children: o.children ?? 0 }),
      victimName: o.victim,
      riskScore: o.score ?? 16,
      childrenInHousehold: o.children ?? 0,
      repeat: o.repeat ?? false,
    });
    return c;
  });
}

/** A complete referral by the area's police officer, not yet screened: a draft ready to submit, or submitted. */
export async function makeReferral(staff: Staff, o: { victim: string; status: 'draft' | 'submitted' }) {
  const db = await getDb();
  const [r] = await db
    .insert(referrals)
    .values({
      areaId: staff.area.id,
      referringAgencyId: staff.agencies.police.id,
      referrerUserId: staff.users.officer.id,
      status: o.status,
      form: completeForm({ victimName: o.victim }),
      victimName: o.victim,
      riskScore: 15,
      submittedAt: o.status === 'submitted' ? now() : null,
    })
    .returning();
  return r;
}
