// The demo's stalking casework beyond the log: how the police recorded the crime, and the protective
// orders, made through the app's own verbs by the police officers concerned.
//
// - Shanice Campbell-Reid's case (cyberstalking by her ex-partner): recorded as stalking (s2A) from the
//   first; an interim Stalking Protection Order made 15 days ago, served the next day, its subject's
//   notification given in time, in force until the full hearing in 18 days (so on the dashboards as
//   expiring); breached once, by the message of 8 days ago in her log (demo/data/incidents.ts, `breach`),
//   which the police's second referral asks the MARAC to act on: a repeat within 12 months of her last MARAC.
// - Bethany Marsh's case (a tracker under her car, following by her ex-partner) and Priya Nair's
//   (stalking by a stranger, demo/data/incidents.ts): both recorded as harassment (s2), each with a
//   course of stalking conduct in its log, so the police are prompted to review them.
// Every name, reference and account here is invented.
import type { Viewer } from '@/lib/auth/viewer-type';
import { recordCrime } from '@/lib/crime-recording/recording';
import { changeOrder, createOrder } from '@/lib/orders/register';
import type { DemoIncident } from './incidents';

export interface DemoPlanner {
  /** Plans `run` as `by` on the day `daysAgo` days before the anchor; `step` orders one person's events that day. */
  on(daysAgo: number, step: number, by: string, run: (me: Viewer, caseIdOf: (key: string) => string) => Promise<void>): void;
  /** YYYY-MM-DD of the day `daysAgo` days before the anchor (negative: after it). */
  date(daysAgo: number): string;
  /** Days ago: `before` days before the k-th most recent meeting. */
  m(k: number, before: number): number;
}

/** Bethany Marsh's log: logged by the officer who referred her, after her case was accepted. */
export const marshIncidents = (m: DemoPlanner['m']): DemoIncident[] => [
  {
    loggedDaysAgo: m(0, 9),
    occurred: { daysAgo: m(0, 14), precision: 'about' },
    channel: 'tracking_device',
    summary: 'A garage found a GPS tracker under her car during a service. She thinks it had been there for weeks: Lewis always knew where she had been.',
    behaviours: ['monitoring', 'watching'],
    originalKeptAt: 'The tracker is exhibit PC/3 at Kestrel Vale police station',
  },
  {
    loggedDaysAgo: m(0, 9),
    occurred: { daysAgo: m(0, 12), precision: 'day' },
    channel: 'in_person',
    summary: 'Lewis was waiting in the car park at her work when she finished, and followed her car to the petrol station.',
    behaviours: ['following', 'loitering'],
    witnesses: 'A colleague saw his car leave behind hers',
  },
];

const court = 'Kestrel Vale Magistrates’ Court';

/** Plans the recordings and orders; returns the order a breach on a case names (known once it is made). */
export function planRecordingsAndOrders(plan: DemoPlanner): (caseKey: string) => string {
  const { on, date, m } = plan;
  const police = 'police@marac.example';
  const police2 = 'police2@marac.example';
  const orderIds = new Map<string, string>();

  on(m(5, 7), 0, police, async (me, caseIdOf) => {
    await recordCrime(me, { caseId: caseIdOf('campbell'), revision: 0, recording: 'stalking_s2a', crimeReference: 'KVP/CR/36650', note: 'A course of conduct of stalking from the first report.' });
  });
  on(m(0, 9), 0, police2, async (me, caseIdOf) => {
    await recordCrime(me, { caseId: caseIdOf('marsh'), revision: 0, recording: 'harassment_s2', crimeReference: 'KVP/CR/47710', note: 'Repeated unwanted contact since they separated.' });
  });
  on(1, 3, police2, async (me, caseIdOf) => {
    await recordCrime(me, { caseId: caseIdOf('nair'), revision: 0, recording: 'harassment_s2', crimeReference: 'KVP/CR/49705', note: 'Unwanted contact from a man she does not know.' });
  });

  // The interim SPO: applied for two days before the court made it, served the next day.
  on(15, 3, police, async (me, caseIdOf) => {
    const { orderId } = await createOrder(me, {
      caseId: caseIdOf('campbell'),
      type: 'spo_interim',
      court,
      reference: 'KVMC/SPO/0412',
      appliedOn: date(17),
      madeOn: date(15),
      expiresOn: date(-18),
      conditions: 'Not to contact Shanice Campbell-Reid by any means.\nNot to post or publish anything about her online.\nNot to go to her workplace.\nUntil the full hearing.',
      protectedPeople: 'Shanice Campbell-Reid',
    });
    orderIds.set('campbell', orderId);
  });
  on(14, 3, police, async (me, caseIdOf) => {
    await changeOrder(me, { caseId: caseIdOf('campbell'), orderId: orderIds.get('campbell')!, version: 1, kind: 'served', on: date(14), note: 'Served in person at his home address.' });
  });
  on(12, 3, police, async (me, caseIdOf) => {
    await changeOrder(me, { caseId: caseIdOf('campbell'), orderId: orderIds.get('campbell')!, version: 2, kind: 'subject_notified', on: date(12), note: 'He came to the front counter with his names and address.' });
  });
  return (caseKey) => orderIds.get(caseKey) ?? '';
}
