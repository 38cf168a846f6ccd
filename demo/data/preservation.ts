// The demo's platform data-preservation request, digital safety plan and support directory, on
// Shanice Campbell-Reid's case (stalking by her ex-partner, Ryan Talbot), made through the product's
// own verbs. The request was sent 80 days before the demo's anchor and acknowledged, so its deadline
// is ten days away: near. Every handle and number is invented (01632 960 is a range kept for drama).
import type { Viewer } from '@/lib/auth/viewer-type';
import { recordPreservationRequest, updatePreservationRequest } from '@/lib/preservation/requests';
import { updateSafetyItem } from '@/lib/safety-plan/plan';
import { addSupportService } from '@/lib/support-services/directory';
import type { Calendar } from '../calendar';

type Plan = (at: Date, by: string, run: (me: Viewer) => Promise<void>) => void;

const request = {
  platform: 'Instagram',
  accountIdentifiers: '@talbot_r_94\n@kv_watcher_22 (a second account, thought to be his)',
  whatToPreserve: 'Posts, direct messages, stories and login records (with IP addresses) of both accounts since 1 August',
};

const safetyPlan: { key: string; status: 'done' | 'in_progress' | 'not_applicable'; daysAgo: number; note: string }[] = [
  { key: 'trusted_device', status: 'done', daysAgo: 1, note: 'A basic phone from the IDVA service, kept at work; its number given to the police and the IDVA only.' },
  { key: 'passwords_changed', status: 'in_progress', daysAgo: 1, note: 'Email and banking changed from the work computer; social media still to do.' },
  { key: 'not_blocked', status: 'done', daysAgo: 1, note: 'Agreed with the police to keep both accounts unblocked while the log is kept.' },
];

const localServices = [
  {
    name: 'Kestrel Vale Stalking Advocacy Service',
    description: 'Independent stalking advocates for anyone in Kestrel Vale being stalked, in person or online.',
    phone: '01632 960214',
    hours: 'Weekdays 9am to 5pm',
    website: 'https://stalking-advocacy.kestrelvale.example',
  },
  {
    name: 'Kestrel Vale Women’s Centre',
    description: 'Drop-in support, counselling and help with safety online.',
    phone: '01632 960587',
    hours: 'Monday to Saturday 10am to 4pm',
    website: '',
  },
];

/** Plans the demo's preservation request (by the police), safety plan (by the coordinator of the IDVA service) and local services (by the admin). */
export function planPreservationDemo(plan: Plan, calendar: Calendar, caseId: () => string) {
  let requestId = '';
  plan(calendar.at(80, 3, 3), 'police@marac.example', async (me) => {
    ({ id: requestId } = await recordPreservationRequest(me, { caseId: caseId(), ...request, status: 'sent', sentOn: calendar.date(80), platformReference: '', deadlineOn: '' }));
  });
  plan(calendar.at(76, 3, 3), 'police@marac.example', async (me) => {
    await updatePreservationRequest(me, { caseId: caseId(), ...request, status: 'acknowledged', sentOn: calendar.date(80), platformReference: 'LER-2026-0419-KV', deadlineOn: '', requestId, version: 1 });
  });
  safetyPlan.forEach((item, i) =>
    plan(calendar.at(item.daysAgo, i, 4), 'coordinator2@marac.example', async (me) => {
      await updateSafetyItem(me, { caseId: caseId(), itemKey: item.key, status: item.status, on: calendar.date(item.daysAgo), note: item.note, version: 0 });
    }),
  );
  localServices.forEach((service, i) =>
    plan(calendar.at(90, i, 1), 'admin@marac.example', async (me) => {
      await addSupportService(me, service);
    }),
  );
}
