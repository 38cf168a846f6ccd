import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { todayInUk, ukDateOf } from '@/db/clock';
import { rowsOf } from '@/db/rows';
import type { AgencyType } from '@/db/enums';
import { areas, meetings } from '@/db/schema';
import { AccessDenied } from '@/lib/errors';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import { searchForTheSystem } from '@/db/app-role';
import type { Viewer } from '@/lib/auth/viewer-type';
import { daysAfter } from '@/lib/dates/calendar-date';
import { parseInput } from '@/lib/input/parse';
import { ukTimeToInstant } from '@/lib/meetings/schemas';
import { minoritisedEthnicGroups } from '@/lib/referrals/form/fields';
import { compareWithNational, type Comparison } from './compare';
import { nationalFigures, type NationalFigures } from './national';
import { daysIn, parseQuarterKey, quarterBefore, quarterDates, quarterKey, quarterLabel, quarterOf } from './period';
import { routeOf, routes, type Route } from './routes';
import { datasetPeriodSchema, type DatasetPeriodInput } from './schemas';

/** One meeting's line of the national return: counts only. */
export interface ReturnRow {
  meetingId: string;
  date: string;
  cases: number;
  repeats: number;
  children: number;
  /** Referrals by route (a joint referral a half to each). */
  routes: Record<Route, number>;
  minoritised: number;
  lgbt: number;
  disabled: number;
  male: number;
  aged16to17: number;
  perpetratorsUnder18: number;
}

/** How the dataset's period was given, resolved to its days (UK dates, both counted). */
export interface DatasetPeriod {
  kind: 'quarter' | 'range' | 'meeting';
  from: string;
  to: string;
  label: string;
  quarter?: string;
  meetingId?: string;
}

export interface Share {
  count: number;
  /** Percent of cases discussed (null when none were). */
  percent: number | null;
}

export interface DatasetFigures {
  meetings: number;
  /** Hearings: a case heard at two meetings counts twice. */
  casesDiscussed: number;
  distinctCases: number;
  repeats: Share;
  /** Repeats as the screening marked them (the referral's repeat flag, copied to the agenda). */
  markedRepeats: Share;
  /** Cases discussed, scaled to 12 months, per 10,000 women aged 16+ (null: no population set, or one meeting). */
  casesPer10kWomen: number | null;
  /** Referrals behind the hearings; a joint referral counts half to each agency. */
  referrals: number;
  policeReferrals: number;
  partnerReferrals: Share;
  minoritised: Share;
  lgbt: Share;
  disabled: Share;
  male: Share;
  aged16to17: Share;
  children: number;
  perpetratorsUnder18: Share;
}

export interface AgencyCount {
  agencyId: string;
  agencyName: string;
  count: number;
}

export interface ActionOutcomes {
  agreed: number;
  completedOnTime: number;
  completedLate: number;
  notPossible: number;
  notDone: number;
  /** Still to do, and not yet due. */
  onTrack: number;
  /** Still to do, past the due date. */
  overdue: number;
}

export interface Dataset {
  period: DatasetPeriod;
  areaName: string;
  adultFemalePopulation: number | null;
  figures: DatasetFigures;
  byRoute: { route: Route; label: string; count: number }[];
  byAgency: AgencyCount[];
  perMeeting: { meetingId: string; date: string; cases: number; repeats: number }[];
  /** The four quarters up to the period's last (a quarter or a range), for the charts over time. */
  trend: { quarter: string; label: string; meetings: number; cases: number; repeats: number; repeatRate: number | null }[];
  flow: {
    /** Referrals screened in the period (null for one meeting). */
    screening: { screened: number; accepted: number; returned: number; declined: number; medianDaysToDecision: number | null } | null;
    /** From the referral's submission to the meeting that first heard it. */
    toMeeting: { heard: number; medianDays: number | null; meanDays: number | null; buckets: { label: string; count: number }[] };
    actions: ActionOutcomes & { perCase: number | null; byAgency: (ActionOutcomes & { agencyId: string; agencyName: string })[]; byMonth: (ActionOutcomes & { month: string })[] };
    research: { agencyId: string; agencyName: string; asked: number; researched: number; noTrace: number; percent: number | null }[];
  };
  /** The national return's rows: one a meeting of the period (lib/dataset/return.ts writes them out). */
  returnRows: ReturnRow[];
  national: NationalFigures;
  comparisons: Comparison[];
  /** The area's meetings held or finalised, newest first, to count one of. */
  meetingChoices: { id: string; date: string }[];
  canExport: boolean;
}

