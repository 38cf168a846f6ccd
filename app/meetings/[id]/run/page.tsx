import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getMeetingRun } from '@/lib/meetings/run';
import { formatDate, formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { recordedOutcome } from '@/lib/meetings/review-outcomes';
import { InsetText } from '../../../ui/inset-text';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { confirmConfidentialityAction, finaliseMinutesAction, startMeetingAction } from '../../actions';
import { MeetingStatusTag } from '../../meeting-status-tag';
import { ActionButton } from '../../../ui/action-button';
import { RegisterForm, ReviewActionForm } from './run-forms';

export const metadata: Metadata = { title: 'The meeting' };

export default async function MeetingRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const run = await orRefuse(getMeetingRun(viewer, id));
  const runs = run.canRun;
  const live = run.meeting.status === 'agenda_published' || run.meeting.status === 'held';
  const finalised = run.meeting.status === 'finalised';

  return (
    <>
      <BackLink href={`/meetings/${id}`}>The agenda</BackLink>
      <PageHeading caption={formatDateTime(run.meeting.startsAt)}>The meeting</PageHeading>
      <p className="govuk-body">
        <MeetingStatusTag status={run.meeting.status} />
      </p>
      {finalised ? (
        <NotificationBanner title="The minutes are finalised">
          <p className="govuk-body">
            This meeting is over and its minutes have been circulated.{' '}
            <Link className="govuk-notification-banner__link" href={`/meetings/${id}/minutes`}>
              Read the finalised minutes
            </Link>
          </p>
        </NotificationBanner>
      ) : null}

      <h2 className="govuk-heading-m">Confidentiality statement</h2>
      <InsetText>
        What is shared at this MARAC is confidential. It is shared to keep people safe and for no other purpose. Do not pass it on outside your
        agency’s part in the action plan, never to the victim’s abuser or anyone who may tell them, and record it only in your agency’s secure
        systems.
      </InsetText>
      {run.confirmedByMe ? (
        <p className="govuk-body">You have confirmed the statement for this meeting.</p>
      ) : live ? (
        <ActionButton action={confirmConfidentialityAction} payload={{ meetingId: id }} label="I confirm the confidentiality statement" variant="primary" />
      ) : (
        <p className="govuk-body">{finalised ? 'The meeting is over: the statement was confirmed by those who attended.' : 'This meeting did not take place.'}</p>
      )}
      <Table caption={`Confirmed by (${run.confirmations.length})`} captionSize="s" head={<><Th>Name</Th><Th>Agency</Th><Th>When</Th></>}>
        {run.confirmations.length === 0 ? (
          <Tr>
            <Td colSpan={3}>No one yet.</Td>
          </Tr>
        ) : (
          run.confirmations.map((c) => (
            <Tr key={`${c.name}-${c.confirmedAt.toISOString()}`}>
              <Td>{c.name}</Td>
              <Td>{c.agencyName}</Td>
              <Td>{formatDateTime(c.confirmedAt)}</Td>
            </Tr>
          ))
        )}
      </Table>

      {runs ? (
        <>
          <h2 className="govuk-heading-m">Register</h2>
          {live ? <RegisterForm meetingId={id} register={run.register} /> : null}
          {run.meeting.status === 'agenda_published' ? (
            run.meeting.startable ? (
              <ActionButton action={startMeetingAction} payload={{ meetingId: id }} label="Start the meeting" variant="primary" />
            ) : (
              <InsetText>
                The meeting can be started on the day it is held, {formatDateTime(run.meeting.startsAt)}. Until then, agencies can still record their research.
              </InsetText>
            )
          ) : null}
        </>
      ) : null}

      {run.incompleteActions.length ? (
        <>
          <h2 className="govuk-heading-m">Actions from the last meeting not completed</h2>
          {run.incompleteActions.map((a) => (
            <div key={a.id} className="app-checklist-question">
              <p className="govuk-body">
                <strong>{a.caseNumber}</strong>: {a.description} ({a.agencyName}, {a.ownerName}, due {formatDate(a.dueOn)}
                {a.notYetDue ? ', not yet due' : ''})
                {a.reviewedHere ? ` — recorded: ${recordedOutcome(a.status)}. ${a.reviewNote ?? ''}` : ''}
              </p>
              {runs && run.meeting.status === 'held' && !a.reviewedHere ? (
                <ReviewActionForm meetingId={id} actionItemId={a.id} caseNumber={a.caseNumber} description={a.description} outcomes={a.outcomes} />
              ) : null}
            </div>
          ))}
        </>
      ) : null}

      <h2 className="govuk-heading-m">Cases, in agenda order</h2>
      {run.confirmedByMe ? (
        <ol className="govuk-list govuk-list--number">
          {run.items.map((item) => (
            <li key={item.id}>
              <Link className="govuk-link" href={`/meetings/${id}/run/${item.id}`}>
                {item.caseNumber} {item.victimName}
              </Link>
              {item.section === 'children' ? ' (children)' : ''}
            </li>
          ))}
        </ol>
      ) : live ? (
        <p className="govuk-body">Confirm the confidentiality statement to see the cases and the actions from the last meeting.</p>
      ) : finalised ? (
        <p className="govuk-body">The cases heard are in the finalised minutes.</p>
      ) : (
        <p className="govuk-body">No cases were heard.</p>
      )}

      {run.canFinalise && run.meeting.status === 'held' ? (
        <>
          <h2 className="govuk-heading-m">Finalise the minutes</h2>
          <p className="govuk-body">Finalised minutes are locked and circulated to every agency on the register. Later corrections are kept as new revisions.</p>
          <ActionButton action={finaliseMinutesAction} payload={{ meetingId: id }} label="Finalise and circulate the minutes" variant="warning" />
        </>
      ) : null}
    </>
  );
}
