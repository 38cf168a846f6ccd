import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getCase } from '@/lib/cases/get';
import { formatDateTime } from '../../_lib/format';
import { orRefuse } from '../../_lib/guard';
import { PageHeading } from '../../ui/page-heading';
import { SummaryList } from '../../ui/summary-list';
import { Timeline } from '../../ui/timeline';
import { ChecklistSummary, FieldStepSummary, HouseholdSummary } from '../../referrals/referral-summary';
import { CriteriaTags, ReferralStatusTag } from '../../referrals/status-tag';
import { MaracStatus } from '../marac-status';
import { OrdersSection } from './orders/orders-section';
import { RecordingSection } from './recording/recording-section';
import { RevealProtected } from './reveal-protected';

export const metadata: Metadata = { title: 'Case' };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const record = await orRefuse(getCase(viewer, id));
  const current = record.current;

  return (
    <>
      <PageHeading caption={`Case ${record.number}`}>{current?.form.victim?.name ?? 'Case'}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Case number', value: record.number },
          { key: 'MARAC', value: <MaracStatus awaitingMeeting={record.awaitingMeeting} lastMaracOn={record.lastMaracOn} listedAt={record.listedAt} /> },
          { key: 'Opened', value: formatDateTime(record.createdAt) },
          { key: 'Referrals', value: String(record.referrals.length) },
          ...(current ? [{ key: 'Criteria met (latest referral)', value: <CriteriaTags criteria={current.criteria} /> }] : []),
        ]}
      />
      {record.canSeeAccessLog ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/cases/${record.id}/access`}>
            Who has seen this case
          </Link>
        </p>
      ) : null}
      <h2 className="govuk-heading-l">Evidence, orders and safety</h2>
      <h3 className="govuk-heading-m">Incidents and evidence</h3>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${record.id}/incidents`}>
          Incidents and evidence ({record.incidents})
        </Link>
        : the numbered log of what happened, with screenshots and other files kept as evidence.
        {record.incidents > 0 ? (
          <>
            {' '}
            <Link className="govuk-link" href={`/cases/${record.id}/incidents/pattern`}>
              See the course of conduct
            </Link>
            .
          </>
        ) : null}
      </p>
      {record.recording ? <RecordingSection caseId={record.id} recording={record.recording} /> : null}
      {record.orders ? <OrdersSection caseId={record.id} register={record.orders} /> : null}
      <h3 className="govuk-heading-m">Data-preservation requests</h3>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${record.id}/preservation`}>
          Data-preservation requests
        </Link>
        : the police’s requests to platforms to keep an account’s data, with their deadlines.
      </p>
      <h3 className="govuk-heading-m">Digital safety plan</h3>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${record.id}/safety-plan`}>
          Digital safety plan
        </Link>
        : the checklist worked through with the victim, beside the support services they can call.
      </p>
      {current ? (
        <>
          <h2 className="govuk-heading-l">People</h2>
          <FieldStepSummary step="victim" values={current.form.victim} protectedHidden={current.protectedHidden} />
          {current.protectedHidden ? <RevealProtected caseId={record.id} /> : null}
          <FieldStepSummary step="perpetrator" values={current.form.perpetrator} />
          <h3 className="govuk-heading-s">Children and household</h3>
          <HouseholdSummary household={current.form.household} />
        </>
      ) : null}

      <h2 className="govuk-heading-l">Referrals</h2>
      {record.referrals.map((r) => (
        <section key={r.id} className="app-checklist-question" aria-labelledby={`referral-${r.id}`}>
          <h3 className="govuk-heading-m" id={`referral-${r.id}`}>
            <Link className="govuk-link" href={`/referrals/${r.id}`}>
              Referral from {r.agencyName}
            </Link>{' '}
            <ReferralStatusTag status={r.status} />
          </h3>
          <SummaryList
            rows={[
              { key: 'Submitted', value: `${formatDateTime(r.submittedAt)} by ${r.referrerName}` },
              { key: 'Criteria met', value: <CriteriaTags criteria={r.criteria} /> },
              { key: 'Police incidents in the last 12 months', value: r.form.criteria?.policeIncidents || '0' },
              ...(r.form.criteria?.rationale ? [{ key: 'Professional judgement', value: r.form.criteria.rationale }] : []),
              { key: 'What the victim wants', value: r.form.consent?.victimWishes ?? '—' },
              { key: 'Asked of the MARAC', value: r.form.consent?.requestOfMarac ?? '—' },
            ]}
          />
          <ChecklistSummary checklistId={r.riskChecklistId} answers={r.form.risk?.answers} sources={r.form.risk?.sources} score={r.riskScore} />
          {r.form.stalking ? <ChecklistSummary checklistId={r.stalkingScreenId} answers={r.form.stalking.answers} sources={r.form.stalking.sources} score={r.stalkingScore} /> : null}
        </section>
      ))}

      <h2 className="govuk-heading-l">Timeline</h2>
      <Timeline
        headingLevel={3}
        items={record.timeline.map((t) => ({
          title: t.title,
          byline: `${t.by}, ${t.byAgency}`,
          datetime: t.at.toISOString(),
          dateText: formatDateTime(t.at),
          description: t.note ? <p className="govuk-body">{t.note}</p> : undefined,
        }))}
      />
    </>
  );
}
