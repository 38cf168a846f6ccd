import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

export async function checkHealth(): Promise<{ status: 'ok' | 'down'; database: 'ok' | 'down' }> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { status: 'ok', database: 'ok' };
  } catch {
    return { status: 'down', database: 'down' };
  }
}
