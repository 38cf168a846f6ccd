import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getSafetyPlan, type PlanItem } from '@/lib/safety-plan/plan';
import { supportDirectory } from '@/lib/support-services/directory';
import { safetyItemStatusLabels } from '@/lib/stalking/labels';
import { formatDate, formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList } from '../../../ui/summary-list';
import { Tag, type TagColour } from '../../../ui/tag';
import { DirectoryList } from '../../../support/directory-list';

export const metadata: Metadata = { title: 'Digital safety plan' };

const statusColours: Record<PlanItem['status'], TagColour> = { not_started: 'grey', in_progress: 'yellow', done: 'green', not_applicable: 'grey' };

function Standing({ item }: { item: PlanItem }) {
  return (
    <>
      <Tag colour={statusColours[item.status]}>{safetyItemStatusLabels[item.status]}</Tag>
      {item.on ? <p className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-1">{formatDate(item.on)}</p> : null}
      {item.note ? <p className="govuk-body govuk-!-margin-bottom-1 app-pre-line">{item.note}</p> : null}
      {item.updated ? (
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          Updated {formatDateTime(item.updated.at)} by {item.updated.byName}
        </p>
      ) : null}
    </>
  );
}

/** A case's digital safety plan, beside the support services the victim can call. */
export default async function SafetyPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { saved } = await searchParams;
  const viewer = await requireViewer();
  const plan = await orRefuse(getSafetyPlan(viewer, { caseId: id }));
  const directory = await orRefuse(supportDirectory(viewer));
  const savedItem = plan.items.find((i) => i.key === saved);

  return (
    <>
      <BackLink href={`/cases/${plan.caseId}`}>Case {plan.caseNumber}</BackLink>
      {savedItem ? (
        <NotificationBanner type="success" title="Saved">
          <p className="govuk-body">{savedItem.text}: {safetyItemStatusLabels[savedItem.status].toLowerCase()}.</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={`Case ${plan.caseNumber}`}>Digital safety plan</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">The steps to go through with the victim to keep their devices and accounts safe, without losing evidence.</p>
          <SummaryList
            rows={plan.items.map((item) => ({
              key: item.text,
              value: <Standing item={item} />,
              actions: plan.canUpdate ? (
                <Link className="govuk-link" href={`/cases/${plan.caseId}/safety-plan/${item.key}`}>
                  Change<span className="govuk-visually-hidden"> {item.text}</span>
                </Link>
              ) : undefined,
            }))}
          />
          {plan.earlier.length ? (
            <>
              <h2 className="govuk-heading-m">Recorded against an earlier list</h2>
              <p className="govuk-body">The checklist has changed since these were recorded. They are kept as they were.</p>
              <SummaryList rows={plan.earlier.map((item) => ({ key: `${item.text} (${item.checklistId})`, value: <Standing item={item} /> }))} />
            </>
          ) : null}
        </div>
        <aside className="govuk-grid-column-one-third" aria-labelledby="support-heading">
          <h2 className="govuk-heading-m" id="support-heading">
            Support services
          </h2>
          <p className="govuk-body">
            <Link className="govuk-link" href="/support">
              Print these for the victim
            </Link>{' '}
            (nothing of the case is printed).
          </p>
          <h3 className="govuk-heading-s">National helplines</h3>
          <DirectoryList entries={directory.national} headingLevel={4} />
          {directory.local.length ? (
            <>
              <h3 className="govuk-heading-s">Local services</h3>
              <DirectoryList entries={directory.local} headingLevel={4} />
            </>
          ) : null}
        </aside>
      </div>
    </>
  );
}
