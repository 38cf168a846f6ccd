import type { ReferralStatus } from '@/db/enums';
import { Tag, type TagColour } from '../ui/tag';

const looks: Record<ReferralStatus, { label: string; colour: TagColour }> = {
  draft: { label: 'Draft', colour: 'grey' },
  submitted: { label: 'Waiting for screening', colour: 'blue' },
  returned: { label: 'Returned with a question', colour: 'orange' },
  accepted: { label: 'Accepted', colour: 'green' },
  declined: { label: 'Declined', colour: 'red' },
};

export const referralStatusLabel = (status: ReferralStatus) => looks[status].label;

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <Tag colour={looks[status].colour}>{looks[status].label}</Tag>;
}

/** The criteria a referral meets, as tags; "None met" when it meets none. */
export function CriteriaTags({ criteria }: { criteria: { visibleHighRisk: boolean; professionalJudgement: boolean; potentialEscalation: boolean; repeat: boolean } }) {
  const met = [
    criteria.visibleHighRisk && 'Visible high risk',
    criteria.professionalJudgement && 'Professional judgement',
    criteria.potentialEscalation && 'Potential escalation',
    criteria.repeat && 'Repeat',
  ].filter(Boolean) as string[];
  if (met.length === 0) return <span>None met</span>;
  return (
    <span className="app-tag-list">
      {met.map((m) => (
        <Tag key={m} colour={m === 'Repeat' ? 'purple' : 'red'}>
          {m}
        </Tag>
      ))}
    </span>
  );
}
