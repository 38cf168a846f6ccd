import { Link } from '@/app/ui/link';
import { PageHeading } from './ui/page-heading';

export default function Forbidden() {
  return (
    <>
      <PageHeading>You do not have access to this page</PageHeading>
      <p className="govuk-body">Your role does not include this part of Marac Hub. The attempt has been recorded.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">Go to your home page</Link>
      </p>
    </>
  );
}
