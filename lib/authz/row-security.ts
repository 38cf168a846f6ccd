import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { roles, type Role } from '@/db/enums';
import { APP_ROLE } from '@/db/app-role';
import { rowsOf } from '@/db/rows';
import { log } from '@/lib/logging/log';
import { caseRelationSql, isCaseRelation } from './cases';
import { relationsFor, type Action, type Relation } from '.';

/*
 * The database's own face of the access model (decision 0022): row-level security on every table
 * that holds personal data, enabled and forced, with policies for the app role built here from the
 * policy table (./policy.ts) and the case relations (./cases.ts), so the database refuses what the
 * app would refuse even if a verb forgot to ask. db:migrate installs them after every migration, as
 * the owner; each transaction of the app says who is asking (db/app-role.ts, `runAsAppRole`).
 *
 * What the wall holds:
 * - every row of an area is out of reach of any other area's users;
 * - a victim's referral, and the stalking casework of a case (its incident log and evidence, orders,
 *   preservation requests, crime recording, digital safety plan), only to those who may see the case;
 * - a user's sessions and recovery codes to that user and the area's administrators;
 * - the audit log to those who read it (and each user's own events).
 * Meeting records (agendas, research, minutes, attendance) and actions are walled by area: the
 * meeting shares them with the area's agencies and the app shows each case's details only to those
 * who may see it. Work that is no viewer's (sign-in, set-up links, the daily jobs) runs as the app
 * role in the "system" scope, which the policies let through.
 */

/** Tables of the public schema that hold no personal data and so have no row-level security. */
export const tablesWithoutRowSecurity: Readonly<Record<string, string>> = {
  audit_chain_heads: 'the last hash of each area’s audit chain; written by the audit trigger, read-only to the app',
  rate_limits: 'failed sign-in counts under SHA-256 keys; read and written by the throttle outside any viewer’s transaction',
};

// The relations of each action, as SQL over a row of the table (columns of the row named bare).
const relationSql = (relation: Relation, columns: { agency?: string }): string => {
  switch (relation) {
    case 'any':
    case 'same_area':
      return 'true';
    case 'own_agency':
      if (!columns.agency) throw new Error(`row security: own_agency needs the agency column`);
      return `${columns.agency} = ${viewerAgency}`;
    default:
      throw new Error(`row security: no SQL for the relation ${relation} here`);
  }
};

/*
 * The viewer's settings as policies read them: each a scalar subquery, which PostgreSQL evaluates once per
 * statement (an InitPlan), not once per row; a policy then costs a comparison or two a row.
 */
const viewerArea = '(select marac_area())';
const viewerAgency = '(select marac_agency())';
const viewerUser = '(select marac_user())';
const viewerRole = '(select marac_role())';
const systemScope = '(select marac_system())';

/** `case <role> when … end`: for each role, the condition under which it holds. */
function byRole(condition: (role: Role) => string | null, role = viewerRole): string {
  const branches = roles.map((r) => [r, condition(r)] as const).filter(([, c]) => c && c !== 'false');
  if (branches.length === 0) return 'false';
  return `(case ${role} ${branches.map(([r, c]) => `when '${r}' then (${c})`).join(' ')} else false end)`;
}

/** The roles whose relations for the action include `same_area` (they reach every such row of the area). */
const wholeAreaRoles = (action: Action) => roles.filter((role) => relationsFor({ role }, action).includes('same_area'));
const roleIn = (rs: readonly Role[]) => (rs.length ? `${viewerRole} in (${rs.map((r) => `'${r}'`).join(', ')})` : 'false');
const mayEverRoles = (...as: Action[]) => roles.filter((role) => as.some((a) => relationsFor({ role }, a).length > 0));

const dialect = new PgDialect();
/** A drizzle fragment as SQL text, its parameters (constants of the code: numbers and names) written in. */
function inline(fragment: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(fragment);
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && /^[\w ]*$/.test(value)) return `'${value}'`;
    throw new Error('row security: a relation holds a parameter that is not a constant');
  });
}

/** Whether the viewer may see the case: the relations of `case.view`, as the one case check and the case list use them. */
const caseView: Action = 'case.view';

/** The actions whose rows are the case's casework: each must reach exactly the cases `case.view` reaches. */
export const caseworkActions: readonly Action[] = [
  'incident.view',
  'order.view',
  'preservation.view',
  'crime_recording.view',
  'safety_plan.view',
];