const heardStatuses = sql`('held', 'finalised')`;

/** The instants a UK day range covers: from its first midnight to the midnight after its last day. */
function instants(from: string, to: string) {
  return { start: ukTimeToInstant(from, '00:00').toISOString(), end: ukTimeToInstant(daysAfter(to, 1), '00:00').toISOString() };
}

/**
 * The hearings of a period, as two CTEs for the queries below: `pm`, the area's meetings held or
 * finalised in it; `h`, each case heard at one of them (an agenda item not deferred), with whether it
 * is a repeat (the case was heard at an earlier meeting within the 12 months before), the screening's
 * repeat mark, and the referral behind it (the case's latest accepted referral submitted before the
 * meeting, or else its latest accepted referral): the victim, the perpetrator's age, the household.
 */
function hearings(areaId: string, from: string, to: string, meetingId?: string): SQL {
  const { start, end } = instants(from, to);
  return sql`pm as (
      select m.id, m.starts_at, (m.starts_at at time zone 'Europe/London')::date as day
      from meetings m
      where m.area_id = ${areaId} and m.status in ${heardStatuses}
        and m.starts_at >= ${start}::timestamptz and m.starts_at < ${end}::timestamptz
        ${meetingId ? sql`and m.id = ${meetingId}` : sql``}
    ),
    h as (
      select ai.id as item_id, ai.case_id, pm.id as meeting_id, pm.starts_at, pm.day, ai.repeat as marked_repeat,
        exists (
          select 1 from agenda_items e join meetings em on em.id = e.meeting_id
          where e.case_id = ai.case_id and e.id <> ai.id and e.deferred_to_meeting_id is null and em.status in ${heardStatuses}
            and em.starts_at < pm.starts_at and em.starts_at >= pm.starts_at - interval '12 months'
        ) as is_repeat,
        r.id as referral_id, r.referring_agency_id, r.joint_agency_id, r.submitted_at, r.victim_dob, r.perpetrator_dob,
        r.children_in_household, r.form -> 'victim' as victim
      from pm
      join agenda_items ai on ai.meeting_id = pm.id and ai.deferred_to_meeting_id is null
      left join lateral (
        select r.* from referrals r
        where r.case_id = ai.case_id and r.status = 'accepted'
        order by (r.submitted_at <= pm.starts_at) desc nulls last, r.submitted_at desc nulls last
        limit 1
      ) r on true
    )`;
}

/** The share of each referral to each agency: 1, or a half to each of a joint referral's two. */
const sharesCte = sql`shares as (
    select referring_agency_id as agency_id, case when joint_agency_id is null then 1.0 else 0.5 end as weight from h where referral_id is not null
    union all
    select joint_agency_id, 0.5 from h where joint_agency_id is not null
  )`;

const outcomeColumns = (today: string) => sql`
    count(*)::int as agreed,
    count(*) filter (where ai.status = 'completed' and ai.closed_on <= ai.due_on)::int as completed_on_time,
    count(*) filter (where ai.status = 'completed' and ai.closed_on > ai.due_on)::int as completed_late,
    count(*) filter (where ai.status = 'not_possible')::int as not_possible,
    count(*) filter (where ai.status = 'not_done')::int as not_done,
    count(*) filter (where ai.status in ('open', 'in_progress') and ai.due_on >= ${today})::int as on_track,
    count(*) filter (where ai.status in ('open', 'in_progress') and ai.due_on < ${today})::int as overdue`;

interface OutcomeRow {
  agreed: number;
  completed_on_time: number;
  completed_late: number;
  not_possible: number;
  not_done: number;
  on_track: number;
  overdue: number;
}

const outcomesOf = (r: OutcomeRow | undefined): ActionOutcomes => ({
  agreed: r?.agreed ?? 0,
  completedOnTime: r?.completed_on_time ?? 0,
  completedLate: r?.completed_late ?? 0,
  notPossible: r?.not_possible ?? 0,
  notDone: r?.not_done ?? 0,
  onTrack: r?.on_track ?? 0,
  overdue: r?.overdue ?? 0,
});

const percent = (count: number, of: number) => (of > 0 ? Math.round((count / of) * 1000) / 10 : null);
const share = (count: number, of: number): Share => ({ count, percent: percent(count, of) });
const days = (v: number | null) => (v == null ? null : Math.round(Number(v) * 10) / 10);

