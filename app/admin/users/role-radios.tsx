import type { ChoiceInputProps } from '../../ui/radios';
import { Radios } from '../../ui/radios';
import { roleLabels } from '@/lib/users/labels';

const roleHints = {
  admin: 'Manages agencies and users, and reads the audit log',
  coordinator: 'Screens referrals, builds agendas, writes minutes and follows up actions; reads the audit log',
  chair: 'Chairs the meeting',
  agency: 'Refers cases, researches them before meetings and works their agency’s actions',
  ig_lead: 'Reads the audit log and who has seen each case, by case number; sees no case records',
  steering_group: 'Reads the area’s MARAC dataset and downloads its quarterly return; sees no case records',
} as const;

const items = (Object.keys(roleLabels) as (keyof typeof roleLabels)[]).map((r) => ({ value: r, label: roleLabels[r], hint: roleHints[r] }));

export function RoleRadios({ error, inputProps }: { error?: string; inputProps: ChoiceInputProps }) {
  return <Radios id="role" legend="Role" legendSize="m" items={items} error={error} inputProps={inputProps} />;
}
