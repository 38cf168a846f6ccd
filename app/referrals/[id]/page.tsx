import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getReferral, type ReferralDetail } from '@/lib/referrals/get';
import { stepTitles } from '@/lib/referrals/form/fields';
import type { StepState } from '@/lib/referrals/form/progress';
import { formatDateTime } from '../../_lib/format';
import { orRefuse } from '../../_lib/guard';
import { ButtonLink } from '../../ui/button';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { SummaryList } from '../../ui/summary-list';
import { Tag } from '../../ui/tag';
import { Timeline } from '../../ui/timeline';
import { ReferralAnswers } from '../referral-answers';
import { CriteriaTags, ReferralStatusTag, referralStatusLabel } from '../status-tag';
import { ScreeningForm } from './screening-form';

export const metadata: Metadata = { title: 'Referral' };

const stateTag: Record<StepState, { text: string; colour: 'grey' | 'blue' | 'green' | 'light-blue' }> = {
  not_started: { text: 'Not yet started', colour: 'grey' },
  in_progress: { text: 'Incomplete', colour: 'blue' },
  complete: { text: 'Completed', colour: 'green' },
  not_needed: { text: 'Not needed', colour: 'light-blue' },
};

function TaskList({ referral }: { referral: ReferralDetail }) {
  return (
    <ul className="govuk-task-list">
      {referral.steps.map(({ step, state }) => (
        <li key={step} className={`govuk-task-list__item${state === 'not_needed' ? '' : ' govuk-task-list__item--with-link'}`}>
          <div className="govuk-task-list__name-and-hint">
            {state === 'not_needed' ? (
              <span>{stepTitles[step]}</span>
            ) : (
              <Link className="govuk-link govuk-task-list__link" href={`/referrals/${referral.id}/${step}`} aria-describedby={`${step}-status`}>
                {stepTitles[step]}
              </Link>
            )}
            {step === 'stalking' ? <div className="govuk-task-list__hint">Asked when risk question 8 is “yes” or you mark the case as stalking</div> : null}
          </div>
          <div className="govuk-task-list__status" id={`${step}-status`}>
            {state === 'complete' ? stateTag[state].text : <Tag colour={stateTag[state].colour}>{stateTag[state].text}</Tag>}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const referral = await orRefuse(getReferral(viewer, id));
  const question = referral.status === 'returned' ? referral.history.findLast((h) => h.to === 'returned') : undefined;
  const allDone = referral.steps.every((s) => s.state === 'complete' || s.state === 'not_needed');

  return (
    <>
      <PageHeading caption={`Referral from ${referral.referringAgencyName}`}>{referral.form.victim?.name || 'New referral'}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Status', value: <ReferralStatusTag status={referral.status} /> },
          { key: 'Reference', value: referral.reference },
          ...(referral.caseId ? [{ key: 'Case', value: <Link className="govuk-link" href={`/cases/${referral.caseId}`}>{referral.caseNumber}</Link> }] : []),
          { key: 'Referrer', value: `${referral.referrerName}, ${referral.referringAgencyName}` },
          { key: 'Started', value: formatDateTime(referral.createdAt) },
          { key: 'Submitted', value: formatDateTime(referral.submittedAt) },
          { key: 'Risk checklist', value: `${referral.scores.risk} yes (visible high risk from ${referral.thresholds.visibleHighRisk})` },
          { key: 'Criteria met', value: <CriteriaTags criteria={referral.criteria} /> },
        ]}
      />
      {question ? (
        <NotificationBanner title="The coordinator has a question">
          <p className="govuk-body">
            <strong>{question.note}</strong>
          </p>
          <p className="govuk-body">
            Asked by {question.by} on {formatDateTime(question.at)}. Change what is needed, then answer on the check and submit page.
          </p>
        </NotificationBanner>
      ) : null}

      {referral.canEdit ? (
        <>
          <h2 className="govuk-heading-m">Complete the referral</h2>
          <p className="govuk-body">Your answers are saved as you go: you can leave and come back.</p>
          <TaskList referral={referral} />
          {allDone ? (
            <ButtonLink href={`/referrals/${referral.id}/check`}>Check and submit</ButtonLink>
          ) : (
            <p className="govuk-body">When every section is complete you can check your answers and submit the referral.</p>
          )}
        </>
      ) : (
        <>
          {referral.canScreen ? <ScreeningForm referral={referral} /> : null}
          <h2 className="govuk-heading-l">The referral</h2>
          <ReferralAnswers referral={referral} />
        </>
      )}

      <h2 className="govuk-heading-m">History</h2>
      <Timeline
        headingLevel={3}
        items={[...referral.history].reverse().map((h) => ({
          title: referralStatusLabel(h.to),
          byline: `${h.by}, ${h.byAgency}`,
          datetime: h.at.toISOString(),
          dateText: formatDateTime(h.at),
          description: h.note ? <p className="govuk-body">{h.note}</p> : undefined,
        }))}
      />
    </>
  );
}