async function query<T>(tx: Tx, q: SQL): Promise<T[]> {
  return rowsOf<T>(await tx.execute(q));
}

/** Resolves the period to its days; a meeting must be one of the viewer's area (else "not found"). */
async function resolvePeriod(tx: Tx, areaId: string, input: ReturnType<typeof datasetPeriodSchema.parse>): Promise<DatasetPeriod> {
  if (input.kind === 'quarter') {
    const quarter = parseQuarterKey(input.quarter)!;
    return { kind: 'quarter', ...quarterDates(quarter), label: quarterLabel(quarter), quarter: input.quarter };
  }
  if (input.kind === 'range') return { kind: 'range', from: input.from, to: input.to, label: `${input.from} to ${input.to}` };
  const [meeting] = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.id, input.meetingId), eq(meetings.areaId, areaId)));
  if (!meeting) throw new AccessDenied('dataset.view', 'dataset', input.meetingId, true);
  const day = ukDateOf(meeting.startsAt);
  return { kind: 'meeting', from: day, to: day, label: `The meeting of ${day}`, meetingId: meeting.id };
}

/**
 * The area's MARAC dataset for a quarter, a date range or one meeting: every figure of the national
 * return and how the work flowed, each one SQL aggregate (decision 0021). For the coordinators, chairs
 * and IG lead of the area and its steering group; anyone else is told it is not there. Each reading is
 * an audit event (`purpose`: on the page, or for one of the exports).
 */
export function getDataset(viewer: Viewer, raw: DatasetPeriodInput, purpose: 'view' | 'csv' | 'pdf' = 'view'): Promise<Dataset> {
  const input = parseInput(datasetPeriodSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, purpose === 'view' ? 'dataset.view' : 'dataset.export', { areaId: me.areaId }, { type: 'dataset', id: me.areaId });
    const period = await resolvePeriod(tx, me.areaId, input);
    // Counts of the whole area, for readers who may see no case (the IG lead, the steering group): the
    // database's policies would hide the referrals they count, so they are counted for the system (decision 0022).
    const dataset = await searchForTheSystem(tx, () => countDataset(tx, me.areaId, period));
    await recordAudit(tx, me, {
      action: purpose === 'view' ? 'dataset.view' : purpose === 'csv' ? 'dataset.export_csv' : 'dataset.export_pdf',
      resourceType: 'dataset',
      resourceId: period.meetingId ?? null,
      detail: `${period.kind}_${period.from}_${period.to}`,
    });
    // The meetings to choose one from (held or finalised, newest first): dates only.
    const held = await tx
      .select({ id: meetings.id, startsAt: meetings.startsAt })
      .from(meetings)
      .where(and(eq(meetings.areaId, me.areaId), inArray(meetings.status, ['held', 'finalised'])))
      .orderBy(desc(meetings.startsAt));
    const meetingChoices = held.map((m) => ({ id: m.id, date: ukDateOf(m.startsAt) }));
    return { ...dataset, meetingChoices, canExport: can(me, 'dataset.export', { areaId: me.areaId }) };
  });
}

