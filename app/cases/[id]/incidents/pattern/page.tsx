import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import type { IncidentChannel } from '@/db/enums';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listIncidents } from '@/lib/incidents/log';
import { getConductPattern, type ConductPattern, type PatternIncident } from '@/lib/incidents/pattern';
import { incidentChannelLabels, stalkingBehaviourLabels } from '@/lib/stalking/labels';
import { formatDate, formatOccurred } from '../../../../_lib/format';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { Details } from '../../../../ui/details';
import { PageHeading } from '../../../../ui/page-heading';
import { Pagination } from '../../../../ui/pagination';
import { SummaryList } from '../../../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../../../ui/table';
import { Tag } from '../../../../ui/tag';
import { Timeline } from '../../../../ui/timeline';
import { WeeklyChartLater } from './weekly-chart-later';

export const metadata: Metadata = { title: 'Course of conduct' };

/** One colour for each channel, from the GOV.UK palette, told apart by the legend and the table. */
const channelColours: Record<IncidentChannel, string> = {
  in_person: '#d4351c',
  phone_call: '#1d70b8',
  text_message: '#00703c',
  email: '#4c2c92',
  social_media: '#f47738',
  messaging_app: '#28a197',
  tracking_device: '#d53880',
  third_party: '#b58840',
  property_damage: '#505a5f',
  other: '#85994b',
};

const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekLabel = (week: string) => shortDay.format(new Date(`${week}T00:00:00Z`));
/** A mean gap in days: to a tenth under 10 days ("4.5 days", "9 days"), whole days above. */
function days(n: number | null): string {
  if (n === null) return '';
  const shown = n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
  return `${shown} ${shown === 1 ? 'day' : 'days'}`;
}

const trendWords = {
  shrinking: 'Shrinking: the incidents are coming closer together',
  growing: 'Growing: the incidents are further apart',
  steady: 'About the same',
  too_few: 'It takes 3 incidents or more to tell',
};

function incidentLink(caseId: string, i: PatternIncident | null) {
  if (!i) return 'None';
  return (
    <Link className="govuk-link" href={`/cases/${caseId}/incidents/${i.number}`}>
      Entry {i.number}: {formatOccurred(i)}
    </Link>
  );
}

/** What the chart shows, in one sentence (read by everyone; the chart itself is hidden from screen readers). */
function describe(p: ConductPattern): string {
  const busiest = p.weeks.reduce((a, b) => (b.total > a.total ? b : a));
  const weeks = p.weeks.length === 1 ? '1 week' : `${p.weeks.length} weeks`;
  return `The chart shows the ${p.standing} incidents week by week over ${weeks}, from the week beginning ${formatDate(p.weeks[0].week)}, each bar split by how they happened; the busiest week, beginning ${formatDate(busiest.week)}, had ${busiest.total}. The table below the chart gives the same figures.`;
}

