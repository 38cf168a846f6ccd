import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { ActionPlan } from '@/lib/cases/action-plan';
import type { MinutesRevisionView, MinutesSnapshot } from '@/lib/meetings/finalise';
import { minuteFieldLabels, minuteFields } from '@/lib/meetings/minute-fields';
import { recordedOutcome } from '@/lib/meetings/review-outcomes';
import { formatDate, formatDateTime } from '../_lib/format';

// PDFs of the minutes and of a case's action plan. Every page carries the protective marking.

export const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 56, paddingHorizontal: 44, fontSize: 10, fontFamily: 'Helvetica', lineHeight: 1.4 },
  marking: { position: 'absolute', left: 0, right: 0, textAlign: 'center', fontFamily: 'Helvetica-Bold', fontSize: 11 },
  top: { top: 20 },
  bottom: { bottom: 20 },
  // Placed from the top of the A4 page (842 pt high): react-pdf 4.9 drops a `render` text placed from
  // the bottom of a page whose style sets lineHeight, so "Page x of y" never showed.
  pageNumber: { position: 'absolute', top: 810, right: 44, fontSize: 8 },
  h1: { fontSize: 18, fontFamily: 'Helvetica-Bold', marginBottom: 8 },
  h2: { fontSize: 13, fontFamily: 'Helvetica-Bold', marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11, fontFamily: 'Helvetica-Bold', marginTop: 8, marginBottom: 4 },
  label: { fontFamily: 'Helvetica-Bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#b1b4b6', paddingVertical: 3 },
  cell: { flex: 1, paddingRight: 6 },
  wide: { flex: 3, paddingRight: 6 },
});

export function MarkedPage({ children }: { children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text style={[styles.marking, styles.top]} fixed>
        OFFICIAL-SENSITIVE
      </Text>
      {children}
      <Text style={[styles.marking, styles.bottom]} fixed>
        OFFICIAL-SENSITIVE
      </Text>
      <Text style={styles.pageNumber} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </Page>
  );
}

export function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text>
      <Text style={styles.label}>{label}: </Text>
      {value}
    </Text>
  );
}

const attendanceLabels: Record<string, string> = {
  present: 'Present',
  apologies_info_sent: 'Apologies (information sent)',
  apologies_no_info: 'Apologies (no information sent)',
};
export function MinutesDocument({ minutes, revision, revisions = [] }: { minutes: MinutesSnapshot; revision: number; revisions?: MinutesRevisionView[] }) {
  const corrections = revisions.filter((r) => r.reason).reverse();
  return (
    <Document title={`MARAC minutes ${formatDate(minutes.startsAt)}`} author="Marac Hub">
      <MarkedPage>
        <Text style={styles.h1}>{minutes.areaName} MARAC: minutes</Text>
        <Field label="Date" value={formatDateTime(minutes.startsAt)} />
        <Field label="Venue" value={minutes.venue ?? 'Video call'} />
        <Field label="Chair" value={minutes.chairName} />
        <Field label="Revision" value={revision === 1 ? '1 (as finalised)' : `${revision} (corrected)`} />

        <Text style={styles.h2}>Attendance</Text>
        {minutes.attendance.map((a) => (
          <Text key={a.agencyName}>
            {a.agencyName}: {attendanceLabels[a.status] ?? a.status}
            {a.representative ? ` (${a.representative})` : ''}
          </Text>
        ))}
        <Text style={styles.h2}>Confidentiality statement confirmed by</Text>
        {minutes.confirmations.map((c) => (
          <Text key={`${c.name}-${c.confirmedAt}`}>
            {c.name}, {c.agencyName}, {formatDateTime(c.confirmedAt)}
          </Text>
        ))}
        {minutes.reviewedActions.length ? (
          <>
            <Text style={styles.h2}>Actions from the last meeting not completed</Text>
            {minutes.reviewedActions.map((a, i) => (
              <Text key={i}>
                {a.caseNumber}: {a.description} ({a.agencyName}): {recordedOutcome(a.outcome)}
                {a.note ? `. ${a.note}` : ''}
              </Text>
            ))}
          </>
        ) : null}
        <Text style={styles.h2}>Cases</Text>
        {minutes.cases.map((c) => (
          <View key={c.agendaItemId} wrap>
            <Text style={styles.h3}>
              {c.caseNumber} {c.victimName ?? ''} {c.section === 'children' ? '(children in the household)' : ''}
            </Text>
            {minuteFields.map((f) => (
              <Field key={f} label={minuteFieldLabels[f]} value={c.minutes[f]} />
            ))}
            <ActionTable actions={c.actions.map((a) => ({ ...a, status: '' }))} />
          </View>
        ))}
        {corrections.length ? (
          <>
            <Text style={styles.h2}>Corrections</Text>
            {corrections.map((r) => (
              <View key={r.revision}>
                <Text style={styles.h3}>
                  Revision {r.revision}: {r.by}, {r.byAgency}, at {formatDateTime(r.createdAt)}
                </Text>
                <Field label="Why" value={r.reason} />
                {r.changes.map((c) => (
                  <Text key={`${c.agendaItemId}-${c.field}`}>
                    <Text style={styles.label}>
                      {c.caseNumber}, {c.label}:{' '}
                    </Text>
                    was “{c.before ?? 'not recorded'}”, now “{c.after ?? 'not recorded'}”
                  </Text>
                ))}
              </View>
            ))}
          </>
        ) : null}
      </MarkedPage>
    </Document>
  );
}

function ActionTable({ actions }: { actions: { description: string; agencyName: string; ownerName: string; dueOn: string; status: string }[] }) {
  if (actions.length === 0) return <Text>No actions agreed.</Text>;
  return (
    <View>
      <View style={styles.row}>
        <Text style={[styles.wide, styles.label]}>Action</Text>
        <Text style={[styles.cell, styles.label]}>Agency</Text>
        <Text style={[styles.cell, styles.label]}>Person</Text>
        <Text style={[styles.cell, styles.label]}>By</Text>
      </View>
      {actions.map((a, i) => (
        <View key={i} style={styles.row} wrap={false}>
          <Text style={styles.wide}>{a.description}</Text>
          <Text style={styles.cell}>{a.agencyName}</Text>
          <Text style={styles.cell}>{a.ownerName}</Text>
          <Text style={styles.cell}>
            {formatDate(a.dueOn)}
            {a.status ? ` (${a.status.replace('_', ' ')})` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

export function ActionPlanDocument({ plan }: { plan: ActionPlan }) {
  return (
    <Document title={`Action plan ${plan.caseNumber}`} author="Marac Hub">
      <MarkedPage>
        <Text style={styles.h1}>Action plan: case {plan.caseNumber}</Text>
        <Field label="MARAC" value={plan.areaName} />
        <Field label="Victim" value={plan.victimName} />
        <Text style={styles.h2}>Actions</Text>
        <ActionTable actions={plan.actions} />
      </MarkedPage>
    </Document>
  );
}
