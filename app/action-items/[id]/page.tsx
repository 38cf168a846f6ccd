import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listOwnerChoices } from '@/lib/action-items/owner';
import { actionStatusLabels } from '@/lib/action-items/labels';
import { getActionItem } from '@/lib/action-items/work';
import { formatDate, formatDateTime } from '../../_lib/format';
import { orRefuse } from '../../_lib/guard';
import { BackLink } from '../../ui/back-link';
import { Details } from '../../ui/details';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { SummaryList } from '../../ui/summary-list';
import { Timeline } from '../../ui/timeline';
import { ActionStatusTag } from '../action-status-tag';
import { ReassignForm, UpdateForm } from './action-forms';

export const metadata: Metadata = { title: 'Action' };

export default async function ActionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  // The update form sends its user here after a completion, since the form itself is then gone.
  const justCompleted = (await searchParams).saved === 'completed';
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const action = await orRefuse(getActionItem(viewer, id));
  // The coordinator may give it to any open agency's people; anyone else to their own agency's.
  const owners = !action.canUpdate
    ? []
    : action.canReassignAgency
      ? (await orRefuse(listOwnerChoices(viewer))).filter((a) => a.active || a.agencyId === action.ownerAgencyId)
      : await orRefuse(listOwnerChoices(viewer, { agencyId: action.ownerAgencyId }));

  return (
    <>
      <BackLink href="/action-items">Actions</BackLink>
      <PageHeading caption={`Case ${action.caseNumber}`}>{action.description}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Status', value: <ActionStatusTag status={action.status} overdue={action.overdue} /> },
          { key: 'Agency', value: action.agencyName },
          { key: 'Person', value: action.ownerUserId ? action.ownerName : `${action.ownerName} (no account: the agency’s users are reminded)` },
          { key: 'Due', value: formatDate(action.dueOn) },
          { key: 'Agreed at', value: formatDateTime(action.agreedAt) },
          { key: 'Case', value: <Link className="govuk-link" href={`/cases/${action.caseId}`}>{action.caseNumber}</Link> },
          ...(action.closedAt ? [{ key: 'Closed', value: formatDateTime(action.closedAt) }] : []),
        ]}
      />
      {action.canUpdate ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <UpdateForm actionItemId={action.id} version={action.version} status={action.status} />
            <Details summary="Reassign this action">
              <ReassignForm
                actionItemId={action.id}
                version={action.version}
                ownerAgencyId={action.ownerAgencyId}
                ownerUserId={action.ownerUserId}
                ownerName={action.ownerName}
                owners={owners}
              />
            </Details>
          </div>
        </div>
      ) : action.status === 'completed' ? (
        <>
          {justCompleted ? (
            <NotificationBanner type="success" title="Update saved">
              <p className="govuk-notification-banner__heading">Action completed</p>
              <p className="govuk-body">What was done is in the action’s history, and the coordinator sees it.</p>
            </NotificationBanner>
          ) : null}
          <p className="govuk-body">This action is completed: what was done is on record, and it cannot be changed.</p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">History</h2>
      {action.history.length === 0 ? <p className="govuk-body">No updates yet.</p> : null}
      <Timeline
        headingLevel={3}
        items={[...action.history].reverse().map((h) => ({
          title: !h.previousOwnerName
            ? actionStatusLabels[h.to]
            : h.previousAgencyName === h.newAgencyName
              ? `Reassigned from ${h.previousOwnerName} to ${h.newOwnerName}`
              : `Reassigned from ${h.previousOwnerName}, ${h.previousAgencyName}, to ${h.newOwnerName}, ${h.newAgencyName}`,
          byline: h.by,
          datetime: h.at.toISOString(),
          dateText: formatDateTime(h.at),
          description: h.note ? <p className="govuk-body">{h.note}</p> : undefined,
        }))}
      />
    </>
  );
}
