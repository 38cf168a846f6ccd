import 'server-only';
import { count } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from './client';
import { agencies, areas, users } from './schema';
import type { AgencyType } from './schema/agencies';
import type { Role } from './schema/users';
import { DEMO_PASSWORD } from './demo-password';
import { seedDemoMeetings } from './seed-meetings';
import { seedDemoReferrals } from './seed-referrals';

// Everything here is fictional: the area, the agencies and the people.
export const DEMO_AREA = 'Kestrel Vale';

const demoAgencies: { key: string; name: string; type: AgencyType }[] = [
  { key: 'csp', name: 'Kestrel Vale Community Safety Partnership', type: 'other' },
  { key: 'police', name: 'Kestrel Vale Police', type: 'police' },
  { key: 'idva', name: 'Kestrel Vale IDVA Service', type: 'idva' },
  { key: 'housing', name: 'Kestrel Vale Housing Options', type: 'housing' },
  { key: 'childrens', name: 'Kestrel Vale Children’s Social Care', type: 'childrens_social_care' },
  { key: 'adults', name: 'Kestrel Vale Adult Social Care', type: 'adult_social_care' },
  { key: 'health', name: 'Kestrel Vale Hospitals NHS Trust', type: 'health' },
  { key: 'probation', name: 'Probation Service, Kestrel Vale', type: 'probation' },
  { key: 'mentalhealth', name: 'Kestrel Vale Community Mental Health Team', type: 'mental_health' },
  { key: 'recovery', name: 'Kestrel Recovery Service', type: 'substance_misuse' },
];

type DemoUser = { email: string; name: string; role: Role; agency: string; state?: 'awaiting_setup' | 'disabled' };

/** The demo accounts listed in README.md. All but two use DEMO_PASSWORD. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@marac.example', name: 'Dana Whitfield', role: 'admin', agency: 'csp' },
  { email: 'coordinator@marac.example', name: 'Morgan Ellery', role: 'coordinator', agency: 'csp' },
  { email: 'coordinator2@marac.example', name: 'Sam Okafor', role: 'coordinator', agency: 'idva' },
  { email: 'chair@marac.example', name: 'Inspector Ruth Calloway', role: 'chair', agency: 'police' },
  { email: 'police@marac.example', name: 'DC Owen Prestwick', role: 'agency', agency: 'police' },
  { email: 'police2@marac.example', name: 'PC Hana Ridley', role: 'agency', agency: 'police' },
  { email: 'idva@marac.example', name: 'Leah Marchetti', role: 'agency', agency: 'idva' },
  { email: 'housing@marac.example', name: 'Tom Ashdown', role: 'agency', agency: 'housing' },
  { email: 'childrens@marac.example', name: 'Grace Obi', role: 'agency', agency: 'childrens' },
  { email: 'adults@marac.example', name: 'Patrick Lowe', role: 'agency', agency: 'adults' },
  { email: 'health@marac.example', name: 'Dr Anika Sethi', role: 'agency', agency: 'health' },
  { email: 'probation@marac.example', name: 'Colin Harte', role: 'agency', agency: 'probation' },
  { email: 'mentalhealth@marac.example', name: 'Yusuf Brennan', role: 'agency', agency: 'mentalhealth' },
  { email: 'recovery@marac.example', name: 'Jess Tolland', role: 'agency', agency: 'recovery' },
  { email: 'new.starter@marac.example', name: 'Robin Fairley', role: 'agency', agency: 'housing', state: 'awaiting_setup' },
  { email: 'left@marac.example', name: 'Alex Penrose', role: 'agency', agency: 'health', state: 'disabled' },
];

/** Fills an empty database with the demo area. A database that already has an area is left alone. */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  const [{ n }] = await db.select({ n: count() }).from(areas);
  if (n > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const [area] = await tx.insert(areas).values({ name: DEMO_AREA, caseNumberPrefix: 'KV' }).returning();
    const rows = await tx
      .insert(agencies)
      .values(demoAgencies.map((a) => ({ areaId: area.id, name: a.name, type: a.type })))
      .returning({ id: agencies.id, name: agencies.name });
    const agencyId = (key: string) => rows.find((r) => r.name === demoAgencies.find((a) => a.key === key)!.name)!.id;
    const userRows = await tx
      .insert(users)
      .values(
        demoUsers.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          agencyId: agencyId(u.agency),
          passwordHash: u.state === 'awaiting_setup' ? null : passwordHash,
          active: u.state !== 'disabled',
        })),
      )
      .returning({ id: users.id, email: users.email });
    await seedDemoReferrals(tx, {
      areaId: area.id,
      agencyIds: Object.fromEntries(demoAgencies.map((a) => [a.key, agencyId(a.key)])),
      userIds: Object.fromEntries(userRows.map((u) => [u.email, u.id])),
    });
    await seedDemoMeetings(tx, {
      areaId: area.id,
      agencyIds: Object.fromEntries(demoAgencies.map((a) => [a.key, agencyId(a.key)])),
      coordinatorId: userRows.find((u) => u.email === 'coordinator@marac.example')!.id,
      today: new Date().toISOString().slice(0, 10),
    });
  });
  return { seeded: true };
}
