import 'server-only';
import { and, eq, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { searchForTheSystem } from '@/db/app-role';
import { cases, referralMatches, type Referral } from '@/db/schema';
import { now } from '@/db/clock';

/** How alike two names must be to be offered to the coordinator as the same person. */
export const NAME_LIKENESS = 0.6;
/** Without a date of birth on both sides, a perpetrator's name must be this alike. */
export const NAME_ONLY_LIKENESS = 0.85;

const textArray = (values: string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

type Found = { caseId: string; likeness: number };

async function victimMatches(tx: Tx, referral: Referral): Promise<Found[]> {
  if (!referral.victimName || !referral.victimDob) return [];
  const names = [referral.victimName, ...referral.victimAliases];
  const rows = await tx.execute(sql`
    select r.case_id, max(marac_name_likeness(theirs, ours)) as likeness
    from referrals r
    cross join lateral unnest(array_prepend(r.victim_name, r.victim_aliases)) as theirs
    cross join lateral unnest(${textArray(names)}) as ours
    where r.area_id = ${referral.areaId} and r.case_id is not null and r.id <> ${referral.id}
      and r.victim_dob = ${referral.victimDob}::date
    group by r.case_id
    having max(marac_name_likeness(theirs, ours)) >= ${NAME_LIKENESS}::real`);
  return rowsOf<{ case_id: string; likeness: number }>(rows).map((r) => ({ caseId: r.case_id, likeness: Number(r.likeness) }));
}

async function perpetratorMatches(tx: Tx, referral: Referral): Promise<Found[]> {
  if (!referral.perpetratorName || /^not known$/i.test(referral.perpetratorName.trim())) return [];
  const names = [referral.perpetratorName, ...referral.perpetratorAliases];
  const dob = referral.perpetratorDob;
  const rows = await tx.execute(sql`
    select r.case_id, max(marac_name_likeness(theirs, ours)) as likeness
    from referrals r
    cross join lateral unnest(array_prepend(r.perpetrator_name, r.perpetrator_aliases)) as theirs
    cross join lateral unnest(${textArray(names)}) as ours
    where r.area_id = ${referral.areaId} and r.case_id is not null and r.id <> ${referral.id}
      and (r.perpetrator_dob is null or ${dob}::date is null or r.perpetrator_dob = ${dob}::date)
      and marac_name_likeness(theirs, ours) >=
        case when r.perpetrator_dob is not null and ${dob}::date is not null then ${NAME_LIKENESS}::real else ${NAME_ONLY_LIKENESS}::real end
    group by r.case_id`);
  return rowsOf<{ case_id: string; likeness: number }>(rows).map((r) => ({ caseId: r.case_id, likeness: Number(r.likeness) }));
}


/**
 * Looks for earlier cases of the area with the same victim (name or alias alike, same date of birth)
 * or the same perpetrator, and records each as a match for the coordinator to confirm or reject.
 * A match with a case heard at a MARAC within the 12 months before `referredOn` would make the
 * referral a repeat. Decisions already taken are kept; pending matches no longer found are dropped.
 */
export async function refreshMatches(tx: Tx, referral: Referral, referredOn: string): Promise<void> {
  // The referring agency may not see the area's other referrals; the search looks at them for the coordinator.
  const found = await searchForTheSystem(tx, async () => [
    ...(await victimMatches(tx, referral)).map((m) => ({ ...m, kind: 'victim' as const })),
    ...(await perpetratorMatches(tx, referral)).map((m) => ({ ...m, kind: 'perpetrator' as const })),
  ]);
  const keep: string[] = [];
  for (const match of found) {
    const [{ within }] = rowsOf<{ within: boolean }>(
      await tx.execute(sql`select coalesce(${cases.lastMaracOn} > (${referredOn}::date - interval '12 months'), false) as within
        from ${cases} where ${cases.id} = ${match.caseId}`),
    );
    const [row] = await tx
      .insert(referralMatches)
      .values({ referralId: referral.id, caseId: match.caseId, kind: match.kind, similarity: match.likeness, withinTwelveMonths: within })
      .onConflictDoUpdate({
        target: [referralMatches.referralId, referralMatches.caseId, referralMatches.kind],
        set: { similarity: match.likeness, withinTwelveMonths: within, foundAt: now() },
      })
      .returning({ id: referralMatches.id });
    keep.push(row.id);
  }
  await tx
    .delete(referralMatches)
    .where(
      and(
        eq(referralMatches.referralId, referral.id),
        eq(referralMatches.decision, 'pending'),
        keep.length ? notInArray(referralMatches.id, keep) : undefined,
      ),
    );
}
