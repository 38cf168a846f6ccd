import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { IncidentChannel, OccurredPrecision, StalkingBehaviour } from '@/db/enums';
import { rowsOf } from '@/db/rows';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { loadCaseFor } from '@/lib/authz/cases';

/**
 * The standing entries of a case's log as each says now: the current version of every entry not
 * withdrawn, with the UK week (Monday) it happened in. Withdrawn entries count in no figure.
 */
export const standingEntriesSql = (caseId: string): SQL => sql`
  select distinct on (v.incident_id) v.incident_id, i.number, v.occurred_precision, v.occurred_at, v.occurred_until, v.channel::text as channel, v.behaviours::text[] as behaviours,
    date_trunc('week', v.occurred_at at time zone 'Europe/London')::date as week
  from incident_versions v join incidents i on i.id = v.incident_id
  where i.case_id = ${caseId} and i.withdrawn_at is null
  order by v.incident_id, v.version desc`;

/**
 * Whether the gaps between incidents are shrinking (they come closer together), growing, or steady:
 * the gaps between one incident and the next, in the order they happened, are split into an earlier
 * and a later half (the middle gap of an odd number left out), and the mean gap of the later half is
 * compared with the earlier half's. A quarter shorter or more is shrinking, a quarter longer or more is
 * growing. Fewer than three incidents (two gaps) say nothing.
 */
export const GAP_CHANGE = 1.25;

export type GapTrend = 'shrinking' | 'growing' | 'steady' | 'too_few';

export function gapTrend(earlierMean: number | null, laterMean: number | null): GapTrend {
  if (earlierMean === null || laterMean === null) return 'too_few';
  if (laterMean * GAP_CHANGE <= earlierMean && laterMean < earlierMean) return 'shrinking';
  if (laterMean >= earlierMean * GAP_CHANGE && laterMean > earlierMean) return 'growing';
  return 'steady';
}

export interface PatternIncident {
  number: number;
  occurredPrecision: OccurredPrecision;
  occurredAt: Date;
  occurredUntil: Date | null;
}

export interface PatternWeek {
  /** The Monday the week starts on, YYYY-MM-DD. */
  week: string;
  total: number;
  byChannel: Partial<Record<IncidentChannel, number>>;
}

export interface ConductPattern {
  caseId: string;
  caseNumber: string;
  /** Entries counted in the figures (not withdrawn), and those withdrawn. */
  standing: number;
  withdrawn: number;
  first: PatternIncident | null;
  last: PatternIncident | null;
  /** Every week from the first incident's to the last's, those with none included. */
  weeks: PatternWeek[];
  /** The channels used, most used first. */
  channels: { channel: IncidentChannel; count: number }[];
  /** The behaviours seen, most seen first; an entry may show several. */
  behaviours: { behaviour: StalkingBehaviour; count: number }[];
  gaps: { trend: GapTrend; earlierMeanDays: number | null; laterMeanDays: number | null };
}

const DAY_SECONDS = 86_400;
const toDays = (seconds: unknown) => (seconds === null || seconds === undefined ? null : Number(seconds) / DAY_SECONDS);

async function query<T>(tx: Tx, q: SQL): Promise<T[]> {
  return rowsOf<T>(await tx.execute(q));
}

interface EdgeRow {
  number: number;
  occurred_precision: OccurredPrecision;
  occurred_at: string | Date;
  occurred_until: string | Date | null;
}
const edgeOf = (r: EdgeRow | undefined): PatternIncident | null =>
  r ? { number: Number(r.number), occurredPrecision: r.occurred_precision, occurredAt: new Date(r.occurred_at), occurredUntil: r.occurred_until ? new Date(r.occurred_until) : null } : null;

