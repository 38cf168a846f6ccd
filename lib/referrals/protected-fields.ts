import type { AgencyType } from '@/db/schema/agencies';
import { protectedVictimFields, type ReferralForm } from './form-schema';

/**
 * The victim's address, phone, safe times to call and who is safe to talk to are shown only to the
 * referring agency, the IDVA service and the police; anyone else must reveal them, giving a reason.
 */
export function seesProtectedFields(viewer: { agencyId: string; agencyType: AgencyType }, referringAgencyId: string): boolean {
  return viewer.agencyId === referringAgencyId || viewer.agencyType === 'idva' || viewer.agencyType === 'police';
}

export function withoutProtectedFields(form: ReferralForm): ReferralForm {
  if (!form.victim) return form;
  const victim = Object.fromEntries(Object.entries(form.victim).filter(([name]) => !protectedVictimFields.includes(name)));
  return { ...form, victim };
}

export function protectedFieldsOf(form: ReferralForm): Record<string, string> {
  return Object.fromEntries(protectedVictimFields.map((name) => [name, form.victim?.[name] ?? '']));
}
