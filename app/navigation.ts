import 'server-only';
import { mayEver, type Action } from '@/lib/authz';
import type { Viewer } from '@/lib/auth/viewer-type';
import { UNREAD_CAP } from '@/lib/notifications/counts';
import type { NavigationSection } from './site-navigation';

/** Each section of the site and the policy action its page asks first. */
const sections: { href: string; label: string; action: Action }[] = [
  { href: '/', label: 'Home', action: 'dashboard.view' },
  { href: '/referrals', label: 'Referrals', action: 'referral.view' },
  { href: '/screening', label: 'Screening', action: 'referral.screen' },
  { href: '/cases', label: 'Cases', action: 'case.list' },
  { href: '/meetings', label: 'Meetings', action: 'meeting.list' },
  { href: '/action-items', label: 'Actions', action: 'action_item.view' },
  { href: '/admin/users', label: 'Users', action: 'user.list' },
  { href: '/admin/support-services', label: 'Support services', action: 'support_service.edit' },
  { href: '/admin/area', label: 'Area settings', action: 'area.settings' },
  { href: '/agencies', label: 'Agencies', action: 'agency.list' },
  { href: '/audit', label: 'Audit log', action: 'audit.list' },
  { href: '/dataset', label: 'Dataset', action: 'dataset.view' },
  { href: '/notifications', label: 'Notifications', action: 'notification.list' },
  { href: '/account', label: 'Your account', action: 'user.view' },
];

/** The sections the viewer's role may use, from the policy. Each page checks access again on the server. */
export function navigationFor(viewer: Viewer, unread: number): NavigationSection[] {
  return sections
    .filter((s) => mayEver(viewer, s.action))
    .map(({ href, label }) => ({ href, label: href === '/notifications' && unread > 0 ? `${label} (${unread > UNREAD_CAP ? `${UNREAD_CAP}+` : unread} unread)` : label }));
}
