import 'server-only';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { agencies, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';

export const userSorts = ['name', 'email', 'agency', 'role', 'status', 'lastSignIn'] as const;
export type UserSort = (typeof userSorts)[number];

export interface UserListQuery {
  page: number;
  pageSize: number;
  sort: UserSort;
  direction: 'asc' | 'desc';
  search?: string;
}

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  role: string;
  agencyName: string;
  active: boolean;
  awaitingSetup: boolean;
  lastSignInAt: Date | null;
}

const sortColumns = {
  name: users.name,
  email: users.email,
  agency: agencies.name,
  role: users.role,
  status: users.active,
  lastSignIn: users.lastSignInAt,
} as const;

/** The users of the admin's area, filtered, sorted and paged in SQL. */
export function listUsers(viewer: Viewer, q: UserListQuery): Promise<{ rows: UserListRow[]; total: number }> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'user.list', { areaId: me.areaId }, { type: 'user' });
    const filters: SQL[] = [eq(agencies.areaId, me.areaId)];
    const term = q.search?.trim();
    if (term) {
      const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filters.push(or(ilike(users.name, like), ilike(users.email, like), ilike(agencies.name, like))!);
    }
    const where = and(...filters);
    const order = q.direction === 'desc' ? desc(sortColumns[q.sort]) : asc(sortColumns[q.sort]);
    const rows = await tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        agencyName: agencies.name,
        active: users.active,
        passwordHash: users.passwordHash,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(where)
      .orderBy(order, asc(users.name), asc(users.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    const [{ total }] = await tx
      .select({ total: count() })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(where);
    await recordAudit(tx, me, { action: 'user.list', resourceType: 'user' });
    return {
      total,
      rows: rows.map(({ passwordHash, ...r }) => ({
        ...r,
        awaitingSetup: passwordHash == null,
      })),
    };
  });
}
