import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';
import { now } from './clock';
import { rowsOf } from './rows';

/** The job queue's schema (lib/jobs/queues.ts installs pg-boss there): outside `public` and its row-level security. */
export const JOB_SCHEMA = 'pgboss';

/**
 * The role the app's transactions run as: it owns nothing, is not a superuser, cannot bypass
 * row-level security, and holds only the privileges below. Migrations run as the owner (the role of
 * DATABASE_OWNER_URL, or of DATABASE_URL when that is unset), which creates this role and grants it
 * what the rule says after every migration (decision 0020).
 */
export const APP_ROLE = 'marac_app';

/** Tables the app updates rows of (every other table is written once and never changed by the app). */
const updated = new Set([
  'action_items', 'agencies', 'agenda_items', 'areas', 'attachment_blobs', 'attendance', 'case_minutes', 'cases',
  'digital_safety_items', 'email_preferences', 'incident_numbers', 'incident_versions', 'incidents', 'meetings',
  'notifications', 'preservation_requests', 'protective_orders', 'rate_limits', 'recovery_codes', 'referral_matches',
  'referrals', 'research', 'sessions', 'support_services', 'users',
]);

/** Tables the app deletes rows from. */
const deleted = new Set(['attendance', 'rate_limits', 'recovery_codes', 'referral_matches']);

/**
 * Tables the app only reads: the audit chain's heads are written by the audit trigger, and the open
 * actions' tallies by theirs, as the owner.
 */
const readOnly = new Set(['audit_chain_heads', 'action_tallies', 'open_action_totals']);

/**
 * The one rule of the app role's privileges on a table of the public schema. The audit log is
 * INSERT and SELECT alone; nothing has TRUNCATE, REFERENCES or TRIGGER; nothing is owned.
 */
export function appPrivileges(table: string): string[] {
  if (readOnly.has(table)) return ['SELECT'];
  return ['SELECT', 'INSERT', ...(updated.has(table) ? ['UPDATE'] : []), ...(deleted.has(table) ? ['DELETE'] : [])];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Creates the app role if it is missing and sets its privileges from the rule, after the migrations,
 * as the owner. Revokes first, so a privilege the rule no longer gives is taken away.
 */
export async function grantAppRole(db: Db): Promise<void> {
  await db.execute(sql.raw(`do $$ begin
    if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
      create role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
    end if;
  end $$`));
  // An owner that is not a superuser needs membership to SET ROLE to it (the transactions below do).
  await db.execute(sql.raw(`do $$ begin
    if not (select rolsuper from pg_roles where rolname = current_user) and not pg_has_role(current_user, '${APP_ROLE}', 'member') then
      execute format('grant %I to %I', '${APP_ROLE}', current_user);
    end if;
  end $$`));
  const tables = await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const statements = [
    `revoke all on schema drizzle from ${APP_ROLE}`,
    `grant usage on schema public to ${APP_ROLE}`,
    `revoke create on schema public from ${APP_ROLE}`,
    `revoke create on schema public from public`,
    `grant usage on all sequences in schema public to ${APP_ROLE}`,
    // The job queue's schema (lib/jobs/queues.ts): pg-boss reads, adds, changes and deletes its jobs;
    // it creates nothing at run time, as the queues were made by the migration.
    `grant usage on schema ${JOB_SCHEMA} to ${APP_ROLE}`,
    `revoke create on schema ${JOB_SCHEMA} from ${APP_ROLE}`,
    `revoke all on all tables in schema ${JOB_SCHEMA} from ${APP_ROLE}`,
    `grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${APP_ROLE}`,
    `grant usage, select on all sequences in schema ${JOB_SCHEMA} to ${APP_ROLE}`,
  ];
  for (const { name } of rowsOf<{ name: string }>(tables)) {
    statements.push(`revoke all on table ${ident(name)} from ${APP_ROLE}`);
    statements.push(`grant ${appPrivileges(name).join(', ')} on table ${ident(name)} to ${APP_ROLE}`);
  }
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.execute(sql.raw(statement));
  });
}

/**
 * Who a transaction acts for, as the row-level security policies read it (lib/authz/row-security.ts):
 * a signed-in viewer, or the system (sign-in, set-up links, jobs), which the policies let through. (A
 * session not yet checked needs no scope: the database reads it for anyone who names it, lib/auth/session.ts.)
 */
export type RowScope = { viewer: { userId: string; agencyId: string; role: string; areaId: string } } | { system: true };

/**
 * The first statement of every transaction of the app: from here to its end it runs as the app role,
 * whatever role the connection signed in as (PGlite has one superuser; a development set-up may use
 * the owner), and says who it acts for, with the app's clock (the policies measure windows from it).
 * Every setting is local to the transaction (`set_config(…, true)`), so nothing passes to the next
 * transaction on the same connection.
 */
export async function runAsAppRole(tx: Tx, scope: RowScope): Promise<void> {
  const viewer = 'viewer' in scope ? scope.viewer : null;
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('marac.system', ${'system' in scope ? 'on' : ''}, true),
    set_config('marac.user', ${viewer?.userId ?? ''}, true),
    set_config('marac.agency', ${viewer?.agencyId ?? ''}, true), set_config('marac.role', ${viewer?.role ?? ''}, true),
    set_config('marac.area', ${viewer?.areaId ?? ''}, true), set_config('marac.now', ${now().toISOString()}, true)`);
}

/**
 * Runs `work` in the system scope within a viewer's transaction, then hands the viewer's scope back:
 * for a search the product makes on the viewer's behalf whose rows the viewer is never shown. The two
 * such: a referral matched against every earlier case of its area when it is submitted
 * (lib/referrals/matching.ts), which the referring agency cannot see but the coordinator must; and the
 * MARAC dataset's counts (lib/dataset/get.ts), which its readers see as numbers only.
 */
export async function searchForTheSystem<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  await tx.execute(sql`select set_config('marac.system', 'on', true)`);
  // An error ends the transaction, and the setting with it.
  const result = await work();
  await tx.execute(sql`select set_config('marac.system', '', true)`);
  return result;
}
