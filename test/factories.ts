// Builders for integration tests: each test makes its own area, agencies and users, so tests never
// depend on one another or on the demo data.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { now } from '@/db/clock';
import { agencies, areas, auditEvents, sessions, users } from '@/db/schema';
import type { AgencyType } from '@/db/enums';
import type { Role } from '@/db/enums';
import { hashPassword } from '@/lib/auth/password';
import { loadLiveSession } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/viewer-type';

export const TEST_PASSWORD = 'a long test passphrase';
let hashed: Promise<string> | undefined;

export async function makeArea(name = `Area ${randomUUID().slice(0, 8)}`) {
  const db = await getDb();
  const [area] = await db.insert(areas).values({ name }).returning();
  return area;
}

export async function makeAgency(areaId: string, type: AgencyType = 'police', name = `${type} ${randomUUID().slice(0, 8)}`) {
  const db = await getDb();
  const [agency] = await db.insert(agencies).values({ areaId, name, type }).returning();
  return agency;
}

export async function makeUser(agencyId: string, role: Role = 'agency', overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  hashed ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: `${role}-${randomUUID()}@test.example`,
      name: `Test ${role}`,
      role,
      agencyId,
      passwordHash: await hashed,
      ...overrides,
    })
    .returning();
  return user;
}

/** Opens a session for the user directly, as a successful sign-in would, and returns the viewer. */
export async function signedIn(userId: string, requestId = randomUUID()): Promise<Viewer> {
  const db = await getDb();
  const at = now();
  const [session] = await db
    .insert(sessions)
    .values({ userId, createdAt: at, lastSeenAt: at, expiresAt: new Date(at.getTime() + 12 * 3_600_000), mfaVerifiedAt: at, lastCodeAt: at })
    .returning();
  return db.transaction((tx) => loadLiveSession(tx, session.id, requestId));
}

/**
 * The same viewer making another request: the same session under a fresh request id, so that the
 * audit events of this call can be told from those of the viewer's earlier ones.
 */
export function newRequest(viewer: Viewer): Viewer {
  return { ...viewer, requestId: randomUUID() };
}

/** A whole area with one user of each role, each signed in. */
export async function makeAreaWithStaff() {
  const area = await makeArea();
  const csp = await makeAgency(area.id, 'other');
  const police = await makeAgency(area.id, 'police');
  const housing = await makeAgency(area.id, 'housing');
  const admin = await makeUser(csp.id, 'admin');
  const coordinator = await makeUser(csp.id, 'coordinator');
  const chair = await makeUser(police.id, 'chair');
  const officer = await makeUser(police.id, 'agency');
  const housingOfficer = await makeUser(housing.id, 'agency');
  return {
    area,
    agencies: { csp, police, housing },
    users: { admin, coordinator, chair, officer, housingOfficer },
    as: {
      admin: await signedIn(admin.id),
      coordinator: await signedIn(coordinator.id),
      chair: await signedIn(chair.id),
      officer: await signedIn(officer.id),
      housingOfficer: await signedIn(housingOfficer.id),
    },
  };
}

/** The audit events written under one request id, oldest first. */
export async function auditEventsOf(requestId: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId)).orderBy(auditEvents.id);
}

/** All audit events about one resource, oldest first. */
export async function auditEventsFor(resourceId: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(eq(auditEvents.resourceId, resourceId)).orderBy(auditEvents.id);
}
