// Grows the demo area to the size of a large one, in SQL and in one transaction (shared by
// `npm run bench` and `npm run bench:http`). Cases are heard at meetings of 10 to 25 cases, as a
// real MARAC hears them: as many meetings a fortnight as the area's cases need over the years it
// spans (a large area runs several MARACs side by side). The cloned referrals and the actions agreed
// point at the cloned cases; the audit log and one user's notifications span the same years.
import { performance } from 'node:perf_hooks';
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { rowsOf } from '@/db/rows';

/** How many rows the grown area holds in each table, over how many years, and whose notifications. */
export interface GrowthTargets {
  cases: number;
  referrals: number;
  actionItems: number;
  auditEvents: number;
  notifications: number;
  years: number;
  notifiedUserId: string;
}

export async function execute<T = Record<string, unknown>>(db: Db | Tx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

export async function countOf(db: Db | Tx, table: string): Promise<number> {
  const [{ n }] = await execute<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return n;
}

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** How many copies of `have` rows make `want`, and how many rows that is to add. */
function copiesFor(have: number, want: number) {
  const need = Math.max(0, want - have);
  return { need, copies: Math.max(1, Math.ceil(need / have)) };
}

/** The mean number of cases a grown meeting hears (sizes are drawn from 10 to 25). */
const MEAN_MEETING = 17.5;

export async function growArea(db: Db, targets: GrowthTargets) {
  const span = sql`make_interval(days => ${Math.round(targets.years * 365)}::int)`;
  await db.transaction(async (tx) => {
    await execute(tx, sql`select setseed(0.42)`);
    const step = async (label: string, query: SQL) => {
      const started = performance.now();
      await execute(tx, query);
      console.log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    };

    const cases = copiesFor(await countOf(tx, 'cases'), targets.cases);
    // The copies in the order they are numbered. They are the area's history, so every one has been
    // heard: the backlog (cases awaiting a meeting) is the demo's own, as a real area's does not grow
    // with its years.
    await execute(
      tx,
      sql`create temp table bench_copy on commit drop as
        select c.id, c.area_id, g as copy, row_number() over (order by g, c.number) as heard_rank
        from cases c cross join generate_series(1, ${cases.copies}::int) g
        order by g, c.number
        limit ${cases.need}::int`,
    );
    const heard = await countOf(tx, 'bench_copy');
    // Meetings k = 1, 2, ... back from a fortnight ago, `perFortnight` of them each fortnight on
    // successive weekdays; each hears 10 to 25 cases, the ranks (upto - size, upto] of the heard copies.
    const perFortnight = Math.max(1, Math.ceil(heard / MEAN_MEETING / (targets.years * 26)));
    await execute(
      tx,
      sql`create temp table bench_meeting_slot on commit drop as
        select k, gen_random_uuid() as id, s.area_id,
               date_trunc('week', now()) + interval '10 hours' - make_interval(days => 14 * (1 + (k - 1) / ${perFortnight}::int))
                 + make_interval(days => (((k - 1) % ${perFortnight}::int) % 10) / 5 * 7 + ((k - 1) % ${perFortnight}::int) % 5,
                                 hours => ((k - 1) % ${perFortnight}::int) / 10 * 3) as starts_at,
               size, sum(size) over (order by k) as upto
        from (select k, 10 + floor(random() * 16)::int as size from generate_series(1, ${Math.ceil(heard / 10) + 1}::int) k) z
        cross join (select area_id from bench_copy limit 1) s`,
    );
    await execute(tx, sql`delete from bench_meeting_slot where upto - size >= ${heard}::int`);
    await step(
      `meetings: ${perFortnight} a fortnight, of 10 to 25 cases`,
      sql`insert into meetings (id, area_id, starts_at, venue, status, agenda_published_at, research_requested_at, created_at, updated_at)
        select id, area_id, starts_at, 'Kestrel Vale Civic Centre, committee room 1', 'finalised', starts_at - interval '7 days',
               starts_at - interval '7 days', starts_at - interval '28 days', starts_at
        from bench_meeting_slot`,
    );
    await execute(
      tx,
      sql`create temp table bench_case_map (k serial primary key, old_id uuid not null, new_id uuid not null, copy int not null,
        created_at timestamptz not null, meeting_id uuid, met_on date) on commit drop`,
    );
    // A copy is opened one to six weeks before its meeting.
    await execute(
      tx,
      sql`insert into bench_case_map (old_id, new_id, copy, created_at, meeting_id, met_on)
        select c.id, gen_random_uuid(), c.copy, m.starts_at - make_interval(days => 7 + floor(random() * 35)::int),
               m.id, (m.starts_at at time zone 'Europe/London')::date
        from bench_copy c
        join bench_meeting_slot m on c.heard_rank > m.upto - m.size and c.heard_rank <= m.upto
        order by c.copy`,
    );
    await step(
      `cases: ${cases.need} cloned`,
      sql`insert into cases (id, area_id, sequence, number, status, awaiting_meeting, last_marac_on, created_at, updated_at)
        select m.new_id, c.area_id, c.sequence, c.number || '-' || m.copy,
               case when m.created_at < now() - interval '1 year' then 'closed' else 'open' end::case_status,
               false, m.met_on, m.created_at, m.met_on::timestamptz
        from bench_case_map m join cases c on c.id = m.old_id`,
    );
    await step(
      'agenda items: each heard case on its meeting',
      sql`insert into agenda_items (meeting_id, case_id, position, created_at)
        select meeting_id, new_id, row_number() over (partition by meeting_id order by k), created_at
        from bench_case_map where meeting_id is not null`,
    );

    // Only settled referrals are copied: one still in draft, returned or waiting for screening is the
    // demo's own backlog, which a real area keeps to days, not years. A copy of an accepted referral
    // joins the same copy of its case, its dates moved with the case's.
    const [{ settled }] = await execute<{ settled: number }>(tx, sql`select count(*)::int as settled from referrals where status in ('accepted', 'declined')`);
    const referrals = copiesFor(settled, targets.referrals - ((await countOf(tx, 'referrals')) - settled));
    await step(
      `referrals: ${referrals.need} cloned`,
      sql`insert into referrals (area_id, referring_agency_id, referrer_user_id, case_id, status, form, version, victim_name, victim_aliases,
          victim_dob, perpetrator_name, perpetrator_aliases, perpetrator_dob, children_in_household, stalking, risk_checklist_id,
          stalking_screen_id, risk_score, stalking_score, visible_high_risk, professional_judgement, potential_escalation, repeat,
          created_at, updated_at, submitted_at)
        select r.area_id, r.referring_agency_id, r.referrer_user_id, coalesce(m.new_id, r.case_id), r.status, r.form, r.version, r.victim_name,
               r.victim_aliases, r.victim_dob, r.perpetrator_name, r.perpetrator_aliases, r.perpetrator_dob, r.children_in_household, r.stalking,
               r.risk_checklist_id, r.stalking_screen_id, r.risk_score, r.stalking_score, r.visible_high_risk, r.professional_judgement,
               r.potential_escalation, r.repeat,
               least(r.created_at + d.delta, now()), least(r.updated_at + d.delta, now()), least(r.submitted_at + d.delta, now())
        from (
          select r.id, g as copy, random() * ${span} as shift
          from referrals r cross join generate_series(1, ${referrals.copies}::int) g
          where r.status in ('accepted', 'declined')
          order by g, r.created_at, r.id
          limit ${referrals.need}::int
        ) s
        join referrals r on r.id = s.id
        left join cases oc on oc.id = r.case_id
        left join bench_case_map m on m.old_id = r.case_id and m.copy = 1 + (s.copy - 1) % ${cases.copies}::int
        cross join lateral (select coalesce(m.created_at - oc.created_at, -s.shift) as delta) d`,
    );

    // Actions: agreed at the meetings that heard the cases, due two to six weeks later; most of the
    // past ones closed, some still open (overdue).
    const actionNeed = Math.max(0, targets.actionItems - (await countOf(tx, 'action_items')));
    await execute(
      tx,
      sql`create temp table bench_agenda on commit drop as
        select row_number() over (order by mt.starts_at, ai.position) as k, ai.id, ai.meeting_id, ai.case_id, mt.area_id,
               (mt.starts_at at time zone 'Europe/London')::date as met_on
        from agenda_items ai join meetings mt on mt.id = ai.meeting_id`,
    );
    await execute(
      tx,
      sql`create temp table bench_action_template on commit drop as
        select row_number() over (order by description) as k, t.*
        from (select distinct description, owner_agency_id, owner_name, created_by from action_items) t`,
    );
    const agendaCount = await countOf(tx, 'bench_agenda');
    const templateCount = await countOf(tx, 'bench_action_template');
    await step(
      `action items: ${actionNeed} added`,
      sql`insert into action_items (area_id, case_id, meeting_id, agenda_item_id, description, owner_agency_id, owner_name, due_on, status,
          closed_at, created_by, created_at, updated_at)
        select a.area_id, a.case_id, a.meeting_id, a.id, t.description, t.owner_agency_id, t.owner_name, d.due_on, st.status, cl.closed_at,
               t.created_by, a.met_on + time '11:00', coalesce(cl.closed_at, a.met_on + time '11:00')
        from generate_series(1, ${actionNeed}::int) n
        join bench_agenda a on a.k = 1 + (n - 1) % ${agendaCount}::int
        join bench_action_template t on t.k = 1 + (n + (n - 1) / ${agendaCount}::int) % ${templateCount}::int
        cross join lateral (select a.met_on + 14 * (1 + n % 3) as due_on) d
        cross join lateral (
          select (case when d.due_on < current_date
                   then (array['completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'not_done', 'not_possible', 'open', 'in_progress'])[1 + n % 10]
                   else (array['open', 'in_progress'])[1 + n % 2] end)::action_item_status as status
        ) st
        cross join lateral (
          select case when st.status in ('completed', 'not_done', 'not_possible')
                 then least((d.due_on + (n % 9 - 5))::timestamptz + interval '12 hours', now()) end as closed_at
        ) cl`,
    );

    // The audit log: the demo users reading and changing records over two years, and some failed
    // sign-ins with an unknown email (no user, no area).
    const auditNeed = Math.max(0, targets.auditEvents - (await countOf(tx, 'audit_events')));
    await execute(
      tx,
      sql`create temp table bench_actor on commit drop as
        select row_number() over (order by u.email) as k, u.id, u.agency_id, ag.area_id, u.role::text as role
        from users u join agencies ag on ag.id = u.agency_id where u.active and u.password_hash is not null`,
    );
    const actorCount = await countOf(tx, 'bench_actor');
    const caseCount = Math.max(1, await countOf(tx, 'bench_case_map'));
    await step(
      `audit events: ${auditNeed} added`,
      sql`insert into audit_events (occurred_at, user_id, agency_id, area_id, role, action, resource_type, resource_id, case_id, outcome, detail, request_id)
        select g.at, u.id, u.agency_id, u.area_id, u.role, v.action, v.resource_type,
               case when v.resource_type = 'case' then c.new_id::text end, case when v.resource_type = 'case' then c.new_id end,
               (case when g.n % 97 = 0 then 'denied' else 'allowed' end)::audit_outcome, case when g.n % 97 = 0 then 'not_permitted' end,
               md5(g.n::text)
        from (
          select n, 1 + floor(random() * ${actorCount}::int)::int as actor, floor(random() * 16)::int as verb,
                 now() - random() * ${span} as at
          from generate_series(1, ${auditNeed - Math.floor(auditNeed / 200)}::int) n
        ) g
        join bench_actor u on u.k = g.actor
        join (values (0, 'dashboard.view', 'dashboard'), (1, 'case.view', 'case'), (2, 'case.list', 'case'), (3, 'referral.view', 'referral'),
                     (4, 'referral.list', 'referral'), (5, 'action_item.list', 'action_item'), (6, 'action_item.view', 'action_item'),
                     (7, 'sign_in', 'session'), (8, 'meeting.open', 'meeting'), (9, 'case.view', 'case'), (10, 'notification.list', 'notification'),
                     (11, 'referral.save', 'referral'), (12, 'research.save', 'research'), (13, 'sign_out', 'session'),
                     (14, 'agenda.view', 'meeting'), (15, 'case.view', 'case')) v(k, action, resource_type) on v.k = g.verb
        left join bench_case_map c on c.k = 1 + g.n % ${caseCount}::int`,
    );
    await execute(
      tx,
      sql`insert into audit_events (occurred_at, action, resource_type, outcome, detail, request_id)
        select now() - random() * ${span}, 'sign_in.failed', 'session', 'denied', 'unknown_email', md5('x' || n)
        from generate_series(1, ${Math.floor(auditNeed / 200)}::int) n`,
    );

    // One busy user's notifications over two years, all but one in twenty read.
    const notificationNeed = targets.notifications;
    await execute(tx, sql`create temp table bench_meeting on commit drop as select row_number() over (order by starts_at) as k, id from meetings`);
    await execute(tx, sql`create temp table bench_action on commit drop as select row_number() over () as k, id from action_items limit 1000`);
    await execute(tx, sql`create temp table bench_referral on commit drop as select row_number() over () as k, id from referrals limit 1000`);
    const [meetingCount, actionCount, referralCount] = [await countOf(tx, 'bench_meeting'), await countOf(tx, 'bench_action'), await countOf(tx, 'bench_referral')];
    await step(
      `notifications: ${notificationNeed} for one user`,
      sql`insert into notifications (user_id, kind, meeting_id, action_item_id, referral_id, created_at, read_at, email_state, email_attempts,
          email_next_attempt_at, emailed_at)
        select ${targets.notifiedUserId}::uuid, x.kind,
               case when x.kind in ('minutes_circulated', 'research_requested') then mt.id end,
               case when x.kind in ('action_assigned', 'action_due_soon', 'action_overdue') then ac.id end,
               case when x.kind = 'referral_returned' then rf.id end,
               g.at, case when g.n % 20 <> 0 then least(g.at + interval '1 day', now()) end, 'sent', 1, g.at, g.at + interval '2 minutes'
        from (select n, now() - random() * ${span} as at from generate_series(1, ${notificationNeed}::int) n) g
        cross join lateral (
          select (array['minutes_circulated', 'action_assigned', 'referral_returned', 'research_requested', 'action_due_soon', 'action_overdue'])[1 + g.n % 6]::notification_kind as kind
        ) x
        join bench_meeting mt on mt.k = 1 + g.n % ${meetingCount}::int
        join bench_action ac on ac.k = 1 + g.n % ${actionCount}::int
        join bench_referral rf on rf.k = 1 + g.n % ${referralCount}::int`,
    );
  });
  // As autovacuum would leave a settled database: statistics, and a visibility map for index-only scans.
  await execute(db, sql`vacuum analyze`);
}

