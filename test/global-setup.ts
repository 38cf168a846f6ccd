import { createScratchDatabase, dropScratchDatabase } from './database.mjs';

/** With DATABASE_URL set, the whole run uses a fresh database on that server, dropped at the end. */
export default async function setup() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const db = await createScratchDatabase(serverUrl, 'marac_test');
  process.env.DATABASE_URL = db.url;
  return async () => {
    await dropScratchDatabase(serverUrl, db.name);
  };
}
