import 'server-only';
import { fieldSteps, type FieldDescriptor } from '@/lib/referrals/form/fields';
import { answerText } from '../../referrals/referral-summary';

/** A protected detail as the page shows it once revealed: its label, and its answer as it reads (null: not given). */
export interface RevealedRow {
  name: string;
  label: string;
  value: string | null;
}

const protectedFields = (fieldSteps.victim as readonly FieldDescriptor[]).filter((f) => f.protected);

/**
 * The revealed details in the form's order, worded on the server, so the browser loads neither the
 * referral form's field list nor its formatting to show them.
 */
export function revealedRows(revealed: Record<string, string>): RevealedRow[] {
  return protectedFields.filter((f) => f.name in revealed).map((f) => ({ name: f.name, label: f.label.replace(/ \(optional\)$/, ''), value: answerText(f, revealed[f.name]) }));
}
