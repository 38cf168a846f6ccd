import { describe, expect, it } from 'vitest';
import { isDeadlineNear } from '@/lib/preservation/status';
import { isExpiringSoon, isInForce, isNotifyDeadlineMissed, notifyDeadline } from './status';

const base = { type: 'spo_full' as const, madeOn: '2026-11-01', servedOn: '2026-11-02', expiresOn: null, dischargedOn: null, subjectNotifiedOn: null };

describe('protective order dates', () => {
  it('is in force from the day it is made until expiry or discharge', () => {
    expect(isInForce(base, '2026-10-31')).toBe(false);
    expect(isInForce(base, '2026-11-01')).toBe(true);
    expect(isInForce({ ...base, expiresOn: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(isInForce({ ...base, expiresOn: '2026-12-01' }, '2026-12-02')).toBe(false);
    expect(isInForce({ ...base, dischargedOn: '2026-11-20' }, '2026-11-20')).toBe(false);
    expect(isInForce({ ...base, madeOn: null }, '2026-11-20')).toBe(false);
  });

  it('is expiring soon within 28 days of its expiry', () => {
    expect(isExpiringSoon({ ...base, expiresOn: '2026-12-29' }, '2026-12-01')).toBe(true);
    expect(isExpiringSoon({ ...base, expiresOn: '2026-12-30' }, '2026-12-01')).toBe(false);
    expect(isExpiringSoon(base, '2026-12-01')).toBe(false);
  });

  it("tracks an SPO subject's 3-day duty to notify, and no other order's", () => {
    expect(notifyDeadline(base)).toBe('2026-11-05');
    expect(notifyDeadline({ ...base, type: 'non_molestation_order' })).toBeNull();
    expect(isNotifyDeadlineMissed(base, '2026-11-05')).toBe(false);
    expect(isNotifyDeadlineMissed(base, '2026-11-06')).toBe(true);
    expect(isNotifyDeadlineMissed({ ...base, subjectNotifiedOn: '2026-11-04' }, '2026-11-06')).toBe(false);
  });
});

describe('preservation deadlines', () => {
  it('flags a request still awaiting the platform 15 days before its deadline', () => {
    expect(isDeadlineNear({ status: 'sent', deadlineOn: '2026-12-16' }, '2026-12-01')).toBe(true);
    expect(isDeadlineNear({ status: 'sent', deadlineOn: '2026-12-17' }, '2026-12-01')).toBe(false);
    expect(isDeadlineNear({ status: 'preserved', deadlineOn: '2026-12-02' }, '2026-12-01')).toBe(false);
  });
});
