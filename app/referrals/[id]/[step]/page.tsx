import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getReferral } from '@/lib/referrals/get';
import { isFieldStep, referralSteps, stepTitles, type ReferralStep } from '@/lib/referrals/form/fields';
import { stalkingDue } from '@/lib/referrals/form/progress';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { ChecklistForm } from './checklist-form';
import { FieldStepForm } from './field-step-form';
import { HouseholdForm } from './household-form';

export const metadata: Metadata = { title: 'Referral' };

export default async function ReferralStepPage({ params }: { params: Promise<{ id: string; step: string }> }) {
  const { id, step: rawStep } = await params;
  const step = rawStep as ReferralStep;
  if (!z.uuid().safeParse(id).success || !referralSteps.includes(step)) notFound();
  const viewer = await requireViewer();
  const referral = await orRefuse(getReferral(viewer, id));
  if (!referral.canEdit) redirect(`/referrals/${id}`);

  const index = referralSteps.indexOf(step);
  const following = referralSteps.slice(index + 1).find((s) => s !== 'stalking' || stalkingDue(referral.form));
  const nextHref = following ? `/referrals/${id}/${following}` : `/referrals/${id}/check`;
  const common = { referralId: id, version: referral.version };
  const position = `Step ${index + 1} of ${referralSteps.length}`;

  let body;
  if (isFieldStep(step)) {
    body = <FieldStepForm {...common} step={step} values={referral.form[step] ?? {}} nextHref={nextHref} agencyChoices={referral.jointAgencyChoices} />;
  } else if (step === 'household') {
    body = <HouseholdForm {...common} values={{ members: referral.form.household?.members ?? [] }} nextHref={nextHref} />;
  } else if (step === 'stalking' && !stalkingDue(referral.form)) {
    body = (
      <p className="govuk-body">
        The stalking screen is asked when risk question 8 is “yes” or you mark the case as stalking on the risk checklist. Neither applies to this referral.
      </p>
    );
  } else {
    const values = (step === 'risk' ? referral.form.risk : referral.form.stalking) ?? { answers: {}, sources: {} };
    body = <ChecklistForm {...common} kind={step} values={values as never} threshold={referral.thresholds.visibleHighRisk} />;
  }

  return (
    <>
      <BackLink href={`/referrals/${id}`}>Back to the referral</BackLink>
      <PageHeading caption={`${referral.form.victim?.name || 'New referral'} · ${position}`}>{stepTitles[step]}</PageHeading>
      {body}
    </>
  );
}