/** A case's course of conduct at a glance: the figures, a chart by week and channel with its table, and the timeline. */
export default async function PatternPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { page } = await searchParams;
  const viewer = await requireViewer();
  const p = await orRefuse(getConductPattern(viewer, { caseId: id }));
  const log = await orRefuse(listIncidents(viewer, { caseId: id, page }));
  const used = p.channels.map((c) => c.channel);

  return (
    <>
      <BackLink href={`/cases/${p.caseId}/incidents`}>Incidents and evidence</BackLink>
      <PageHeading caption={`Case ${p.caseNumber}`}>Course of conduct</PageHeading>
      <p className="govuk-body">
        The pattern of the log, not one incident at a time. The figures count the entries that stand{p.withdrawn ? `; ${p.withdrawn === 1 ? '1 withdrawn entry is' : `${p.withdrawn} withdrawn entries are`} left out` : ''}.
      </p>
      <SummaryList
        rows={[
          { key: 'Incidents', value: String(p.standing) },
          { key: 'First incident', value: incidentLink(p.caseId, p.first) },
          { key: 'Last incident', value: incidentLink(p.caseId, p.last) },
          {
            key: 'Gaps between incidents',
            value: (
              <>
                {trendWords[p.gaps.trend]}
                {p.gaps.trend !== 'too_few' ? (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    On average {days(p.gaps.earlierMeanDays)} apart in the earlier half of the log, {days(p.gaps.laterMeanDays)} in the later half.
                  </p>
                ) : null}
              </>
            ),
          },
        ]}
      />

      {p.standing === 0 ? (
        <p className="govuk-body">No incidents logged yet.</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">Incidents by week and channel</h2>
          <p className="govuk-body" id="chart-description">
            {describe(p)}
          </p>
          <WeeklyChartLater
            weeks={p.weeks.map((w) => ({ label: weekLabel(w.week), ...w.byChannel }))}
            series={used.map((c) => ({ key: c, label: incidentChannelLabels[c], colour: channelColours[c] }))}
          />
          <Details summary="The figures as a table">
            <div className="app-table-scroll" role="region" aria-label="Incidents by week and channel, as a table" tabIndex={0}>
              <Table
                caption="Incidents by week and channel"
                captionSize="s"
                aria-describedby="chart-description"
                head={
                  <>
                    <Th>Week beginning</Th>
                    {used.map((c) => (
                      <Th key={c} numeric>
                        {incidentChannelLabels[c]}
                      </Th>
                    ))}
                    <Th numeric>Total</Th>
                  </>
                }
              >
                {p.weeks.map((w) => (
                  <Tr key={w.week}>
                    <Th scope="row">{formatDate(w.week)}</Th>
                    {used.map((c) => (
                      <Td key={c} numeric>
                        {w.byChannel[c] ?? 0}
                      </Td>
                    ))}
                    <Td numeric>{w.total}</Td>
                  </Tr>
                ))}
              </Table>
            </div>
          </Details>

          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <Table caption="By channel" captionSize="m" head={<><Th>Channel</Th><Th numeric>Incidents</Th></>}>
                {p.channels.map((c) => (
                  <Tr key={c.channel}>
                    <Td>{incidentChannelLabels[c.channel]}</Td>
                    <Td numeric>{c.count}</Td>
                  </Tr>
                ))}
              </Table>
            </div>
            <div className="govuk-grid-column-one-half">
              <Table caption="By behaviour" captionSize="m" head={<><Th>Behaviour</Th><Th numeric>Incidents</Th></>}>
                {p.behaviours.length === 0 ? (
                  <Tr>
                    <Td colSpan={2}>None recorded.</Td>
                  </Tr>
                ) : (
                  p.behaviours.map((b) => (
                    <Tr key={b.behaviour}>
                      <Td>{stalkingBehaviourLabels[b.behaviour]}</Td>
                      <Td numeric>{b.count}</Td>
                    </Tr>
                  ))
                )}
              </Table>
            </div>
          </div>
        </>
      )}

      {log.total > 0 ? (
        <section aria-labelledby="timeline-heading">
          <h2 className="govuk-heading-m" id="timeline-heading">
            Timeline, earliest first
          </h2>
          <Timeline
            items={log.entries.map((e) => ({
              title: (
                <>
                  <Link className="govuk-link" href={`/cases/${log.caseId}/incidents/${e.number}`}>
                    Entry {e.number}: {incidentChannelLabels[e.current.channel]}
                    {e.current.platform ? `, ${e.current.platform}` : ''}
                  </Link>{' '}
                  {e.withdrawn ? <Tag colour="grey">Withdrawn</Tag> : null}
                </>
              ),
              datetime: e.current.occurredAt.toISOString(),
              dateText: formatOccurred(e.current),
              description: <p className={`govuk-body govuk-!-margin-bottom-0${e.withdrawn ? ' app-incident-log__entry--withdrawn' : ''}`}>{e.current.summary}</p>,
            }))}
          />
          <Pagination page={log.page} pageCount={log.pageCount} baseHref={`/cases/${log.caseId}/incidents/pattern`} label="Pages of the timeline" />
        </section>
      ) : null}
    </>
  );
}
