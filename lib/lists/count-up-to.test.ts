import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agencies } from '@/db/schema';
import { makeAreaWithStaff } from '@/test/factories';
import { countUpTo, one } from './count-up-to';

describe('countUpTo', () => {
  it('counts exactly below the cap, and says "more than" the cap above it', async () => {
    const { area } = await makeAreaWithStaff();
    const db = await getDb();
    const ofArea = () => db.select(one).from(agencies).where(eq(agencies.areaId, area.id)).$dynamic();
    const exact = await db.transaction((tx) => countUpTo(tx, ofArea(), 100));
    expect(exact).toEqual({ total: 3, moreThanTotal: false });
    expect(await db.transaction((tx) => countUpTo(tx, ofArea(), 3))).toEqual({ total: 3, moreThanTotal: false });
    expect(await db.transaction((tx) => countUpTo(tx, ofArea(), 2))).toEqual({ total: 2, moreThanTotal: true });
  });
});
