import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { todayInUk } from '@/db/clock';
import { requireViewer } from '@/lib/auth/current-viewer';
import { calendarDateFilter } from '@/lib/dates/calendar-date-schema';
import { getDataset } from '@/lib/dataset/get';
import { MIN_CASES_FOR_NOTES } from '@/lib/dataset/compare';
import { lastQuarter, quarterBefore, quarterKey, quarterLabel } from '@/lib/dataset/period';
import { datasetPeriodSchema, type DatasetPeriodInput } from '@/lib/dataset/schemas';
import { orRefuse } from '../_lib/guard';
import { formatDate } from '../_lib/format';
import { PeriodInputs, periodFilterErrors, readPeriodFilter } from '../_lib/date-filters';
import { Button } from '../ui/button';
import { Details } from '../ui/details';
import { ErrorSummary } from '../ui/error-summary';
import { InsetText } from '../ui/inset-text';
import { PageHeading } from '../ui/page-heading';
import { Select } from '../ui/select';
import { Table, Td, Th, Tr } from '../ui/table';
import { WarningText } from '../ui/warning-text';
import { DatasetChartLater } from './dataset-chart-later';

export const metadata: Metadata = { title: 'MARAC dataset' };
export const dynamic = 'force-dynamic';

type Search = Record<string, string | undefined>;

const rangeSchema = z.object({ from: calendarDateFilter.optional(), to: calendarDateFilter.optional() });

/** The period asked for in the address: a quarter (the last whole one unless another is named), dates, or a meeting. */
function periodAsked(search: Search) {
  const read = readPeriodFilter(rangeSchema, search);
  const fallback: DatasetPeriodInput = { kind: 'quarter', quarter: quarterKey(lastQuarter(todayInUk())) };
  let asked: DatasetPeriodInput = fallback;
  if (search.period === 'range') asked = { kind: 'range', from: read.filter.from ?? '', to: read.filter.to ?? '' };
  else if (search.period === 'meeting') asked = { kind: 'meeting', meetingId: search.meetingId ?? '' };
  else if (search.quarter) asked = { kind: 'quarter', quarter: search.quarter };
  const errors: Record<string, string> = search.period === 'range' ? { ...read.errors } : {};
  const checked = datasetPeriodSchema.safeParse(asked);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path.at(-1) ?? 'period');
      if (!errors[key]) errors[key] = key === 'from' || key === 'to' ? `Enter the “${key}” date` : issue.message;
      if (key === 'to' && issue.message.startsWith('The')) errors[key] = issue.message;
      if (key === 'to' && issue.message.startsWith('Choose')) errors[key] = issue.message;
    }
    asked = fallback;
  }
  return { asked, read, errors };
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** A meeting's date under a chart's bar: "18 Dec 25". */
const shortDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const n = (v: number | null | undefined) => (v == null ? '–' : number.format(v));
const pc = (v: number | null | undefined) => (v == null ? 'No cases' : `${number.format(v)} %`);

const colours = { cases: '#1d70b8', repeats: '#d4351c', rate: '#d4351c', national: '#505a5f', referrals: '#00703c', onTime: '#00703c', late: '#f47738', notPossible: '#505a5f', notDone: '#d4351c', open: '#1d70b8' };

function ChartSection({ id, title, sentence, chart, table }: { id: string; title: string; sentence: string; chart: ReactNode; table: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-s" id={`${id}-heading`}>
        {title}
      </h3>
      <p className="govuk-body" id={`${id}-description`}>
        {sentence}
      </p>
      {chart}
      <Details summary={`${title}: the figures as a table`}>
        <div className="app-table-scroll" role="region" aria-label={`${title}, as a table`} tabIndex={0}>
          {table}
        </div>
      </Details>
    </section>
  );
}

