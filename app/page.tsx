import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { ACTION_STATS_MONTHS } from '@/lib/action-items/stats';
import { getDashboard } from '@/lib/dashboard/get';
import { roleLabels } from '@/lib/users/labels';
import { OrderAlertsPanel } from './_home/order-alerts';
import { PreservationDeadlinesPanel } from './_home/preservation-deadlines';
import { orRefuse } from './_lib/guard';
import { formatDateTime } from './_lib/format';
import { Button } from './ui/button';
import { Card, CardGroup } from './ui/card';
import { PageHeading } from './ui/page-heading';
import { Table, Td, Th, Tr } from './ui/table';
import { TextInput } from './ui/text-input';

export const metadata: Metadata = { title: 'Home' };

export default async function DashboardPage() {
  const viewer = await requireViewer();
  const data = await orRefuse(getDashboard(viewer));
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

  return (
    <>
      <PageHeading caption={`${viewer.agencyName} · ${roleLabels[viewer.role]}`}>Welcome, {viewer.name}</PageHeading>
      <CardGroup>
        {data.unreadMinutes.total ? (
          <Card title="New minutes to read">
            <ul className="govuk-list">
              {data.unreadMinutes.newest.map((m) => (
                <li key={m.meetingId}>
                  <Link className="govuk-link" href={`/meetings/${m.meetingId}/minutes`}>
                    Minutes of {formatDateTime(m.startsAt)}
                  </Link>
                </li>
              ))}
            </ul>
            {data.unreadMinutes.total > data.unreadMinutes.newest.length ? (
              <p className="govuk-body">
                <Link className="govuk-link" href="/notifications?unread=1&kind=minutes_circulated">
                  And {data.unreadMinutes.total - data.unreadMinutes.newest.length} more
                  <span className="govuk-visually-hidden"> minutes to read</span>
                </Link>
              </p>
            ) : null}
          </Card>
        ) : null}
        {data.ownActions ? (
          <Card title="Your agency’s actions" href="/action-items?board=mine">
            <p className="govuk-body">
              {plural(data.ownActions.open, 'action is', 'actions are')} open
              {data.ownActions.overdue ? (
                <>
                  , <strong className="app-overdue">{plural(data.ownActions.overdue, 'overdue', 'overdue')}</strong>
                </>
              ) : null}
              .
            </p>
          </Card>
        ) : null}
        <PreservationDeadlinesPanel near={data.preservationDeadlines} />
        {data.screening ? (
          <Card title="Screening" href="/screening">
            <ul className="govuk-list">
              <li>{plural(data.screening.waiting, 'referral is', 'referrals are')} waiting for screening</li>
              <li>{plural(data.screening.casesAwaitingMeeting, 'case is', 'cases are')} waiting for a meeting</li>
            </ul>
          </Card>
        ) : null}
        {data.canSeeDataset ? (
          <Card title="MARAC dataset" href="/dataset">
            <p className="govuk-body">The last quarter’s figures beside the national ones, how the work flowed, and the quarterly return to download.</p>
          </Card>
        ) : null}
        {data.canSeeEscalations ? (
          <Card title="Escalation list" href="/action-items/escalation">
            <p className="govuk-body">Agencies that left actions not done at two meetings in a row, for the steering group.</p>
          </Card>
        ) : null}
        {data.ownReferrals ? (
          <Card title="Your agency’s referrals" href="/referrals">
            <ul className="govuk-list">
              <li>{plural(data.ownReferrals.returned, 'referral has', 'referrals have')} a question from the coordinator</li>
              <li>{plural(data.ownReferrals.drafts, 'draft')} not yet submitted</li>
              <li>{plural(data.ownReferrals.waiting, 'referral is', 'referrals are')} waiting for screening</li>
            </ul>
          </Card>
        ) : null}
        {data.accounts ? (
          <Card title="Accounts needing attention" href="/admin/users">
            <ul className="govuk-list">
              <li>{plural(data.accounts.awaitingSetup, 'user has', 'users have')} not yet set a password</li>
              <li>{plural(data.accounts.disabled, 'account is', 'accounts are')} disabled</li>
            </ul>
          </Card>
        ) : null}
        {data.email ? (
          <Card title="Email" href="/audit?action=notification.email&outcome=error">
            {data.email.server ? (
              <ul className="govuk-list">
                <li>Sent through {data.email.server}</li>
                <li>{plural(data.email.waiting, 'email is', 'emails are')} waiting to be sent</li>
                <li>{plural(data.email.failedLastWeek, 'notification', 'notifications')} could not be emailed in the last 7 days</li>
              </ul>
            ) : (
              <p className="govuk-body">Not set up: notifications appear in the app only. Set SMTP_HOST to send email.</p>
            )}
          </Card>
        ) : null}
        {data.area ? (
          <Card title="Your MARAC area" href="/agencies">
            <p className="govuk-body">
              {plural(data.area.agencies, 'agency', 'agencies')} with {plural(data.area.activeUsers, 'active user')}.
            </p>
          </Card>
        ) : null}
        {data.canSeeCaseAccess ? (
          <Card title="Who has seen a case">
            <form method="get" action="/audit" role="search" aria-label="Find who has seen a case">
              <TextInput id="case" name="case" label="Case number" hint="For example, KV-2026-0007" width="govuk-input--width-10" spellCheck={false} autoComplete="off" />
              <Button variant="secondary">Find the case</Button>
            </form>
          </Card>
        ) : null}
        {data.revealsLastWeek !== undefined ? (
          <Card title="Protected details revealed" href="/audit?action=case.reveal_protected">
            <p className="govuk-body">{plural(data.revealsLastWeek, 'reveal')} of a victim’s protected details in the last 7 days, each with its reason.</p>
          </Card>
        ) : null}
        {data.refusalsLastDay !== undefined ? (
          <Card title="Refused requests" href="/audit?outcome=denied">
            <p className="govuk-body">
              {plural(data.refusalsLastDay, 'refused request or failed sign-in', 'refused requests or failed sign-ins')} in
              the last 24 hours.
            </p>
          </Card>
        ) : null}
        <Card title="Your account" href="/account">
          <p className="govuk-body">
            Signed in on {plural(data.me.liveSessions, 'device')}. Last sign-in: {formatDateTime(data.me.lastSignInAt)}.
          </p>
        </Card>
      </CardGroup>
      <OrderAlertsPanel alerts={data.orderAlerts} />
      {data.actionStats ? (
        <Table
          caption={
            <>
              Actions by agency
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">Actions due in the last {ACTION_STATS_MONTHS} months and all open actions.</span>
            </>
          }
          captionSize="m"
          head={
            <>
              <Th>Agency</Th>
              <Th numeric>Open</Th>
              <Th numeric>Overdue</Th>
              <Th numeric>Completed on time</Th>
              <Th numeric>Completed late</Th>
              <Th numeric>Not done</Th>
            </>
          }
        >
          {data.actionStats.map((s) => (
            <Tr key={s.agencyId}>
              <Td>
                <Link className="govuk-link" href={`/action-items?agency=${s.agencyId}`}>
                  {s.agencyName}
                </Link>
              </Td>
              <Td numeric>{s.open}</Td>
              <Td numeric>{s.overdue ? <strong className="app-overdue">{s.overdue}</strong> : 0}</Td>
              <Td numeric>{s.completedOnTime}</Td>
              <Td numeric>{s.completedLate}</Td>
              <Td numeric>{s.notDone}</Td>
            </Tr>
          ))}
        </Table>
      ) : null}
    </>
  );
}