function seesCaseFunction(): string {
  const at = sql.raw('marac_now()');
  const agency = sql.raw('marac_agency()');
  const condition = byRole((role) => {
    const rs = relationsFor({ role }, caseView);
    if (rs.length === 0) return null;
    return rs
      .map((r) => (isCaseRelation(r) ? inline(caseRelationSql[r](agency, at)) : relationSql(r, {})))
      .join(' or ');
  }, 'marac_role()');
  return `create or replace function marac_sees_case(target uuid) returns boolean
    language sql stable security definer set search_path = public, pg_catalog as $$
      select exists (select 1 from "cases" where "cases"."id" = target and "cases"."area_id" = marac_area() and ${condition})
    $$`;
}

/** The settings a transaction gives (db/app-role.ts), read back; '' (reset) reads as unset. */
const settingFunctions = [
  `create or replace function marac_setting(name text) returns text language sql stable as $$ select nullif(current_setting(name, true), '') $$`,
  `create or replace function marac_system() returns boolean language sql stable as $$ select coalesce(marac_setting('marac.system') = 'on', false) $$`,
  `create or replace function marac_area() returns uuid language sql stable as $$ select marac_setting('marac.area')::uuid $$`,
  `create or replace function marac_agency() returns uuid language sql stable as $$ select marac_setting('marac.agency')::uuid $$`,
  `create or replace function marac_user() returns uuid language sql stable as $$ select marac_setting('marac.user')::uuid $$`,
  `create or replace function marac_role() returns text language sql stable as $$ select marac_setting('marac.role') $$`,
  `create or replace function marac_now() returns timestamptz language sql stable as $$ select coalesce(marac_setting('marac.now')::timestamptz, now()) $$`,
];

/**
 * Before the viewer is known: the one session a request's cookie names, with its user, their agency and
 * the user's unread notifications (counted up to `unread_cap` + 1, for the header), in one statement that
 * needs no transaction and no scope (lib/auth/session.ts decides whether the session is live); and that
 * session's last activity moved on, once it has been found live. Nothing else of any table is in reach.
 */
const sessionFunctions = [
  // Its columns may change between releases, and `create or replace` cannot change a function's result type.
  `drop function if exists marac_viewer_of_session(uuid, integer)`,
  `create function marac_viewer_of_session(target uuid, unread_cap integer)
    returns table (session_id uuid, user_id uuid, expires_at timestamptz, last_seen_at timestamptz, ended_at timestamptz,
      end_reason text, mfa_verified_at timestamptz, last_code_at timestamptz, name text, role text, active boolean,
      agency_id uuid, agency_name text, agency_type text, area_id uuid, unread integer)
    language sql stable security definer set search_path = public, pg_catalog as $$
      select s.id, s.user_id, s.expires_at, s.last_seen_at, s.ended_at, s.end_reason::text, s.mfa_verified_at, s.last_code_at,
        u.name, u.role::text, u.active, u.agency_id, a.name, a.type::text, a.area_id,
        (select count(*)::int from (select 1 from notifications n where n.user_id = s.user_id and n.read_at is null limit unread_cap + 1) unread)
      from sessions s join users u on u.id = s.user_id join agencies a on a.id = u.agency_id
      where s.id = target
    $$`,
  `create or replace function marac_touch_session(target uuid, seen_at timestamptz) returns void
    language sql volatile security definer set search_path = public, pg_catalog as $$
      update sessions set last_seen_at = seen_at where id = target and ended_at is null and last_seen_at < seen_at
    $$`,
];

/** Functions of earlier releases, dropped once no policy uses them: the session scope, which sessionFunctions replaced. */
const retiredFunctions = ['marac_session_area()', 'marac_session_user()', 'marac_session()'];

/** The row of `parent` that `table.key` names is one the viewer may see (the parent's own policy decides). */
/**
 * The ids of the viewer's area's audit events about a case, found through the indexes (case_id, the GIN
 * index on case_ids, the resource): under row-level security PostgreSQL may not use an index for an
 * operator it does not know to be leakproof, such as the array's `@>`, and would read the area's whole
 * log instead. It returns ids only; the rows are then read under the policies (lib/audit/scope.ts).
 */
const lookupFunctions = [
  `create or replace function marac_audit_events_about_case(target uuid) returns setof bigint
    language sql stable security definer set search_path = public, pg_catalog as $$
      select id from audit_events where area_id = marac_area() and case_id = target
      union select id from audit_events where area_id = marac_area() and case_ids @> array[target]
      union select id from audit_events where area_id = marac_area() and resource_type = 'case' and resource_id = target::text
    $$`,
];

