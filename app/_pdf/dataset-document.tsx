import { Document, Text, View } from '@react-pdf/renderer';
import type { Dataset } from '@/lib/dataset/get';
import { FEWER_THAN_5, suppressed, suppressedPercent } from '@/lib/dataset/return';
import { formatDate } from '../_lib/format';
import { MarkedPage, styles } from './documents';

// The MARAC dataset for the steering group: counts only (1 to 4 written "fewer than 5"), beside the
// national figures; OFFICIAL-SENSITIVE and "Page x of y" on every page (MarkedPage).

function Row({ cells, header = false }: { cells: string[]; header?: boolean }) {
  return (
    <View style={styles.row} wrap={false}>
      {cells.map((c, i) => (
        <Text key={i} style={[i === 0 ? styles.wide : styles.cell, header ? styles.label : {}]}>
          {c}
        </Text>
      ))}
    </View>
  );
}

export function DatasetDocument({ dataset: d }: { dataset: Dataset }) {
  const f = d.figures;
  const title = d.period.kind === 'meeting' ? `The meeting of ${formatDate(d.period.from)}` : d.period.kind === 'quarter' ? d.period.label : `${formatDate(d.period.from)} to ${formatDate(d.period.to)}`;
  const countOf = (key: string) =>
    key === 'repeatRate' ? f.repeats.count : key === 'partnerReferrals' ? f.partnerReferrals.count : key === 'casesPer10kWomen' ? null : f[key as 'male'].count;
  return (
    <Document title={`MARAC dataset ${title}`} author="Marac Hub">
      <MarkedPage>
        <Text style={styles.h1}>{d.areaName} MARAC: dataset</Text>
        <Text>{title}, for the steering group. Counts only; a count from 1 to 4 is shown as “{FEWER_THAN_5}”.</Text>
        <Text>
          National figures: {d.national.source}, {d.national.periodLabel}.
        </Text>

        <Text style={styles.h2}>The figures beside the national ones</Text>
        <Row header cells={['Figure', 'Count', 'This area', 'National']} />
        <Row cells={['Meetings held', String(f.meetings), '', '']} />
        <Row cells={['Cases discussed (repeats included)', suppressed(f.casesDiscussed), '', '']} />
        {d.comparisons.map((c) => {
          const count = countOf(c.key);
          const area =
            c.unit === '%' ? (count === null ? '' : suppressedPercent(count, c.area)) : c.area === null ? 'not counted' : String(c.area);
          const national = c.unit === '%' ? `${c.national} %` : `${c.national} (recommended ${d.national.recommendedCasesPer10kWomen})`;
          return <Row key={c.key} cells={[c.label, count === null ? '' : suppressed(count), area, national]} />;
        })}
        <Row cells={['Repeats marked at screening', suppressed(f.markedRepeats.count), suppressedPercent(f.markedRepeats.count, f.markedRepeats.percent), '']} />
        <Row cells={['Children in the households', suppressed(f.children), '', '']} />
        <Row cells={['Perpetrators aged 17 or under', suppressed(f.perpetratorsUnder18.count), '', '']} />
        {d.comparisons.some((c) => c.note) ? (
          <>
            <Text style={styles.h3}>Where the area differs much</Text>
            {d.comparisons
              .filter((c) => c.note)
              .map((c) => (
                <Text key={c.key}>• {c.key === 'casesPer10kWomen' || (countOf(c.key) ?? 5) >= 5 || countOf(c.key) === 0 ? c.note : `${c.label}: differs from the national figure (the count is fewer than 5)`}</Text>
              ))}
          </>
        ) : null}

        <Text style={styles.h2}>Referrals by route</Text>
        <Row header cells={['Route', 'Referrals']} />
        {d.byRoute.map((r) => (
          <Row key={r.route} cells={[r.label, suppressed(r.count)]} />
        ))}

        <Text style={styles.h2}>Meetings</Text>
        <Row header cells={['Meeting', 'Cases discussed', 'Repeats']} />
        {d.perMeeting.length ? d.perMeeting.map((m) => <Row key={m.meetingId} cells={[formatDate(m.date), suppressed(m.cases), suppressed(m.repeats)]} />) : <Text>No meetings in this period.</Text>}

        <Text style={styles.h2}>How the work flowed</Text>
        {d.flow.screening ? (
          <>
            <Row header cells={['Screening', 'Referrals']} />
            <Row cells={['Screened', suppressed(d.flow.screening.screened)]} />
            <Row cells={['Accepted', suppressed(d.flow.screening.accepted)]} />
            <Row cells={['Returned with a question', suppressed(d.flow.screening.returned)]} />
            <Row cells={['Declined', suppressed(d.flow.screening.declined)]} />
          </>
        ) : null}
        <Row header cells={['From referral to the meeting that first heard it', 'Referrals']} />
        {d.flow.toMeeting.buckets.map((b) => (
          <Row key={b.label} cells={[b.label, suppressed(b.count)]} />
        ))}
        <Text style={styles.h3}>Actions agreed at the period’s meetings, by agency</Text>
        <Row header cells={['Agency', 'Agreed', 'On time', 'Late', 'Not possible', 'Not done', 'To do']} />
        {d.flow.actions.byAgency.map((a) => (
          <Row
            key={a.agencyId}
            cells={[a.agencyName, suppressed(a.agreed), suppressed(a.completedOnTime), suppressed(a.completedLate), suppressed(a.notPossible), suppressed(a.notDone), suppressed(a.onTrack + a.overdue)]}
          />
        ))}
        <Text style={styles.h3}>Research before the meeting, per agency asked</Text>
        <Row header cells={['Agency', 'Cases listed', 'Researched']} />
        {d.flow.research.map((r) => (
          <Row key={r.agencyId} cells={[r.agencyName, suppressed(r.asked), suppressed(r.researched)]} />
        ))}
      </MarkedPage>
    </Document>
  );
}
