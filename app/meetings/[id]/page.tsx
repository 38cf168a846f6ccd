import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getAgenda, type AgendaView } from '@/lib/meetings/agenda';
import { describeMinutes } from '@/lib/meetings/agenda-order';
import { formatDate, formatDateTime } from '../../_lib/format';
import { orRefuse } from '../../_lib/guard';
import { BackLink } from '../../ui/back-link';
import { ButtonLink } from '../../ui/button';
import { Details } from '../../ui/details';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { SummaryList } from '../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../ui/table';
import { Tag } from '../../ui/tag';
import { WarningText } from '../../ui/warning-text';
import { buildAgendaAction, moveItemAction, publishAgendaAction } from '../actions';
import { MeetingStatusTag } from '../meeting-status-tag';
import { ConductSummaryLine } from '../conduct-summary';
import { ActionButton } from '../../ui/action-button';
import { AddCaseForm, DeferForm } from './agenda-controls';

export const metadata: Metadata = { title: 'Meeting' };

const sectionTitles = { children: 'Cases with children', adults: 'Adult-only cases' };
const researchLabel = { recorded: 'Researched', no_trace: 'No trace', none: 'Not yet' };

/** For the coordinator and chair: how many of the agencies asked have researched the case, and which. */
function ResearchSummary({ item }: { item: AgendaView['sections'][number]['items'][number] }) {
  const done = item.research.filter((r) => r.state !== 'none');
  const missing = item.research.filter((r) => r.state === 'none');
  return (
    <>
      <span>
        Researched by {done.length} of {item.research.length}
      </span>
      <Details summary={<>Which agencies<span className="govuk-visually-hidden"> have researched case {item.caseNumber}</span></>}>
        <p className="govuk-body-s govuk-!-margin-bottom-1">Researched ({done.length}):</p>
        {done.length ? (
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {done.map((r) => (
              <li key={r.agencyId}>
                {r.agencyName}
                {r.state === 'no_trace' ? ': no trace' : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body-s">None yet.</p>
        )}
        <p className="govuk-body-s govuk-!-margin-bottom-1">Not yet ({missing.length}):</p>
        {missing.length ? (
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {missing.map((r) => (
              <li key={r.agencyId}>{r.agencyName}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body-s">None: every agency has researched.</p>
        )}
      </Details>
    </>
  );
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const agenda = await orRefuse(getAgenda(viewer, id));
  const { meeting, conduct, capacity, incompleteActions: incomplete, reachingTwelveMonths: reaching } = agenda;
  const total = agenda.sections.reduce((n, s) => n + s.items.length, 0);
  const later = agenda.laterMeetings.map((m) => ({ value: m.id, label: formatDateTime(m.startsAt) }));
  const isCoordinatorView = agenda.canEdit;
  let position = 0;

  return (
    <>
      <BackLink href="/meetings">Meetings</BackLink>
      <PageHeading caption="MARAC meeting">{formatDateTime(meeting.startsAt)}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Status', value: <MeetingStatusTag status={meeting.status} /> },
          { key: 'Where', value: meeting.venue ?? 'Video call only' },
          ...(meeting.videoLink ? [{ key: 'Video link', value: meeting.videoLink }] : []),
          { key: 'Chair', value: meeting.chairName ?? 'Not yet chosen' },
          { key: 'Cases', value: `${total} (expected running time ${describeMinutes(capacity.expectedMinutes)}, at ${agenda.minutesPerCase} minutes a case)` },
        ]}
      />
      {meeting.status === 'agenda_published' || meeting.status === 'held' ? (
        <ButtonLink href={`/meetings/${meeting.id}/run`} variant={meeting.status === 'held' ? 'primary' : 'secondary'}>
          {meeting.status === 'held' ? 'Go to the meeting' : 'The meeting: register and confidentiality'}
        </ButtonLink>
      ) : null}
      {meeting.status === 'finalised' ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/meetings/${meeting.id}/minutes`}>
            Read the finalised minutes
          </Link>
        </p>
      ) : null}
      {capacity.over ? (
        <WarningText>
          The agenda is over capacity: {capacity.cases} cases against {capacity.limit} a meeting, about {describeMinutes(capacity.expectedMinutes)}. Consider
          deferring cases that can wait.
        </WarningText>
      ) : null}
      {meeting.status === 'agenda_published' && agenda.canResearch && !isCoordinatorView ? (
        <NotificationBanner title="Research is open">
          <p className="govuk-body">Check your agency’s records for each case below and record what you hold, or that you hold nothing (no trace).</p>
        </NotificationBanner>
      ) : null}

      {isCoordinatorView ? (
        <div className="govuk-button-group">
          <ActionButton action={buildAgendaAction} payload={{ meetingId: meeting.id }} label="List the cases waiting for a meeting" />
          {meeting.status === 'scheduled' && total > 0 ? (
            <ActionButton action={publishAgendaAction} payload={{ meetingId: meeting.id }} label="Publish the agenda and open research" variant="primary" />
          ) : null}
        </div>
      ) : null}

      <h2 className="govuk-heading-l">Agenda</h2>
      <ol className="govuk-list govuk-list--number">
        <li>Introductions</li>
        <li>The chair reads the confidentiality statement; every attendee confirms it</li>
        <li>Actions not completed since the last meeting</li>
        <li>New cases, children first (below)</li>
        <li>Cases reaching 12 months since their last MARAC</li>
        <li>Any other business</li>
      </ol>

      {agenda.sections.map(({ section, items }) => (
        <Table
          key={section}
          caption={`${sectionTitles[section]} (${items.length})`}
          captionSize="m"
          head={
            <>
              <Th>#</Th>
              <Th>Case</Th>
              <Th numeric>Score</Th>
              <Th>Research</Th>
              <Th>
                <span className="govuk-visually-hidden">Actions</span>
              </Th>
            </>
          }
        >
          {items.length === 0 ? (
            <Tr>
              <Td colSpan={5}>None listed.</Td>
            </Tr>
          ) : (
            items.map((item, i) => {
              position += 1;
              return (
                <Tr key={item.id}>
                  <Td>{position}</Td>
                  <Td>
                    <Link className="govuk-link" href={`/cases/${item.caseId}`}>
                      {item.caseNumber}
                    </Link>{' '}
                    {item.victimName}
                    <span className="app-tag-list app-cell-secondary">
                      {item.repeat ? <Tag colour="purple">Repeat</Tag> : null}
                      {item.children ? <Tag colour="yellow">{`${item.children} child${item.children === 1 ? '' : 'ren'}`}</Tag> : null}
                    </span>
                    <ConductSummaryLine summary={conduct.get(item.caseId)} className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0" />
                  </Td>
                  <Td numeric>{item.riskScore}</Td>
                  <Td>
                    {agenda.canSeeAllResearch ? <ResearchSummary item={item} /> : researchLabel[item.mine]}
                    {agenda.canResearch ? (
                      <Link className="govuk-link app-cell-secondary" href={`/meetings/${meeting.id}/research/${item.id}`}>
                        {agenda.canSeeAllResearch ? 'Research' : 'Record your agency’s research'}
                        <span className="govuk-visually-hidden"> on case {item.caseNumber}</span>
                      </Link>
                    ) : null}
                  </Td>
                  <Td>
                    {isCoordinatorView ? (
                      <>
                        <div className="govuk-button-group govuk-!-margin-bottom-1">
                          {i > 0 ? <ActionButton small action={moveItemAction} payload={{ itemId: item.id, direction: 'up' }} label="Up" accessibleLabel={`Move case ${item.caseNumber} up`} /> : null}
                          {i < items.length - 1 ? (
                            <ActionButton small action={moveItemAction} payload={{ itemId: item.id, direction: 'down' }} label="Down" accessibleLabel={`Move case ${item.caseNumber} down`} />
                          ) : null}
                        </div>
                        <Details summary={`Defer case ${item.caseNumber}`}>
                          <DeferForm itemId={item.id} caseNumber={item.caseNumber} meetings={later} />
                        </Details>
                      </>
                    ) : null}
                  </Td>
                </Tr>
              );
            })
          )}
        </Table>
      ))}

      {agenda.deferred.length ? (
        <>
          <h2 className="govuk-heading-m">Deferred to a later meeting</h2>
          <ul className="govuk-list govuk-list--bullet">
            {agenda.deferred.map((d) => (
              <li key={d.id}>
                {d.caseNumber} {d.victimName}: to {formatDateTime(d.toMeetingStartsAt)}. {d.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="govuk-heading-m">Actions from the last meeting not completed</h2>
      {incomplete.total ? (
        <>
          <ul className="govuk-list govuk-list--bullet">
            {incomplete.shown.map((a) => (
              <li key={a.id}>
                {a.caseNumber}: {a.description} ({a.agencyName}, {a.ownerName}, due {formatDate(a.dueOn)})
              </li>
            ))}
          </ul>
          {incomplete.previousMeeting && incomplete.total > incomplete.shown.length ? (
            <p className="govuk-body">
              And {incomplete.total - incomplete.shown.length} more.{' '}
              <Link className="govuk-link" href={`/action-items?meeting=${incomplete.previousMeeting.id}&sort=case`}>
                Every action agreed at the meeting of {formatDateTime(incomplete.previousMeeting.startsAt)}, on the action board
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="govuk-body">None.</p>
      )}

      <h2 className="govuk-heading-m">Cases reaching 12 months since their last MARAC</h2>
      {reaching.total ? (
        <>
          <ul className="govuk-list govuk-list--bullet">
            {reaching.shown.map((c) => (
              <li key={c.caseId}>
                <Link className="govuk-link" href={`/cases/${c.caseId}`}>
                  {c.number}
                </Link>{' '}
                {c.victimName}: last heard {formatDate(c.lastMaracOn)}
              </li>
            ))}
          </ul>
          {reaching.total > reaching.shown.length ? (
            <p className="govuk-body">
              And {reaching.total - reaching.shown.length} more.{' '}
              <Link className="govuk-link" href={`/cases?reaching=${reaching.day}`}>
                All {reaching.total} cases reaching 12 months
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="govuk-body">None.</p>
      )}

      {isCoordinatorView ? (
        <>
          <h2 className="govuk-heading-m">Add a case</h2>
          {agenda.waitingToAdd.length ? (
            <AddCaseForm meetingId={meeting.id} cases={agenda.waitingToAdd.map((c) => ({ value: c.caseId, label: `${c.number} ${c.victimName ?? ''}` }))} />
          ) : (
            <p className="govuk-body">Every case waiting for a meeting is on an agenda.</p>
          )}
        </>
      ) : null}
    </>
  );
}