const visibleParent = (parent: string, table: string, key: string) => `exists (select 1 from ${parent} p where p.id = ${table}.${key})`;
const inArea = `area_id = ${viewerArea}`;
/** The case's casework: coordinators and chairs (a cheap check of the role first), or marac_sees_case. */
const seesCase = (column = 'case_id') => `(${roleIn(wholeAreaRoles(caseView))} or marac_sees_case(${column}))`;

interface TablePolicy {
  /** Rows the app role may read, update and delete (and, unless `check` says otherwise, insert). */
  using: string;
  /** Rows it may insert or update to, when not the same as `using`. */
  check?: string;
  /** Inserts with this check, separately from reads (a row written before the row that makes it visible). */
  insert?: string;
}

/** Each table's rule, as SQL over its row. The system scope is added to all. */
function tablePolicies(): Record<string, TablePolicy> {
  const auditReaders = mayEverRoles('audit.list', 'case.access_log');
  const sessionAdmins = wholeAreaRoles('session.list');
  const mfaAdmins = wholeAreaRoles('user.reset_mfa');
  const referralRule = byRole((role) => relationsFor({ role }, 'referral.view').map((r) => relationSql(r, { agency: 'referring_agency_id' })).join(' or ') || null);
  const unattributedReaders = mayEverRoles('audit.list_unattributed');
  const areaUser = (table: string) => visibleParent('users', table, 'user_id');
  return {
    areas: { using: `id = ${viewerArea}` },
    agencies: { using: inArea },
    users: { using: visibleParent('agencies', 'users', 'agency_id') },
    sessions: { using: `user_id = ${viewerUser} or (${roleIn(sessionAdmins)} and ${areaUser('sessions')})` },
    recovery_codes: { using: `user_id = ${viewerUser} or (${roleIn(mfaAdmins)} and ${areaUser('recovery_codes')})` },
    email_preferences: { using: areaUser('email_preferences') },
    // Notifications carry ids only; a verb of one user notifies others of the area.
    notifications: { using: areaUser('notifications') },
    audit_events: {
      using: `(${inArea} and (${roleIn(auditReaders)} or user_id = ${viewerUser})) or (area_id is null and ${roleIn(unattributedReaders)})`,
      check: inArea,
    },
    support_services: { using: inArea },
    cases: { using: inArea },
    incident_numbers: { using: visibleParent('cases', 'incident_numbers', 'case_id') },
    referrals: { using: `${inArea} and (${referralRule} or (case_id is not null and marac_sees_case(case_id)))` },
    referral_status_changes: { using: visibleParent('referrals', 'referral_status_changes', 'referral_id') },
    referral_matches: { using: visibleParent('referrals', 'referral_matches', 'referral_id') },
    meetings: { using: inArea },
    agenda_items: { using: visibleParent('meetings', 'agenda_items', 'meeting_id') },
    attendance: { using: visibleParent('meetings', 'attendance', 'meeting_id') },
    confidentiality_confirmations: { using: visibleParent('meetings', 'confidentiality_confirmations', 'meeting_id') },
    minutes_revisions: { using: visibleParent('meetings', 'minutes_revisions', 'meeting_id') },
    case_minutes: { using: visibleParent('agenda_items', 'case_minutes', 'agenda_item_id') },
    research: { using: visibleParent('agenda_items', 'research', 'agenda_item_id') },
    action_items: { using: inArea },
    action_tallies: { using: inArea },
    open_action_totals: { using: inArea },
    action_item_updates: { using: visibleParent('action_items', 'action_item_updates', 'action_item_id') },
    action_reminders: { using: visibleParent('action_items', 'action_reminders', 'action_item_id') },
    incidents: { using: `${inArea} and ${seesCase()}` },
    incident_versions: { using: visibleParent('incidents', 'incident_versions', 'incident_id') },
    attachments: { using: `${inArea} and ${seesCase()}` },
    // A file's bytes are stored before the row that names them.
    attachment_blobs: { using: 'exists (select 1 from attachments a where a.storage_key = attachment_blobs.key or a.stripped_storage_key = attachment_blobs.key)', insert: 'true' },
    protective_orders: { using: `${inArea} and ${seesCase()}` },
    order_events: { using: visibleParent('protective_orders', 'order_events', 'order_id') },
    preservation_requests: { using: `${inArea} and ${seesCase()}` },
    digital_safety_items: { using: `${inArea} and ${seesCase()}` },
    case_crime_recordings: { using: `${inArea} and ${seesCase()}` },
    crime_recording_reviews: { using: `${inArea} and ${seesCase()}` },
  };
}

