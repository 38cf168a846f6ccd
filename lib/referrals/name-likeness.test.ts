import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';

async function likeness(a: string, b: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ v: sql<number>`marac_name_likeness(${a}, ${b})` }).from(sql`(select 1) as one`);
  return Number(row.v);
}

describe('name likeness in the database (pg_trgm and fuzzystrmatch)', () => {
  it.each([
    ['John Smith', 'john  smith', 1],
    ['John Smith', 'Jon Smyth', 0.8],
    ['Catherine O’Neill', 'Katherine ONeill', 0.8],
    ['Aisha Rahman', 'Aysha Rahman', 0.8],
    ['Beth Marsh', 'Bethany Marsh', 0.7],
    ['Alex Ng', 'Alexander Ng', 0.7],
  ])('finds %s and %s alike', async (a, b, atLeast) => {
    expect(await likeness(a, b)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['John Smith', 'Jane Smart'],
    ['John Smith', 'Peter Jones'],
    ['Jo Marsh', 'Joanna Marsh'],
    ['', 'John Smith'],
  ])('does not find %s and %s alike', async (a, b) => {
    expect(await likeness(a, b)).toBeLessThan(0.6);
  });
});
