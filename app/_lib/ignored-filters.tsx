/**
 * Says which filters in the page's address could not be read (and so are not used), so a user who
 * followed an old or mistyped link is not left wondering why the list is not filtered as they expect.
 */
export function IgnoredFilters({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  const quoted = names.map((n) => `“${n}”`);
  const listed = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return (
    <div className="govuk-inset-text" data-testid="ignored-filters">
      The list is not filtered by {listed}: what the page’s address gave for {names.length === 1 ? 'it' : 'them'} could not be read.
    </div>
  );
}

/** The names of the ignored filters that a user set (not sorting or paging, which quietly fall back). */
export function ignoredNames(ignored: string[], labels: Record<string, string>): string[] {
  return ignored.filter((key) => key in labels).map((key) => labels[key]);
}