/**
 * Under row-level security PostgreSQL uses an index only for a condition whose functions are marked
 * leakproof (they cannot reveal a row's values through an error). Equality of enum values compares two
 * OIDs and nothing else, but PostgreSQL does not mark it so, and every status filter (`status =
 * 'submitted'`) would read the area's whole table. These mark it, in this database's own catalog; only a
 * superuser may, so `db:migrate` does it when it runs as one and otherwise says so (README).
 */
const leakproofStatements = [
  'alter function pg_catalog.enum_eq(anyenum, anyenum) leakproof',
  'alter function pg_catalog.enum_ne(anyenum, anyenum) leakproof',
];

/** The tables the wall covers. */
export const tablesWithRowSecurity = (): string[] => Object.keys(tablePolicies());

/**
 * Every statement that installs the wall, in order: the functions, then for each table RLS enabled
 * and forced, its old policies dropped, a policy for the owner (`owner`, which runs migrations and
 * the security-definer functions above) and the app role's. Safe to run again.
 */
export function rowSecurityStatements(owner: string, existingPolicies: readonly { table: string; name: string }[]): string[] {
  const id = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const statements = [...settingFunctions, seesCaseFunction(), ...lookupFunctions, ...sessionFunctions];
  for (const fn of ['marac_sees_case(uuid)', 'marac_audit_events_about_case(uuid)', 'marac_viewer_of_session(uuid, integer)', 'marac_touch_session(uuid, timestamptz)']) {
    statements.push(`revoke all on function ${fn} from public`, `grant execute on function ${fn} to ${APP_ROLE}`);
  }
  for (const { table, name } of existingPolicies) statements.push(`drop policy if exists ${id(name)} on ${id(table)}`);
  for (const [table, rule] of Object.entries(tablePolicies())) {
    const system = (condition: string) => `${systemScope} or (${condition})`;
    statements.push(
      `alter table ${id(table)} enable row level security`,
      `alter table ${id(table)} force row level security`,
      `create policy marac_owner on ${id(table)} to ${id(owner)} using (true) with check (true)`,
    );
    if (rule.insert) {
      statements.push(
        `create policy marac_app_read on ${id(table)} for select to ${APP_ROLE} using (${system(rule.using)})`,
        `create policy marac_app_insert on ${id(table)} for insert to ${APP_ROLE} with check (${system(rule.insert)})`,
        `create policy marac_app_update on ${id(table)} for update to ${APP_ROLE} using (${system(rule.using)})`,
        `create policy marac_app_delete on ${id(table)} for delete to ${APP_ROLE} using (${system(rule.using)})`,
      );
    } else {
      statements.push(
        `create policy marac_app on ${id(table)} to ${APP_ROLE} using (${system(rule.using)}) with check (${system(rule.check ?? rule.using)})`,
      );
    }
  }
  for (const fn of retiredFunctions) statements.push(`drop function if exists ${fn}`);
  return statements;
}

/** Installs the wall (after the migrations and the app role's grants, as the owner), in one transaction. */
export async function installRowSecurity(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const [{ owner }] = rowsOf<{ owner: string }>(await tx.execute(sql`select current_user as owner`));
    // The owner's policy lets everything through: given to the app role, it would open the wall.
    if (owner === APP_ROLE) throw new Error(`Migrations must run as the tables' owner, not as ${APP_ROLE}: set DATABASE_OWNER_URL`);
    const existing = rowsOf<{ table: string; name: string }>(
      await tx.execute(sql`select tablename as "table", policyname as name from pg_policies where schemaname = 'public'`),
    );
    for (const statement of rowSecurityStatements(owner, existing)) await tx.execute(sql.raw(statement));
    const [{ superuser }] = rowsOf<{ superuser: boolean }>(await tx.execute(sql`select rolsuper as superuser from pg_roles where rolname = current_user`));
    if (superuser) {
      for (const statement of leakproofStatements) await tx.execute(sql.raw(statement));
    } else {
      log.warn({ code: 'enum_equality_not_leakproof' }, 'row security: enum equality could not be marked leakproof (needs a superuser); lists filtered by a status read their whole area');
    }
  });
}
