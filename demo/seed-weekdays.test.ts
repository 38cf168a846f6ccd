import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { areas, meetings } from '@/db/schema';
import { createScratchDatabase, dropScratchDatabase } from '@/test/database.mjs';
import { makeDemoArea } from './seed';

// The demo is made on whatever day someone runs it, and its meetings fall on Thursdays. Its last days
// must come after its last meeting: the cases accepted in them wait for the next one, whose agenda was
// published three days ago. (When the last meeting was the Thursday just gone, the demo failed on
// Fridays, Saturdays and Sundays.) This file makes the story as of a Friday and a Sunday.
const serverUrl = process.env.DATABASE_URL;
let scratch: { name: string; url: string } | undefined;

beforeAll(async () => {
  if (!serverUrl) return;
  await closeDb();
  scratch = await createScratchDatabase(serverUrl, 'marac_demo_days');
  process.env.DATABASE_URL = scratch.url;
  await migrateDb();
});

afterAll(async () => {
  if (!scratch || !serverUrl) return;
  await closeDb();
  await dropScratchDatabase(serverUrl, scratch.name);
  process.env.DATABASE_URL = serverUrl;
});

/** 10:00 UTC on the most recent `weekday` (0 = Sunday) before today. */
function lastWeekday(weekday: number): Date {
  const now = new Date();
  const back = (now.getUTCDay() - weekday + 7) % 7 || 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back, 10));
}

describe('the demo made on any day of the week', () => {
  it.each([
    ['a Friday', 5],
    ['a Sunday', 0],
  ])('tells its story as of %s, with the coming meeting’s agenda published', async (_day, weekday) => {
    const anchor = lastWeekday(weekday);
    const name = `Kestrel Vale (weekday ${weekday})`;
    await makeDemoArea(anchor, { name, emailDomain: `weekday${weekday}.example` });
    const db = await getDb();
    const [area] = await db.select({ id: areas.id }).from(areas).where(eq(areas.name, name));
    const coming = await db
      .select({ status: meetings.status, startsAt: meetings.startsAt })
      .from(meetings)
      .where(and(eq(meetings.areaId, area.id), inArray(meetings.status, ['scheduled', 'agenda_published'])))
      .orderBy(asc(meetings.startsAt));
    expect(coming.map((m) => m.status)).toEqual(['agenda_published', 'scheduled']);
    expect(coming[0].startsAt.getTime()).toBeGreaterThan(anchor.getTime());
  }, 180_000);
});
