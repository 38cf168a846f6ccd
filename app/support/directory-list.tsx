import type { DirectoryEntry } from '@/lib/support-services/national';

/** The entries of the support directory: name, what it does, and how to reach it. */
export function DirectoryList({ entries, headingLevel }: { entries: readonly DirectoryEntry[]; headingLevel: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="govuk-list app-directory">
      {entries.map((e) => (
        <li key={e.name} className="govuk-!-margin-bottom-4">
          <Heading className="govuk-heading-s govuk-!-margin-bottom-1">{e.name}</Heading>
          {e.phone ? <p className="govuk-body govuk-!-margin-bottom-1">Phone: {e.phone}</p> : null}
          {e.hours ? <p className="govuk-body-s govuk-!-margin-bottom-1">{e.hours}</p> : null}
          {e.website ? <p className="govuk-body-s govuk-!-margin-bottom-1 app-break-anywhere">{e.website}</p> : null}
          {e.description ? <p className="govuk-body-s govuk-!-margin-bottom-0">{e.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
