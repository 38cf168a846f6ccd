import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { partsOf } from '@/lib/dates/date-parts';
import { getSafetyPlan } from '@/lib/safety-plan/plan';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { PageHeading } from '../../../../ui/page-heading';
import { SafetyItemForm } from '../item-form';

export const metadata: Metadata = { title: 'Update the safety plan' };

export default async function SafetyItemPage({ params }: { params: Promise<{ id: string; item: string }> }) {
  const { id, item: key } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const plan = await orRefuse(getSafetyPlan(viewer, { caseId: id }));
  const item = plan.items.find((i) => i.key === key);
  if (!item || !plan.canUpdate) notFound();
  return (
    <>
      <BackLink href={`/cases/${plan.caseId}/safety-plan`}>Digital safety plan</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`Case ${plan.caseNumber}: digital safety plan`}>{item.text}</PageHeading>
          <p className="govuk-body">{item.hint}</p>
          <SafetyItemForm caseId={plan.caseId} itemKey={item.key} version={item.version} values={{ status: item.status, on: partsOf(item.on), note: item.note ?? '' }} />
        </div>
      </div>
    </>
  );
}
