// Measures the product's lists on a large area: a throw-away database (a scratch database on the server
// DATABASE_URL names, or PGlite in memory), the demo area scaled up in SQL, then each list verb of lib/
// timed as a real user calls it (audit event included). A measurement, not a test: it never fails on a
// time. Run with `npm run bench`; BENCH_SCALE (default 1) sizes the data, BENCH_RUNS (default 20) the runs.
import { performance } from 'node:perf_hooks';
import { eq, sql, type SQL } from 'drizzle-orm';
import { closeDb, getDb, getPglite, type Db, type Tx } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { migrateDb } from '@/db/migrate';
import { users } from '@/db/schema';
import { seedDemo } from '@/demo/seed';
import { listActionItems } from '@/lib/action-items/list';
import { listEscalations } from '@/lib/action-items/escalation';
import { actionBoardQuerySchema } from '@/lib/action-items/schemas';
import { getCaseAccessLog } from '@/lib/audit/case-log';
import { listAuditEvents } from '@/lib/audit/list';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { recordAudit } from '@/lib/audit/record';
import { getUserActivity } from '@/lib/audit/user-activity';
import type { Viewer } from '@/lib/auth/viewer-type';
import { withViewer } from '@/lib/auth/with-viewer';
import { listCases, type CaseListQuery } from '@/lib/cases/list';
import { getDashboard } from '@/lib/dashboard/get';
import { listNotifications } from '@/lib/notifications/list';
import { listAgencyReferrals, listScreeningQueue, type ReferralListQuery } from '@/lib/referrals/list';
import { listUsers } from '@/lib/users/list';
import { signedIn } from '@/test/factories';
import { createScratchDatabase, dropScratchDatabase } from '@/test/database.mjs';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const PAGE = 25;

/** The size of a large area's data at BENCH_SCALE=1. */
const targets = { cases: 10_000, referrals: 20_000, actionItems: 50_000, auditEvents: 300_000, notifications: 5_000 };
const target = (n: number) => Math.max(1, Math.round(n * scale));

