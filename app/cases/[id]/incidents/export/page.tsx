import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { exportMessages, getExportChoices } from '@/lib/incidents/export';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { Button } from '../../../../ui/button';
import { Checkboxes } from '../../../../ui/checkboxes';
import { ErrorSummary } from '../../../../ui/error-summary';
import { PageHeading } from '../../../../ui/page-heading';
import { Radios } from '../../../../ui/radios';
import { Textarea } from '../../../../ui/textarea';

export const metadata: Metadata = { title: 'Export the incident log' };

type Problem = keyof typeof exportMessages;
const isProblem = (p: string | undefined): p is Problem => p !== undefined && p in exportMessages;

/** The export form: the whole log as a PDF to exhibit or a CSV; for the police, with the victim's contact details if they say why. */
export default async function ExportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ problem?: string; format?: string; includeProtected?: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { problem, format, includeProtected } = await searchParams;
  const viewer = await requireViewer();
  const choices = await orRefuse(getExportChoices(viewer, id));
  const error = isProblem(problem) ? { field: problem, text: exportMessages[problem] } : null;
  const errorOf = (field: Problem) => (error?.field === field ? error.text : undefined);

  return (
    <>
      <BackLink href={`/cases/${choices.caseId}/incidents`}>Incidents and evidence</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error ? <ErrorSummary errors={[{ href: `#${error.field}`, text: error.text }]} /> : null}
          <PageHeading caption={`Case ${choices.caseNumber}`}>Export the incident log</PageHeading>
          <p className="govuk-body">
            The whole log, every entry as it says now, in the order things happened, with its corrections, whether it was withdrawn, and each file’s name, type, size
            and SHA-256. The victim’s contact details are left out. Your export is recorded in the audit log.
          </p>
          <form method="post" action={`/cases/${choices.caseId}/incidents/export/download`} aria-label="Export the incident log">
            <Radios
              id="format"
              name="format"
              legend="Which format?"
              legendSize="m"
              error={errorOf('format')}
              defaultValue={format === 'pdf' || format === 'csv' ? format : undefined}
              items={[
                { value: 'pdf', label: 'PDF', hint: 'To exhibit: a cover with the case number, the dates and who produced it; numbered entries; page numbers and OFFICIAL-SENSITIVE on every page.' },
                { value: 'csv', label: 'CSV', hint: 'For a spreadsheet: one row for each entry.' },
              ]}
            />
            {choices.canIncludeProtected ? (
              <>
                <Checkboxes
                  id="includeProtected"
                  name="includeProtected"
                  legend="The victim’s contact details"
                  legendSize="s"
                  hint="Only if the exhibit must hold them, in the PDF only. Never share them with anyone who could pass them to the perpetrator."
                  error={errorOf('includeProtected')}
                  defaultValues={includeProtected === 'yes' ? ['yes'] : []}
                  items={[{ value: 'yes', label: 'Include the victim’s address and safe contact details' }]}
                />
                <Textarea id="reason" name="reason" label="If you include them, why? (optional otherwise)" hint="Your reason is kept in the audit log with the export." rows={3} maxLength={500} error={errorOf('reason')} />
              </>
            ) : null}
            <Button>Export</Button>
          </form>
        </div>
      </div>
    </>
  );
}
