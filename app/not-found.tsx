import { Link } from '@/app/ui/link';
import { PageHeading } from './ui/page-heading';

export default function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="govuk-body">
        The page or record does not exist, or you do not have access to it. If you typed the address, check it is correct.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">Go to your home page</Link>
      </p>
    </>
  );
}