async function execute<T = Record<string, unknown>>(db: Db | Tx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

async function countOf(db: Db | Tx, table: string): Promise<number> {
  const [{ n }] = await execute<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return n;
}

/** How many copies of `have` rows make `want`, and how many rows that is to add. */
function copiesFor(have: number, want: number) {
  const need = Math.max(0, want - have);
  return { need, copies: Math.max(1, Math.ceil(need / have)) };
}

// ---------------------------------------------------------------------------------------------------
// The data: the demo area, then, in SQL and in one transaction, two years of a large area. Cloned cases
// are heard at weekly meetings; cloned referrals and the actions agreed point at the cloned cases.

async function scaleUp(db: Db, coordinatorId: string) {
  await db.transaction(async (tx) => {
    await execute(tx, sql`select setseed(0.42)`);
    const step = async (label: string, query: SQL) => {
      const started = performance.now();
      await execute(tx, query);
      console.log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    };

    await step(
      'meetings: weekly for two years',
      sql`insert into meetings (area_id, starts_at, venue, status, agenda_published_at, research_requested_at, created_at, updated_at)
        select a.id, w.starts_at, 'Kestrel Vale Civic Centre, committee room 1', 'finalised', w.starts_at - interval '7 days',
               w.starts_at - interval '7 days', w.starts_at - interval '28 days', w.starts_at
        from areas a cross join lateral (
          select date_trunc('week', now()) + interval '1 day 10 hours' - make_interval(weeks => k) as starts_at from generate_series(1, 104) k
        ) w`,
    );

    const cases = copiesFor(await countOf(tx, 'cases'), target(targets.cases));
    await execute(
      tx,
      sql`create temp table bench_case_map (k serial primary key, old_id uuid not null, new_id uuid not null, copy int not null,
        created_at timestamptz not null, meeting_id uuid, met_on date) on commit drop`,
    );
    // Each copy is opened on a day of the last two years and heard at the first meeting a week later.
    await execute(
      tx,
      sql`insert into bench_case_map (old_id, new_id, copy, created_at, meeting_id, met_on)
        select s.id, gen_random_uuid(), s.copy, s.created_at, h.id, (h.starts_at at time zone 'Europe/London')::date
        from (
          select c.id, c.area_id, c.last_marac_on, g as copy, now() - random() * interval '730 days' as created_at
          from cases c cross join generate_series(1, ${cases.copies}::int) g
          order by g, c.number
          limit ${cases.need}::int
        ) s
        left join lateral (
          select m.id, m.starts_at from meetings m
          where s.last_marac_on is not null and m.area_id = s.area_id and m.status in ('held', 'finalised') and m.starts_at > s.created_at + interval '7 days'
          order by m.starts_at limit 1
        ) h on true`,
    );
    await step(
      `cases: ${cases.need} cloned`,
      sql`insert into cases (id, area_id, sequence, number, status, awaiting_meeting, last_marac_on, created_at, updated_at)
        select m.new_id, c.area_id, c.sequence, c.number || '-' || m.copy,
               case when m.created_at < now() - interval '1 year' then 'closed' else 'open' end::case_status,
               m.meeting_id is null and m.created_at > now() - interval '60 days', m.met_on, m.created_at, coalesce(m.met_on::timestamptz, m.created_at)
        from bench_case_map m join cases c on c.id = m.old_id`,
    );
    await step(
      'agenda items: each heard case on its meeting',
      sql`insert into agenda_items (meeting_id, case_id, position, created_at)
        select meeting_id, new_id, row_number() over (partition by meeting_id order by k), created_at
        from bench_case_map where meeting_id is not null`,
    );

    // A copy of an accepted referral joins the same copy of its case, its dates moved with the case's.
    const referrals = copiesFor(await countOf(tx, 'referrals'), target(targets.referrals));
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
          select r.id, g as copy, random() * interval '730 days' as shift
          from referrals r cross join generate_series(1, ${referrals.copies}::int) g
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
    const actionNeed = Math.max(0, target(targets.actionItems) - (await countOf(tx, 'action_items')));
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
    const auditNeed = Math.max(0, target(targets.auditEvents) - (await countOf(tx, 'audit_events')));
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
                 now() - random() * interval '730 days' as at
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
        select now() - random() * interval '730 days', 'sign_in.failed', 'session', 'denied', 'unknown_email', md5('x' || n)
        from generate_series(1, ${Math.floor(auditNeed / 200)}::int) n`,
    );

    // One busy user's notifications over two years, all but one in twenty read.
    const notificationNeed = target(targets.notifications);
    await execute(tx, sql`create temp table bench_meeting on commit drop as select row_number() over (order by starts_at) as k, id from meetings`);
    await execute(tx, sql`create temp table bench_action on commit drop as select row_number() over () as k, id from action_items limit 1000`);
    await execute(tx, sql`create temp table bench_referral on commit drop as select row_number() over () as k, id from referrals limit 1000`);
    const [meetingCount, actionCount, referralCount] = [await countOf(tx, 'bench_meeting'), await countOf(tx, 'bench_action'), await countOf(tx, 'bench_referral')];
    await step(
      `notifications: ${notificationNeed} for coordinator@marac.example`,
      sql`insert into notifications (user_id, kind, meeting_id, action_item_id, referral_id, created_at, read_at, email_state, email_attempts,
          email_next_attempt_at, emailed_at)
        select ${coordinatorId}::uuid, x.kind,
               case when x.kind in ('minutes_circulated', 'research_requested') then mt.id end,
               case when x.kind in ('action_assigned', 'action_due_soon', 'action_overdue') then ac.id end,
               case when x.kind = 'referral_returned' then rf.id end,
               g.at, case when g.n % 20 <> 0 then least(g.at + interval '1 day', now()) end, 'sent', 1, g.at, g.at + interval '2 minutes'
        from (select n, now() - random() * interval '730 days' as at from generate_series(1, ${notificationNeed}::int) n) g
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

// ---------------------------------------------------------------------------------------------------
// The measurements.

interface Measured {
  name: string;
  /** Calls the verb once; says how many rows it returned and, for a paged list, how many match. */
  run: () => Promise<{ rows: number; total?: number }>;
}

const paged = (p: Promise<{ rows: unknown[]; total: number }>) => p.then((r) => ({ rows: r.rows.length, total: r.total }));

function benchmarks(as: Record<'coordinator' | 'police' | 'admin', Viewer>, busiest: { id: string; number: string }): Measured[] {
  const actions = (board: 'mine' | 'all', viewer: Viewer, q: Record<string, string> = {}) => () =>
    paged(listActionItems(viewer, board, actionBoardQuerySchema.parse(q)));
  const screening = (q: Partial<ReferralListQuery>) => () =>
    paged(listScreeningQueue(as.coordinator, { page: 1, pageSize: PAGE, sort: 'submitted', direction: 'asc', ...q }));
  const caseList = (viewer: Viewer, q: Partial<CaseListQuery> = {}) => () =>
    paged(listCases(viewer, { page: 1, pageSize: PAGE, sort: 'number', direction: 'desc', ...q }));
  const audit = (q: Record<string, string> = {}) => () => paged(listAuditEvents(as.admin, auditFilterSchema.parse(q)));
  return [
    // What every verb pays before its own queries: the transaction, the session check, one audit event.
    { name: 'floor: session check + audit event', run: () => withViewer(as.coordinator, (tx, me) => recordAudit(tx, me, { action: 'bench.floor', resourceType: 'bench' })).then(() => ({ rows: 0 })) },
    { name: 'actions, all: by due date, page 1', run: actions('all', as.coordinator) },
    { name: 'actions, all: by due date, page 200', run: actions('all', as.coordinator, { page: '200' }) },
    { name: 'actions, all: by case', run: actions('all', as.coordinator, { sort: 'case' }) },
    { name: 'actions, all: by agency', run: actions('all', as.coordinator, { sort: 'agency' }) },
    { name: 'actions, all: overdue only', run: actions('all', as.coordinator, { overdue: 'yes' }) },
    { name: 'actions, all: open, police', run: actions('all', as.coordinator, { status: 'open', agency: as.police.agencyId }) },
    { name: 'actions, mine (police)', run: actions('mine', as.police) },
    { name: 'screening queue: submitted', run: screening({ status: 'submitted' }) },
    { name: 'screening queue: all, by score', run: screening({ sort: 'score', direction: 'desc' }) },
    { name: 'agency referrals (police)', run: () => paged(listAgencyReferrals(as.police, { page: 1, pageSize: PAGE, sort: 'updated', direction: 'desc' })) },
    { name: 'cases (coordinator)', run: caseList(as.coordinator) },
    { name: 'cases (coordinator): by victim', run: caseList(as.coordinator, { sort: 'victim', direction: 'asc' }) },
    { name: 'cases (coordinator): search', run: caseList(as.coordinator, { search: 'Whitlock' }) },
    { name: 'cases (police)', run: caseList(as.police) },
    { name: 'audit log (admin)', run: audit() },
    { name: 'audit log: one user', run: audit({ user: as.coordinator.userId }) },
    { name: 'audit log: one action', run: audit({ action: 'case.view' }) },
    { name: 'audit log: one case, by number', run: audit({ case: busiest.number }) },
    { name: 'who has seen a case (the busiest)', run: () => paged(getCaseAccessLog(as.coordinator, busiest.id, {})) },
    { name: 'who has seen a case: one agency', run: () => paged(getCaseAccessLog(as.coordinator, busiest.id, { agency: as.police.agencyId })) },
    {
      name: 'everything a user touched (coordinator)',
      run: () => getUserActivity(as.admin, as.coordinator.userId, {}).then((a) => ({ rows: a.cases.length, total: a.casesTotal })),
    },
    { name: 'users (admin)', run: () => paged(listUsers(as.admin, { page: 1, pageSize: PAGE, sort: 'name', direction: 'asc' })) },
    { name: 'notifications, page 1', run: () => paged(listNotifications(as.coordinator, {})) },
    { name: 'notifications, page 100', run: () => paged(listNotifications(as.coordinator, { page: 100 })) },
    { name: 'dashboard (coordinator)', run: () => getDashboard(as.coordinator).then((d) => ({ rows: d.actionStats?.length ?? 0 })) },
    { name: 'escalation list', run: () => listEscalations(as.coordinator).then((rows) => ({ rows: rows.length, total: rows.length })) },
  ];
}

async function measure(b: Measured) {
  let last: { rows: number; total?: number } = { rows: 0 };
  for (let i = 0; i < WARM_UP; i++) last = await b.run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await b.run();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { name: b.name, median: at(0.5), p95: at(0.95), max: times[times.length - 1], rows: last.total === undefined ? `${last.rows}` : `${last.rows}/${last.total}` };
}

function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const db = await getDb();
  await migrateDb();
  await seedDemo();
  const demoUser = async (email: string) => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new Error(`demo user ${email} not found`);
    return user.id;
  };
  const coordinatorId = await demoUser('coordinator@marac.example');

  console.log(`Scaling the demo area up (BENCH_SCALE=${scale}):`);
  await scaleUp(db, coordinatorId);

  const pglite = await getPglite();
  const [{ version }] = await execute<{ version: string }>(db, sql`select current_setting('server_version') as version`);
  console.log(`\nDatabase: ${pglite ? `PGlite (PostgreSQL ${version}), in memory` : `PostgreSQL ${version}`}`);
  const tables = ['cases', 'referrals', 'meetings', 'agenda_items', 'action_items', 'audit_events', 'notifications', 'users', 'agencies'];
  const sizes = await Promise.all(tables.map(async (t) => [t, (await countOf(db, t)).toLocaleString('en-GB')]));
  console.log(`${table(['table', 'rows'], sizes)}\n`);

  const as = {
    coordinator: await signedIn(coordinatorId),
    police: await signedIn(await demoUser('police@marac.example')),
    admin: await signedIn(await demoUser('admin@marac.example')),
  };
  console.log(`${WARM_UP} warm-up runs, then ${runs} timed runs of each list:\n`);
  const results = [];
  // The case with the most events about it: the longest "who has seen this case".
  const [busiest] = await execute<{ id: string; number: string }>(
    db,
    sql`select c.id, c.number from cases c join audit_events e on e.case_id = c.id group by c.id, c.number order by count(*) desc limit 1`,
  );
  for (const b of benchmarks(as, busiest)) {
    const r = await measure(b);
    results.push([r.name, r.median.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1), r.rows]);
    console.log(`  ${r.name}: ${r.median.toFixed(1)} ms`);
  }
  console.log(`\n${table(['list', 'median ms', 'p95 ms', 'max ms', 'rows/total'], results)}`);
}

// The scratch database, when DATABASE_URL names a server; dropped however the run ends.
const serverUrl = process.env.DATABASE_URL;
let scratch: { name: string; url: string } | undefined;
let cleaned: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    await closeDb().catch((err) => console.error(err));
    if (serverUrl && scratch) await dropScratchDatabase(serverUrl, scratch.name);
  })();
  return cleaned;
}

process.once('SIGINT', () => {
  cleanUp().finally(() => process.exit(130));
});

async function run() {
  if (!(scale > 0) || !Number.isInteger(runs) || runs < 1) throw new Error('BENCH_SCALE must be a number above 0 and BENCH_RUNS a whole number above 0');
  if (serverUrl) {
    scratch = await createScratchDatabase(serverUrl, 'marac_bench');
    process.env.DATABASE_URL = scratch.url;
    console.log(`Scratch database ${scratch.name}, dropped at the end.`);
  } else {
    process.env.PGLITE_DATA_DIR = 'memory://';
  }
  try {
    await main();
  } finally {
    await cleanUp();
  }
}

run().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
