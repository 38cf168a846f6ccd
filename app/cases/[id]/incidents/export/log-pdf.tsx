import { Document, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ExportEntry, LogExport } from '@/lib/incidents/export';
import { incidentChannelLabels, stalkingBehaviourLabels } from '@/lib/stalking/labels';
import { formatDate, formatDateTime, formatFileSize, formatOccurred } from '../../../../_lib/format';
import { Field, MarkedPage, styles } from '../../../../_pdf/documents';

// A case's incident log as a PDF to exhibit: a cover, then the entries, numbered, in the order things
// happened. Every page carries the protective marking and "Page x of y" (MarkedPage).

const own = StyleSheet.create({
  entry: { marginBottom: 10, paddingBottom: 6, borderBottomWidth: 0.5, borderBottomColor: '#b1b4b6' },
  file: { marginLeft: 10, marginTop: 2 },
  hash: { fontFamily: 'Courier', fontSize: 8 },
  note: { marginTop: 10, fontSize: 9 },
});

function Entry({ entry }: { entry: ExportEntry }) {
  const v = entry.current;
  return (
    <View style={own.entry}>
      <Text style={styles.h3}>
        Entry {entry.number}: {formatOccurred(v)}
        {entry.withdrawn ? ' (withdrawn)' : ''}
      </Text>
      {entry.withdrawn ? (
        <Field label="Withdrawn" value={`${formatDateTime(entry.withdrawn.at)} by ${entry.withdrawn.byName}, ${entry.withdrawn.agencyName}: ${entry.withdrawn.reason}`} />
      ) : null}
      <Field label="How" value={`${incidentChannelLabels[v.channel]}${v.platform ? `, ${v.platform}` : ''}`} />
      <Field label="Account" value={v.account} />
      <Field label="Web address" value={v.url} />
      <Field label="What happened" value={v.summary} />
      <Field label="Behaviours" value={v.behaviours.map((b) => stalkingBehaviourLabels[b]).join('; ')} />
      <Field label="Where the original is kept" value={v.originalKeptAt} />
      <Field label="Witnesses" value={v.witnesses} />
      <Field label={entry.corrections.length ? 'Version shown' : 'Recorded'} value={`${entry.corrections.length ? `${v.version}, ` : ''}${formatDateTime(v.recordedAt)} by ${v.recordedByName}, ${v.recordedAgencyName}`} />
      {entry.corrections.map((c) => (
        <Field key={c.version} label={`Corrected (version ${c.version})`} value={`${formatDateTime(c.recordedAt)} by ${c.byName}, ${c.agencyName}: ${c.reason}`} />
      ))}
      <Text style={styles.label}>{entry.attachments.length === 0 ? 'No files' : `Files (${entry.attachments.length})`}</Text>
      {entry.attachments.map((f, i) => (
        <View key={i} style={own.file} wrap={false}>
          <Text>
            {f.fileName}, {f.mimeType}, {formatFileSize(f.sizeBytes)}
            {f.sizeBytes >= 1024 ? ` (${f.sizeBytes} bytes)` : ''}
          </Text>
          <Text style={own.hash}>SHA-256 {f.sha256}</Text>
        </View>
      ))}
    </View>
  );
}

/** About how much of a page's height (in points) an entry takes: its heading, fields and files. */
function heightOf(e: ExportEntry): number {
  const v = e.current;
  const lines = (text: string | null) => (text ? Math.ceil(text.length / 90) : 0);
  const fields = 3 + lines(v.summary) + lines(v.account) + lines(v.url) + lines(v.originalKeptAt) + lines(v.witnesses) + (v.behaviours.length ? 1 : 0);
  const notes = e.corrections.reduce((n, c) => n + lines(c.reason) + 1, 0) + (e.withdrawn ? lines(e.withdrawn.reason) + 1 : 0);
  return 30 + 14 * (fields + notes) + 26 * e.attachments.length;
}

/** The room for entries on an A4 page between the markings. */
const PAGE_ROOM = 720;

/**
 * The entries in pages, filled in order. react-pdf lays a long page out again at every break, so a log
 * of 2,000 entries in one page took minutes; a page each for the entries that fit on it takes
 * seconds. An entry longer than guessed still breaks onto the next page.
 */
function pagesOf(entries: ExportEntry[]): ExportEntry[][] {
  const pages: ExportEntry[][] = [];
  let room = 0;
  for (const e of entries) {
    const height = heightOf(e);
    if (pages.length === 0 || height > room) {
      pages.push([]);
      room = PAGE_ROOM;
    }
    pages.at(-1)!.push(e);
    room -= height;
  }
  return pages;
}

export function IncidentLogDocument({ log }: { log: LogExport }) {
  const withdrawn = log.entries.filter((e) => e.withdrawn).length;
  return (
    <Document title={`Incident log ${log.caseNumber}`} author="Marac Hub">
      <MarkedPage>
        <Text style={styles.h1}>Incident and evidence log</Text>
        <Field label="Case" value={log.caseNumber} />
        <Field label="Entries" value={`${log.entries.length}${withdrawn ? ` (${withdrawn} withdrawn)` : ''}`} />
        <Field label="Dates" value={log.range ? `${formatDate(log.range.from)} to ${formatDate(log.range.to)}` : 'No entries'} />
        <Field label="Produced by" value={`${log.producedBy.name}, ${log.producedBy.agencyName}, ${formatDateTime(log.producedBy.at)}`} />
        <Text style={own.note}>
          Entries are numbered in the order they were logged and listed in the order they happened. Each shows what it says now; a corrected entry lists its corrections, and a
          withdrawn entry stays in the log, marked. Each file’s SHA-256 is that of the file as uploaded, kept byte for byte.
        </Text>
        {log.protectedDetails ? (
          <View>
            <Text style={styles.h2}>The victim’s protected contact details</Text>
            <Text>Included at the request of {log.producedBy.name}, with a reason kept in the audit log. Never share them with anyone who could pass them to the perpetrator.</Text>
            {log.protectedDetails.map((d) => (
              <Field key={d.label} label={d.label} value={d.value} />
            ))}
          </View>
        ) : null}
      </MarkedPage>
      {log.entries.length === 0 ? (
        <MarkedPage>
          <Text>No incidents logged.</Text>
        </MarkedPage>
      ) : (
        pagesOf(log.entries).map((entries) => (
          <MarkedPage key={entries[0].number}>
            {entries.map((e) => (
              <Entry key={e.number} entry={e} />
            ))}
          </MarkedPage>
        ))
      )}
    </Document>
  );
}

export function incidentLogPdf(log: LogExport): Promise<Buffer> {
  return renderToBuffer(<IncidentLogDocument log={log} />);
}
