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
