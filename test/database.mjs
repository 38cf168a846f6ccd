// Creates and drops a throw-away database on the PostgreSQL server that DATABASE_URL points at.
// Used by the integration tests and the end-to-end run; plain JS so both can load it.
import postgres from 'postgres';

export async function createScratchDatabase(serverUrl, prefix) {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropScratchDatabase(serverUrl, name) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** The role the app connects as in production (db/app-role.ts makes it at migration). */
export const APP_ROLE = 'marac_app';

/**
 * The same database as the app role: the user of the URL replaced, no password (this machine's
 * PostgreSQL trusts local connections; a production server gives the role a password, README).
 */
export function appRoleUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  url.username = APP_ROLE;
  url.password = '';
  return url.toString();
}
