import { protectedVictimFields } from './form/fields';
import type { ReferralForm } from './form/schemas';

// The victim's address, phone, safe times to call and who is safe to talk to are shown only to those
// the policy lets see them (lib/authz: referral.see_protected); anyone else must reveal them.

export function withoutProtectedFields(form: ReferralForm): ReferralForm {
  if (!form.victim) return form;
  const victim = Object.fromEntries(Object.entries(form.victim).filter(([name]) => !protectedVictimFields.includes(name)));
  return { ...form, victim };
}

export function protectedFieldsOf(form: ReferralForm): Record<string, string> {
  return Object.fromEntries(protectedVictimFields.map((name) => [name, form.victim?.[name] ?? '']));
}
