import { formatDateTime } from '../_lib/format';
import { SummaryList } from '../ui/summary-list';

export interface ResearchEntryView {
  agencyName: string;
  noTrace: boolean;
  facts: string | null;
  opinion: string | null;
  risks: string | null;
  withheld: string | null;
  updatedBy: string;
  updatedAt: Date;
}

/** One agency's research on a case, as the meeting and the research page show it. */
export function ResearchEntry({ entry: r, label }: { entry: ResearchEntryView; label: string }) {
  return (
    <section aria-label={label} className="app-checklist-question">
      <h3 className="govuk-heading-s">{r.agencyName}</h3>
      <SummaryList
        rows={[
          ...(r.noTrace
            ? [{ key: 'Holds', value: 'No trace: nothing on these people' }]
            : [
                { key: 'Facts', value: r.facts ?? '—' },
                { key: 'Assessment', value: r.opinion ?? '—' },
                { key: 'Risks seen', value: r.risks ?? '—' },
              ]),
          ...(r.withheld ? [{ key: 'Held back, and why', value: r.withheld }] : []),
          { key: 'Recorded', value: `${r.updatedBy}, ${formatDateTime(r.updatedAt)}` },
        ]}
      />
    </section>
  );
}
