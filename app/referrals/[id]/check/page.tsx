import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getReferral } from '@/lib/referrals/get';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList } from '../../../ui/summary-list';
import { WarningText } from '../../../ui/warning-text';
import { ReferralAnswers } from '../../referral-answers';
import { CriteriaTags } from '../../status-tag';
import { SubmitForm } from './submit-form';

export const metadata: Metadata = { title: 'Check and submit the referral' };

export default async function CheckReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const referral = await orRefuse(getReferral(viewer, id));
  if (!referral.canEdit) redirect(`/referrals/${id}`);
  const incomplete = referral.steps.filter((s) => s.state === 'not_started' || s.state === 'in_progress');
  const met = Object.values(referral.criteria).some(Boolean);
  const question = referral.status === 'returned' ? referral.history.findLast((h) => h.to === 'returned')?.note : undefined;

  return (
    <>
      <BackLink href={`/referrals/${id}`}>Back to the referral</BackLink>
      <PageHeading caption={referral.form.victim?.name || 'New referral'}>Check and submit the referral</PageHeading>
      <h2 className="govuk-heading-m">Referral criteria</h2>
      <SummaryList
        rows={[
          { key: 'Risk checklist score', value: `${referral.scores.risk} “yes” (visible high risk from ${referral.thresholds.visibleHighRisk})` },
          { key: 'Police incidents in the last 12 months', value: `${referral.form.criteria?.policeIncidents || 0} (potential escalation from ${referral.thresholds.escalation})` },
          { key: 'Criteria met', value: <CriteriaTags criteria={referral.criteria} /> },
        ]}
      />
      {!met ? <WarningText>This referral meets none of the MARAC criteria. The coordinator may decline it: consider referring on professional judgement if you believe the risk is high.</WarningText> : null}
      <p className="govuk-body">Whether this is a repeat referral is decided by the coordinator when they screen it.</p>
      <h2 className="govuk-heading-m">Your answers</h2>
      <ReferralAnswers referral={referral} changeHref={(step) => `/referrals/${id}/${step}`} />
      <SubmitForm referralId={id} version={referral.version} question={question} incomplete={incomplete.map((s) => ({ step: s.step, message: s.problems[0]?.message ?? 'Not complete' }))} />
    </>
  );
}
