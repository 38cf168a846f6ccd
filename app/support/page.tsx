import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { supportDirectory } from '@/lib/support-services/directory';
import { orRefuse } from '../_lib/guard';
import { PageHeading } from '../ui/page-heading';
import { DirectoryList } from './directory-list';
import { PrintButton } from './print-button';

export const metadata: Metadata = { title: 'Support services' };

/** The support directory to print and give to a victim: nothing of any case, and no staff names. */
export default async function SupportDirectoryPage() {
  const viewer = await requireViewer();
  const directory = await orRefuse(supportDirectory(viewer));
  return (
    <div className="govuk-grid-row app-for-victim">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Support services</PageHeading>
        <p className="govuk-body">If you are in immediate danger, call 999. Each of these services is free and confidential.</p>
        <PrintButton />
        <h2 className="govuk-heading-m">National helplines</h2>
        <DirectoryList entries={directory.national} headingLevel={3} />
        {directory.local.length ? (
          <>
            <h2 className="govuk-heading-m">Local services</h2>
            <DirectoryList entries={directory.local} headingLevel={3} />
          </>
        ) : null}
      </div>
    </div>
  );
}
