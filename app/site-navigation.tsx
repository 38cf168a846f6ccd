'use client';

import { usePathname } from 'next/navigation';
import type { Role } from '@/db/schema/users';
import { PrimaryNavigation } from './ui/header';

const sections: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: '/', label: 'Home', roles: ['admin', 'coordinator', 'chair', 'agency', 'ig_lead'] },
  { href: '/referrals', label: 'Referrals', roles: ['coordinator', 'chair', 'agency'] },
  { href: '/screening', label: 'Screening', roles: ['coordinator'] },
  { href: '/cases', label: 'Cases', roles: ['coordinator', 'chair', 'agency'] },
  { href: '/meetings', label: 'Meetings', roles: ['coordinator', 'chair', 'agency'] },
  { href: '/actions', label: 'Actions', roles: ['coordinator', 'chair', 'agency'] },
  { href: '/admin/users', label: 'Users', roles: ['admin'] },
  { href: '/agencies', label: 'Agencies', roles: ['admin', 'coordinator', 'chair'] },
  { href: '/audit', label: 'Audit log', roles: ['admin', 'coordinator', 'ig_lead'] },
  { href: '/notifications', label: 'Notifications', roles: ['admin', 'coordinator', 'chair', 'agency', 'ig_lead'] },
  { href: '/account', label: 'Your account', roles: ['admin', 'coordinator', 'chair', 'agency', 'ig_lead'] },
];

/** The sections the viewer's role may use. Each page checks access again on the server. */
export function SiteNavigation({ role, unread }: { role: Role; unread: number }) {
  const path = usePathname();
  const items = sections
    .filter((s) => s.roles.includes(role))
    .map((s) => ({
      href: s.href,
      label: s.href === '/notifications' && unread > 0 ? `${s.label} (${unread} unread)` : s.label,
      current: s.href === '/' ? path === '/' : path.startsWith(s.href),
    }));
  return <PrimaryNavigation items={items} label="Main" />;
}