/** The figures of a case's log, each grouped in the database (never a loop over its entries). */
export async function patternFigures(tx: Tx, caseId: string): Promise<Omit<ConductPattern, 'caseId' | 'caseNumber'>> {
  const standing = standingEntriesSql(caseId);
  const [weekRows, behaviourRows, [span], edges] = await Promise.all([
    query<{ week: string; channel: IncidentChannel | null; n: number }>(
      tx,
      sql`with s as (${standing}),
        weeks as (select generate_series(min(week), max(week), interval '1 week')::date as week from s)
      select to_char(w.week, 'YYYY-MM-DD') as week, s.channel, count(s.incident_id)::int as n
      from weeks w left join s on s.week = w.week
      group by w.week, s.channel order by w.week, s.channel`,
    ),
    query<{ behaviour: StalkingBehaviour; n: number }>(
      tx,
      sql`with s as (${standing}) select b as behaviour, count(*)::int as n from s, unnest(s.behaviours) b group by b order by n desc, b`,
    ),
    query<{ standing: number; withdrawn: number; earlier: string | null; later: string | null }>(
      tx,
      sql`with s as (${standing}),
        ordered as (select occurred_at, row_number() over (order by occurred_at, number) as n from s),
        gaps as (select b.n - 1 as i, extract(epoch from b.occurred_at - a.occurred_at) as seconds from ordered a join ordered b on b.n = a.n + 1),
        g as (select count(*) as g from gaps)
      select (select count(*) from s)::int as standing,
        (select count(*) from incidents where case_id = ${caseId} and withdrawn_at is not null)::int as withdrawn,
        (select avg(seconds) from gaps, g where i <= g.g / 2 and g.g >= 2)::float8 as earlier,
        (select avg(seconds) from gaps, g where i > (g.g + 1) / 2 and g.g >= 2)::float8 as later`,
    ),
    query<EdgeRow & { edge: 'first' | 'last' }>(
      tx,
      sql`with s as (${standing})
      (select 'first' as edge, number, occurred_precision, occurred_at, occurred_until from s order by occurred_at, number limit 1)
      union all
      (select 'last' as edge, number, occurred_precision, occurred_at, occurred_until from s order by occurred_at desc, number desc limit 1)`,
    ),
  ]);

  // One row per week and channel used in it (a week with none has one row without a channel).
  const weeks: PatternWeek[] = [];
  for (const r of weekRows) {
    if (weeks.at(-1)?.week !== r.week) weeks.push({ week: r.week, total: 0, byChannel: {} });
    if (r.channel) {
      const w = weeks.at(-1)!;
      w.byChannel[r.channel] = r.n;
      w.total += r.n;
    }
  }
  const channelTotals = new Map<IncidentChannel, number>();
  for (const w of weeks) for (const [c, n] of Object.entries(w.byChannel) as [IncidentChannel, number][]) channelTotals.set(c, (channelTotals.get(c) ?? 0) + n);
  const earlierMeanDays = toDays(span.earlier);
  const laterMeanDays = toDays(span.later);
  return {
    standing: span.standing,
    withdrawn: span.withdrawn,
    first: edgeOf(edges.find((e) => e.edge === 'first')),
    last: edgeOf(edges.find((e) => e.edge === 'last')),
    weeks,
    channels: [...channelTotals].map(([channel, count]) => ({ channel, count })).sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)),
    behaviours: behaviourRows.map((r) => ({ behaviour: r.behaviour, count: r.n })),
    gaps: { trend: gapTrend(earlierMeanDays, laterMeanDays), earlierMeanDays, laterMeanDays },
  };
}

/**
 * The course of conduct on a case's log at a glance: incidents by week and channel, by behaviour, the
 * first and the last, and whether they come closer together. For those who may see the log
 * (incident.view), "not found" for anyone else; reading it is an event about the case.
 */
export function getConductPattern(viewer: Viewer, raw: { caseId: string }): Promise<ConductPattern> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, raw.caseId, 'incident.view');
    const figures = await patternFigures(tx, found.id);
    await recordAudit(tx, me, { action: 'incident.pattern', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `entries_${figures.standing}` });
    return { caseId: found.id, caseNumber: found.number, ...figures };
  });
}
