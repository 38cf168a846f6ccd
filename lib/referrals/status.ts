import type { ReferralStatus } from '@/db/enums';

// What a referral's status allows, said once. A referral is made as a draft, submitted, and then
// screened: accepted into a case, declined, or returned to the referrer with a question. This module
// imports nothing, so pages and forms may use it too.

/** The referring agency may still change it: a draft, or a referral returned with a question. */
export function isEditable(status: ReferralStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Waiting for the coordinator's screening decision. */
export function awaitsScreening(status: ReferralStatus): boolean {
  return status === 'submitted';
}