/** The area's MARAC dataset for a quarter, dates or one meeting, beside the national figures, with how the work flowed. */
export default async function DatasetPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const viewer = await requireViewer();
  const { asked, read, errors } = periodAsked(search);
  const d = await orRefuse(getDataset(viewer, asked));
  const f = d.figures;
  const quarterChoices = Array.from({ length: 8 }, (_, i) => quarterBefore(lastQuarter(todayInUk()), i - 1)).map((q) => ({ value: quarterKey(q), label: quarterLabel(q) }));
  const exportQuery = new URLSearchParams(
    d.period.kind === 'quarter' ? { period: 'quarter', quarter: d.period.quarter! } : d.period.kind === 'meeting' ? { period: 'meeting', meetingId: d.period.meetingId! } : { period: 'range', from: d.period.from, to: d.period.to },
  ).toString();
  const heading = d.period.kind === 'meeting' ? `The meeting of ${formatDate(d.period.from)}` : d.period.kind === 'quarter' ? d.period.label : `${formatDate(d.period.from)} to ${formatDate(d.period.to)}`;
  const notes = d.comparisons.filter((c) => c.note);
  const errorList = periodFilterErrors({ errors, errorParts: read.errorParts });

  return (
    <>
      <PageHeading caption={`${d.areaName} · MARAC dataset`}>{heading}</PageHeading>
      <ErrorSummary errors={errorList} />
      <p className="govuk-body">
        Counted from the records when this page was opened: no names, only numbers. A case heard at two meetings counts twice, as the national return counts it. See how each figure is
        counted at the foot of the page.
      </p>

      <div className="govuk-grid-row">
        <form method="get" action="/dataset" className="govuk-grid-column-one-third">
          <input type="hidden" name="period" value="quarter" />
          <Select id="quarter" name="quarter" label="A quarter" labelSize="s" options={quarterChoices} defaultValue={d.period.quarter ?? quarterChoices[1].value} />
          <Button variant="secondary">Show the quarter</Button>
        </form>
        <form method="get" action="/dataset" className="govuk-grid-column-one-third">
          <input type="hidden" name="period" value="range" />
          <PeriodInputs errors={errors} errorParts={read.errorParts} typed={read.typed} />
          <Button variant="secondary">Show these dates</Button>
        </form>
        <form method="get" action="/dataset" className="govuk-grid-column-one-third">
          <input type="hidden" name="period" value="meeting" />
          {d.meetingChoices.length ? (
            <>
              <Select id="meetingId" name="meetingId" label="One meeting" labelSize="s" options={d.meetingChoices.map((m) => ({ value: m.id, label: formatDate(m.date) }))} defaultValue={d.period.meetingId} />
              <Button variant="secondary">Show the meeting</Button>
            </>
          ) : (
            <p className="govuk-body">No meeting has been held yet.</p>
          )}
        </form>
      </div>

      {d.canExport ? (
        <div className="govuk-button-group">
          {/* File downloads, not pages: plain links, not the client router. */}
          <a href={`/dataset/csv?${exportQuery}`} role="button" draggable={false} className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Download the return (CSV)
          </a>
          <a href={`/dataset/pdf?${exportQuery}`} role="button" draggable={false} className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Download for the steering group (PDF)
          </a>
        </div>
      ) : null}

      <h2 className="govuk-heading-m">Beside the national figures</h2>
      {f.casesDiscussed > 0 && f.casesDiscussed < MIN_CASES_FOR_NOTES ? (
        <InsetText>
          With {f.casesDiscussed === 1 ? 'one case' : `${f.casesDiscussed} cases`} discussed, the shares vary too much by chance to compare: notes on how the area differs are given from {MIN_CASES_FOR_NOTES} cases. Choose a
          longer period to compare.
        </InsetText>
      ) : null}
      {notes.length ? (
        <WarningText iconFallbackText="Note">
          Where the area differs much from the national figures:
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
            {notes.map((c) => (
              <li key={c.key}>{c.note}</li>
            ))}
          </ul>
        </WarningText>
      ) : null}
      <div className="app-table-scroll" role="region" aria-label="The area’s figures beside the national ones" tabIndex={0}>
        <Table
          caption={`${heading}, beside the national figures (${d.national.source}, ${d.national.periodLabel})`}
          captionSize="s"
          head={
            <>
              <Th>Figure</Th>
              <Th numeric>Count</Th>
              <Th numeric>This area</Th>
              <Th numeric>National</Th>
            </>
          }
        >
          <Tr>
            <Th scope="row">Meetings held</Th>
            <Td numeric>{n(f.meetings)}</Td>
            <Td numeric>–</Td>
            <Td numeric>–</Td>
          </Tr>
          <Tr>
            <Th scope="row">Cases discussed (repeats included)</Th>
            <Td numeric>{n(f.casesDiscussed)}</Td>
            <Td numeric>{n(f.distinctCases)} different cases</Td>
            <Td numeric>–</Td>
          </Tr>
          {d.comparisons.map((c) => {
            const count =
              c.key === 'casesPer10kWomen'
                ? null
                : c.key === 'repeatRate'
                  ? f.repeats.count
                  : c.key === 'partnerReferrals'
                    ? f.partnerReferrals.count
                    : f[c.key].count;
            return (
              <Tr key={c.key}>
                <Th scope="row">{c.label}</Th>
                <Td numeric>{count === null ? '–' : n(count)}</Td>
                <Td numeric>
                  {c.unit === '%' ? pc(c.area) : c.area === null ? (d.adultFemalePopulation ? 'Not for one meeting' : 'Population not set') : n(c.area)}
                </Td>
                <Td numeric>
                  {c.unit === '%' ? `${number.format(c.national)} %` : `${n(c.national)} (recommended: ${n(d.national.recommendedCasesPer10kWomen)})`}
                </Td>
              </Tr>
            );
          })}
          <Tr>
            <Th scope="row">Repeats marked at screening</Th>
            <Td numeric>{n(f.markedRepeats.count)}</Td>
            <Td numeric>{pc(f.markedRepeats.percent)}</Td>
            <Td numeric>–</Td>
          </Tr>
          <Tr>
            <Th scope="row">Children in the households</Th>
            <Td numeric>{n(f.children)}</Td>
            <Td numeric>–</Td>
            <Td numeric>–</Td>
          </Tr>
          <Tr>
            <Th scope="row">Perpetrators aged 17 or under</Th>
            <Td numeric>{n(f.perpetratorsUnder18.count)}</Td>
            <Td numeric>{pc(f.perpetratorsUnder18.percent)}</Td>
            <Td numeric>–</Td>
          </Tr>
        </Table>
      </div>
      {!d.adultFemalePopulation ? (
        <InsetText>Cases per 10,000 women aged 16 and over needs the area’s female population, which an administrator sets in Area settings.</InsetText>
      ) : null}

      <h2 className="govuk-heading-m">Over time</h2>
      <ChartSection
        id="per-meeting"
        title="Cases per meeting"
        sentence={
          d.perMeeting.length
            ? `The chart shows the cases discussed at each of the ${d.perMeeting.length} meetings of the period, and how many of them were repeats; the most at one meeting was ${Math.max(...d.perMeeting.map((m) => m.cases))}.`
            : 'No meeting was held in this period, so there is no chart.'
        }
        chart={
          d.perMeeting.length ? (
            <DatasetChartLater
              kind="bar"
              rows={d.perMeeting.map((m) => ({ label: shortDate(m.date), cases: m.cases, repeats: m.repeats }))}
              series={[
                { key: 'cases', label: 'Cases discussed', colour: colours.cases },
                { key: 'repeats', label: 'Of which repeats', colour: colours.repeats },
              ]}
            />
          ) : null
        }
        table={
          <Table caption="Cases per meeting" captionSize="s" aria-describedby="per-meeting-description" head={<><Th>Meeting</Th><Th numeric>Cases discussed</Th><Th numeric>Repeats</Th></>}>
            {d.perMeeting.length ? (
              d.perMeeting.map((m) => (
                <Tr key={m.meetingId}>
                  <Th scope="row">{formatDate(m.date)}</Th>
                  <Td numeric>{m.cases}</Td>
                  <Td numeric>{m.repeats}</Td>
                </Tr>
              ))
            ) : (
              <Tr>
                <Td colSpan={3}>No meetings in this period.</Td>
              </Tr>
            )}
          </Table>
        }
      />
      {d.trend.length ? (
        <ChartSection
          id="repeat-rate"
          title="Repeat rate, quarter by quarter"
          sentence={`The chart shows the share of cases discussed that were repeats in each of the four quarters to ${d.trend.at(-1)!.label}, against the national ${number.format(d.national.repeatRate)} %.`}
          chart={
            <DatasetChartLater
              kind="line"
              percent
              rows={d.trend.map((t) => ({ label: t.label.replace(/^(\w{3})\w* to (\w{3})\w* /, '$1–$2 '), rate: t.repeatRate, national: d.national.repeatRate }))}
              series={[
                { key: 'rate', label: 'This area', colour: colours.rate },
                { key: 'national', label: 'National', colour: colours.national },
              ]}
            />
          }
          table={
            <Table caption="Repeat rate by quarter" captionSize="s" aria-describedby="repeat-rate-description" head={<><Th>Quarter</Th><Th numeric>Meetings</Th><Th numeric>Cases discussed</Th><Th numeric>Repeats</Th><Th numeric>Repeat rate</Th></>}>
              {d.trend.map((t) => (
                <Tr key={t.quarter}>
                  <Th scope="row">{t.label}</Th>
                  <Td numeric>{t.meetings}</Td>
                  <Td numeric>{t.cases}</Td>
                  <Td numeric>{t.repeats}</Td>
                  <Td numeric>{pc(t.repeatRate)}</Td>
                </Tr>
              ))}
            </Table>
          }
        />
      ) : null}

      <h2 className="govuk-heading-m">Referrals</h2>
      <ChartSection
        id="by-agency"
        title="Referrals by agency"
        sentence={
          f.referrals
            ? `The chart shows which kind of agency referred the ${n(f.referrals)} cases discussed, in the national return’s routes; a joint referral counts a half to each agency. ${pc(f.partnerReferrals.percent)} came from partner agencies rather than the police (nationally ${number.format(d.national.partnerReferrals)} %).`
            : 'No cases were discussed in this period, so there is no chart.'
        }
        chart={
          f.referrals ? (
            <DatasetChartLater
              kind="bar"
              horizontal
              fractions
              height={420}
              rows={d.byRoute.map((r) => ({ label: r.label, referrals: r.count }))}
              series={[{ key: 'referrals', label: 'Referrals', colour: colours.referrals }]}
            />
          ) : null
        }
        table={
          <>
            <Table caption="Referrals by route" captionSize="s" aria-describedby="by-agency-description" head={<><Th>Route</Th><Th numeric>Referrals</Th></>}>
              {d.byRoute.map((r) => (
                <Tr key={r.route}>
                  <Th scope="row">{r.label}</Th>
                  <Td numeric>{n(r.count)}</Td>
                </Tr>
              ))}
            </Table>
            <Table caption="Referrals by agency" captionSize="s" head={<><Th>Agency</Th><Th numeric>Referrals</Th></>}>
              {d.byAgency.length ? (
                d.byAgency.map((a) => (
                  <Tr key={a.agencyId}>
                    <Th scope="row">{a.agencyName}</Th>
                    <Td numeric>{n(a.count)}</Td>
                  </Tr>
                ))
              ) : (
                <Tr>
                  <Td colSpan={2}>None in this period.</Td>
                </Tr>
              )}
            </Table>
          </>
        }
      />

      <h2 className="govuk-heading-m">How the work flowed</h2>
      {d.flow.screening ? (
        <Table caption="Screening of referrals decided in the period" captionSize="s" head={<><Th>Referrals</Th><Th numeric>Number</Th></>}>
          <Tr>
            <Th scope="row">Screened</Th>
            <Td numeric>{d.flow.screening.screened}</Td>
          </Tr>
          <Tr>
            <Th scope="row">Accepted</Th>
            <Td numeric>{d.flow.screening.accepted}</Td>
          </Tr>
          <Tr>
            <Th scope="row">Returned to the referrer with a question</Th>
            <Td numeric>{d.flow.screening.returned}</Td>
          </Tr>
          <Tr>
            <Th scope="row">Declined</Th>
            <Td numeric>{d.flow.screening.declined}</Td>
          </Tr>
          <Tr>
            <Th scope="row">Median days from submission to the screening decision</Th>
            <Td numeric>{n(d.flow.screening.medianDaysToDecision)}</Td>
          </Tr>
        </Table>
      ) : null}
      <ChartSection
        id="to-meeting"
        title="Time from referral to meeting"
        sentence={
          d.flow.toMeeting.heard
            ? `The chart shows how long the ${d.flow.toMeeting.heard} referrals first heard in the period waited from submission to their meeting: ${n(d.flow.toMeeting.medianDays)} days at the median, ${n(d.flow.toMeeting.meanDays)} on average.`
            : 'No referral was first heard in this period, so there is no chart.'
        }
        chart={
          d.flow.toMeeting.heard ? (
            <DatasetChartLater kind="bar" rows={d.flow.toMeeting.buckets.map((b) => ({ label: b.label, referrals: b.count }))} series={[{ key: 'referrals', label: 'Referrals', colour: colours.cases }]} />
          ) : null
        }
        table={
          <Table caption="Time from referral to meeting" captionSize="s" aria-describedby="to-meeting-description" head={<><Th>Wait</Th><Th numeric>Referrals</Th></>}>
            {d.flow.toMeeting.buckets.map((b) => (
              <Tr key={b.label}>
                <Th scope="row">{b.label}</Th>
                <Td numeric>{b.count}</Td>
              </Tr>
            ))}
          </Table>
        }
      />
      <ChartSection
        id="actions"
        title="Actions by agency"
        sentence={
          d.flow.actions.agreed
            ? `The chart shows where the ${d.flow.actions.agreed} actions agreed at the period’s meetings stand now, for each agency that owns them: ${d.flow.actions.completedOnTime} completed on time, ${d.flow.actions.completedLate} late, ${d.flow.actions.notPossible} not possible, ${d.flow.actions.notDone} not done and ${d.flow.actions.onTrack + d.flow.actions.overdue} still to do (${d.flow.actions.overdue} overdue); ${n(d.flow.actions.perCase)} actions a case.`
            : 'No actions were agreed at this period’s meetings, so there is no chart.'
        }
        chart={
          d.flow.actions.agreed ? (
            <DatasetChartLater
              kind="stacked"
              horizontal
              height={Math.max(200, 60 + d.flow.actions.byAgency.length * 44)}
              rows={d.flow.actions.byAgency.map((a) => ({ label: a.agencyName, onTime: a.completedOnTime, late: a.completedLate, notPossible: a.notPossible, notDone: a.notDone, open: a.onTrack + a.overdue }))}
              series={[
                { key: 'onTime', label: 'Completed on time', colour: colours.onTime },
                { key: 'late', label: 'Completed late', colour: colours.late },
                { key: 'notPossible', label: 'Not possible', colour: colours.notPossible },
                { key: 'notDone', label: 'Not done', colour: colours.notDone },
                { key: 'open', label: 'Still to do', colour: colours.open },
              ]}
            />
          ) : null
        }
        table={
          <>
            <Table
              caption="Actions by agency"
              captionSize="s"
              aria-describedby="actions-description"
              head={<><Th>Agency</Th><Th numeric>Agreed</Th><Th numeric>On time</Th><Th numeric>Late</Th><Th numeric>Not possible</Th><Th numeric>Not done</Th><Th numeric>To do</Th><Th numeric>Overdue</Th></>}
            >
              {d.flow.actions.byAgency.length ? (
                d.flow.actions.byAgency.map((a) => (
                  <Tr key={a.agencyId}>
                    <Th scope="row">{a.agencyName}</Th>
                    <Td numeric>{a.agreed}</Td>
                    <Td numeric>{a.completedOnTime}</Td>
                    <Td numeric>{a.completedLate}</Td>
                    <Td numeric>{a.notPossible}</Td>
                    <Td numeric>{a.notDone}</Td>
                    <Td numeric>{a.onTrack + a.overdue}</Td>
                    <Td numeric>{a.overdue}</Td>
                  </Tr>
                ))
              ) : (
                <Tr>
                  <Td colSpan={8}>None in this period.</Td>
                </Tr>
              )}
            </Table>
            <Table caption="Actions by month of the meeting" captionSize="s" head={<><Th>Month</Th><Th numeric>Agreed</Th><Th numeric>On time</Th><Th numeric>Late</Th><Th numeric>Not possible</Th><Th numeric>Not done</Th><Th numeric>To do</Th></>}>
              {d.flow.actions.byMonth.length ? (
                d.flow.actions.byMonth.map((m) => (
                  <Tr key={m.month}>
                    <Th scope="row">{new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m.month}-01T00:00:00Z`))}</Th>
                    <Td numeric>{m.agreed}</Td>
                    <Td numeric>{m.completedOnTime}</Td>
                    <Td numeric>{m.completedLate}</Td>
                    <Td numeric>{m.notPossible}</Td>
                    <Td numeric>{m.notDone}</Td>
                    <Td numeric>{m.onTrack + m.overdue}</Td>
                  </Tr>
                ))
              ) : (
                <Tr>
                  <Td colSpan={7}>None in this period.</Td>
                </Tr>
              )}
            </Table>
          </>
        }
      />
      <Table caption="Research before the meeting, per agency asked" captionSize="s" head={<><Th>Agency</Th><Th numeric>Cases listed</Th><Th numeric>Researched</Th><Th numeric>Of which no trace</Th><Th numeric>Share researched</Th></>}>
        {d.flow.research.length && f.casesDiscussed ? (
          d.flow.research.map((r) => (
            <Tr key={r.agencyId}>
              <Th scope="row">{r.agencyName}</Th>
              <Td numeric>{r.asked}</Td>
              <Td numeric>{r.researched}</Td>
              <Td numeric>{r.noTrace}</Td>
              <Td numeric>{pc(r.percent)}</Td>
            </Tr>
          ))
        ) : (
          <Tr>
            <Td colSpan={5}>No cases were discussed in this period.</Td>
          </Tr>
        )}
      </Table>

      <Details summary="How each figure is counted">
        <ul className="govuk-list govuk-list--bullet">
          <li>A case is discussed when it is on the agenda, not deferred, of a meeting that was held. A case heard at two meetings counts twice.</li>
          <li>A repeat is a case heard at a meeting when it had been heard at an earlier meeting within the 12 months before. The screening’s own mark is shown beside it: the two differ when a repeat was not recognised at screening.</li>
          <li>The victim, the perpetrator and the household are those of the referral that brought the case to the meeting. Answers not known, or that the victim preferred not to give, count in no group.</li>
          <li>Referrals are counted by the type of the referring agency; a joint referral counts a half to each of its two agencies.</li>
          <li>Cases per 10,000 women are the period’s cases, scaled to a year, for the area’s female population aged 16 and over.</li>
          <li>
            National figures: {d.national.source}, {d.national.periodLabel}.
          </li>
        </ul>
      </Details>
    </>
  );
}