/** The counting itself, for one area and period (the verb above checks and audits; the benchmark times it). */
export async function countDataset(tx: Tx, areaId: string, period: DatasetPeriod): Promise<Omit<Dataset, 'canExport' | 'meetingChoices'>> {
  const today = todayInUk();
  const h = hearings(areaId, period.from, period.to, period.meetingId);
  const { start, end } = instants(period.from, period.to);
  const minoritised = sql.raw(minoritisedEthnicGroups.map((g) => `'${g}'`).join(', '));

  const [area] = await tx.select({ name: areas.name, population: areas.adultFemalePopulation }).from(areas).where(eq(areas.id, areaId));

  const [summary] = await query<{
    meetings: number;
    cases: number;
    distinct_cases: number;
    repeats: number;
    marked_repeats: number;
    minoritised: number;
    lgbt: number;
    disabled: number;
    male: number;
    aged_16_17: number;
    children: number;
    young_perpetrators: number;
  }>(
    tx,
    sql`with ${h}
      select (select count(*) from pm)::int as meetings,
        count(*)::int as cases,
        count(distinct case_id)::int as distinct_cases,
        count(*) filter (where is_repeat)::int as repeats,
        count(*) filter (where marked_repeat)::int as marked_repeats,
        count(*) filter (where victim ->> 'ethnicGroup' in (${minoritised}))::int as minoritised,
        count(*) filter (where victim ->> 'lgbt' = 'yes')::int as lgbt,
        count(*) filter (where victim ->> 'disability' = 'yes')::int as disabled,
        count(*) filter (where victim ->> 'gender' = 'male')::int as male,
        count(*) filter (where victim_dob > day - interval '18 years' and victim_dob <= day - interval '16 years')::int as aged_16_17,
        coalesce(sum(children_in_household), 0)::int as children,
        count(*) filter (where perpetrator_dob > day - interval '18 years')::int as young_perpetrators
      from h`,
  );

  const agencyRows = await query<{ agency_id: string; agency_name: string; type: AgencyType; referrals: number }>(
    tx,
    sql`with ${h}, ${sharesCte}
      select a.id as agency_id, a.name as agency_name, a.type, sum(shares.weight)::float8 as referrals
      from shares join agencies a on a.id = shares.agency_id
      group by a.id, a.name, a.type
      order by referrals desc, a.name`,
  );
  const routeRows = await query<{ route: Route; referrals: number }>(
    tx,
    sql`with ${h}, ${sharesCte}
      select case when a.type = 'health' then 'secondary_care' else a.type::text end as route, sum(shares.weight)::float8 as referrals
      from shares join agencies a on a.id = shares.agency_id
      group by 1`,
  );

  const perMeeting = await query<{ meeting_id: string; day: string; cases: number; repeats: number }>(
    tx,
    sql`with ${h}
      select pm.id as meeting_id, pm.day::text as day, count(h.item_id)::int as cases, count(h.item_id) filter (where h.is_repeat)::int as repeats
      from pm left join h on h.meeting_id = pm.id
      group by pm.id, pm.day
      order by pm.day, pm.id`,
  );

  // The four quarters up to the period's end (for one meeting: none).
  let trend: Dataset['trend'] = [];
  if (period.kind !== 'meeting') {
    const last = quarterOf(period.to);
    const first = quarterBefore(last, 3);
    const rows = await query<{ quarter: string; meetings: number; cases: number; repeats: number }>(
      tx,
      sql`with ${hearings(areaId, quarterDates(first).from, quarterDates(last).to)}
        select to_char(pm.day, 'YYYY-"Q"Q') as quarter, count(distinct pm.id)::int as meetings, count(h.item_id)::int as cases,
          count(h.item_id) filter (where h.is_repeat)::int as repeats
        from pm left join h on h.meeting_id = pm.id
        group by 1`,
    );
    trend = [3, 2, 1, 0].map((back) => {
      const q = quarterBefore(last, back);
      const row = rows.find((r) => r.quarter === quarterKey(q));
      const cases = row?.cases ?? 0;
      return { quarter: quarterKey(q), label: quarterLabel(q), meetings: row?.meetings ?? 0, cases, repeats: row?.repeats ?? 0, repeatRate: percent(row?.repeats ?? 0, cases) };
    });
  }

  // Screening: referrals decided in the period, and the days from their (last) submission to the decision.
  let screening: Dataset['flow']['screening'] = null;
  if (period.kind !== 'meeting') {
    const [row] = await query<{ screened: number; accepted: number; returned: number; declined: number; median_days: number | null }>(
      tx,
      sql`select count(*)::int as screened,
          count(*) filter (where c.to_status = 'accepted')::int as accepted,
          count(*) filter (where c.to_status = 'returned')::int as returned,
          count(*) filter (where c.to_status = 'declined')::int as declined,
          (percentile_cont(0.5) within group (order by extract(epoch from c.at - s.at) / 86400))::float8 as median_days
        from referral_status_changes c
        join referrals r on r.id = c.referral_id
        left join lateral (
          select max(s.at) as at from referral_status_changes s where s.referral_id = c.referral_id and s.to_status = 'submitted' and s.at <= c.at
        ) s on true
        where r.area_id = ${areaId} and c.from_status = 'submitted' and c.to_status in ('accepted', 'returned', 'declined')
          and c.at >= ${start}::timestamptz and c.at < ${end}::timestamptz`,
    );
    screening = { screened: row.screened, accepted: row.accepted, returned: row.returned, declined: row.declined, medianDaysToDecision: days(row.median_days) };
  }

  // From submission to the meeting that first heard the referral (not a later hearing of the same case).
  const [toMeeting] = await query<{ heard: number; median_days: number | null; mean_days: number | null; b1: number; b2: number; b3: number; b4: number }>(
    tx,
    sql`with ${h}, waits as (
        select extract(epoch from h.starts_at - h.submitted_at) / 86400 as d
        from h
        where h.submitted_at is not null and h.submitted_at <= h.starts_at
          and not exists (
            select 1 from agenda_items e join meetings em on em.id = e.meeting_id
            where e.case_id = h.case_id and e.id <> h.item_id and e.deferred_to_meeting_id is null and em.status in ${heardStatuses}
              and em.starts_at >= h.submitted_at and em.starts_at < h.starts_at
          )
      )
      select count(*)::int as heard,
        (percentile_cont(0.5) within group (order by d))::float8 as median_days,
        avg(d)::float8 as mean_days,
        count(*) filter (where d <= 7)::int as b1,
        count(*) filter (where d > 7 and d <= 14)::int as b2,
        count(*) filter (where d > 14 and d <= 28)::int as b3,
        count(*) filter (where d > 28)::int as b4
      from waits`,
  );

  // Actions agreed at the period's meetings, where each stands now, by owning agency and by month.
  const actionAgencyRows = await query<OutcomeRow & { agency_id: string; agency_name: string }>(
    tx,
    sql`with ${h}
      select a.id as agency_id, a.name as agency_name, ${outcomeColumns(today)}
      from action_items ai join pm on pm.id = ai.meeting_id join agencies a on a.id = ai.owner_agency_id
      group by a.id, a.name
      order by a.name`,
  );
  const actionMonthRows = await query<OutcomeRow & { month: string }>(
    tx,
    sql`with ${h}
      select to_char(pm.day, 'YYYY-MM') as month, ${outcomeColumns(today)}
      from action_items ai join pm on pm.id = ai.meeting_id
      group by 1
      order by 1`,
  );
  const [actionTotals] = await query<OutcomeRow>(
    tx,
    sql`with ${h}
      select ${outcomeColumns(today)}
      from action_items ai join pm on pm.id = ai.meeting_id`,
  );

  // Research before the meeting, per agency asked (as the agenda counts them: an agency whose only
  // users coordinate, administer or oversee is not asked).
  const researchRows = await query<{ agency_id: string; agency_name: string; asked: number; researched: number; no_trace: number }>(
    tx,
    sql`with ${h}
      select a.id as agency_id, a.name as agency_name, count(h.item_id)::int as asked, count(rs.id)::int as researched,
        count(rs.id) filter (where rs.no_trace)::int as no_trace
      from agencies a
      cross join h
      left join research rs on rs.agenda_item_id = h.item_id and rs.agency_id = a.id and rs.updated_at <= h.starts_at
      where a.area_id = ${areaId} and a.active
        and not (exists (select 1 from users u where u.agency_id = a.id and u.active and u.role in ('coordinator', 'admin', 'ig_lead', 'steering_group'))
          and not exists (select 1 from users u where u.agency_id = a.id and u.active and u.role in ('agency', 'chair')))
      group by a.id, a.name
      order by a.name`,
  );

  // The national return, one line a meeting: the same counts grouped by meeting, the routes as columns.
  const routeColumns = sql.join(
    routes.map((r) => sql`coalesce(sum(s.weight) filter (where ${r.route === 'secondary_care' ? sql`a.type in ('secondary_care', 'health')` : sql`a.type = ${r.route}`}), 0)::float8 as ${sql.identifier(r.route)}`),
    sql`, `,
  );
  const returnCounts = await query<{ meeting_id: string; day: string; cases: number; repeats: number; children: number; minoritised: number; lgbt: number; disabled: number; male: number; aged_16_17: number; young_perpetrators: number }>(
    tx,
    sql`with ${h}
      select pm.id as meeting_id, pm.day::text as day, count(h.item_id)::int as cases,
        count(h.item_id) filter (where h.is_repeat)::int as repeats,
        coalesce(sum(h.children_in_household), 0)::int as children,
        count(h.item_id) filter (where h.victim ->> 'ethnicGroup' in (${minoritised}))::int as minoritised,
        count(h.item_id) filter (where h.victim ->> 'lgbt' = 'yes')::int as lgbt,
        count(h.item_id) filter (where h.victim ->> 'disability' = 'yes')::int as disabled,
        count(h.item_id) filter (where h.victim ->> 'gender' = 'male')::int as male,
        count(h.item_id) filter (where h.victim_dob > h.day - interval '18 years' and h.victim_dob <= h.day - interval '16 years')::int as aged_16_17,
        count(h.item_id) filter (where h.perpetrator_dob > h.day - interval '18 years')::int as young_perpetrators
      from pm left join h on h.meeting_id = pm.id
      group by pm.id, pm.day
      order by pm.day, pm.id`,
  );
  const returnRoutes = await query<{ meeting_id: string } & Record<Route, number>>(
    tx,
    sql`with ${h}, s as (
        select meeting_id, referring_agency_id as agency_id, case when joint_agency_id is null then 1.0 else 0.5 end as weight from h where referral_id is not null
        union all
        select meeting_id, joint_agency_id, 0.5 from h where joint_agency_id is not null
      )
      select s.meeting_id, ${routeColumns}
      from s join agencies a on a.id = s.agency_id
      group by s.meeting_id`,
  );
  const returnRows: ReturnRow[] = returnCounts.map((r) => {
    const byRoute = returnRoutes.find((x) => x.meeting_id === r.meeting_id);
    return {
      meetingId: r.meeting_id,
      date: r.day,
      cases: r.cases,
      repeats: r.repeats,
      children: r.children,
      routes: Object.fromEntries(routes.map((x) => [x.route, Number(byRoute?.[x.route] ?? 0)])) as Record<Route, number>,
      minoritised: r.minoritised,
      lgbt: r.lgbt,
      disabled: r.disabled,
      male: r.male,
      aged16to17: r.aged_16_17,
      perpetratorsUnder18: r.young_perpetrators,
    };
  });

  const cases = summary.cases;
  const referrals = agencyRows.reduce((sum, r) => sum + Number(r.referrals), 0);
  const policeReferrals = agencyRows.filter((r) => r.type === 'police').reduce((sum, r) => sum + Number(r.referrals), 0);
  const periodDays = daysIn(period.from, period.to);
  const casesPer10kWomen =
    area.population && period.kind !== 'meeting' ? Math.round(((cases * 365) / periodDays / area.population) * 10_000 * 10) / 10 : null;

  const figures: DatasetFigures = {
    meetings: summary.meetings,
    casesDiscussed: cases,
    distinctCases: summary.distinct_cases,
    repeats: share(summary.repeats, cases),
    markedRepeats: share(summary.marked_repeats, cases),
    casesPer10kWomen,
    referrals,
    policeReferrals,
    partnerReferrals: { count: referrals - policeReferrals, percent: percent(referrals - policeReferrals, referrals) },
    minoritised: share(summary.minoritised, cases),
    lgbt: share(summary.lgbt, cases),
    disabled: share(summary.disabled, cases),
    male: share(summary.male, cases),
    aged16to17: share(summary.aged_16_17, cases),
    children: summary.children,
    perpetratorsUnder18: share(summary.young_perpetrators, cases),
  };
  const totals = outcomesOf(actionTotals);

  return {
    period,
    areaName: area.name,
    adultFemalePopulation: area.population,
    figures,
    byRoute: routes.map((r) => ({ route: r.route, label: r.label, count: Number(routeRows.find((row) => routeOf(row.route) === r.route)?.referrals ?? 0) })),
    byAgency: agencyRows.map((r) => ({ agencyId: r.agency_id, agencyName: r.agency_name, count: Number(r.referrals) })),
    perMeeting: perMeeting.map((r) => ({ meetingId: r.meeting_id, date: r.day, cases: r.cases, repeats: r.repeats })),
    trend,
    flow: {
      screening,
      toMeeting: {
        heard: toMeeting.heard,
        medianDays: days(toMeeting.median_days),
        meanDays: days(toMeeting.mean_days),
        buckets: [
          { label: 'A week or less', count: toMeeting.b1 },
          { label: '8 to 14 days', count: toMeeting.b2 },
          { label: '15 to 28 days', count: toMeeting.b3 },
          { label: 'More than 28 days', count: toMeeting.b4 },
        ],
      },
      actions: {
        ...totals,
        perCase: cases > 0 ? Math.round((totals.agreed / cases) * 10) / 10 : null,
        byAgency: actionAgencyRows.map((r) => ({ agencyId: r.agency_id, agencyName: r.agency_name, ...outcomesOf(r) })),
        byMonth: actionMonthRows.map((r) => ({ month: r.month, ...outcomesOf(r) })),
      },
      research: researchRows.map((r) => ({ agencyId: r.agency_id, agencyName: r.agency_name, asked: r.asked, researched: r.researched, noTrace: r.no_trace, percent: percent(r.researched, r.asked) })),
    },
    returnRows,
    national: nationalFigures,
    comparisons: compareWithNational(figures, nationalFigures),
  };
}
