/** For a list sorted in SQL: the URL that reloads it sorted by a column, keeping its filters. */
export function sortHrefFor(basePath: string, params: Record<string, string | undefined> = {}) {
  return (columnId: string, descending: boolean) => {
    const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    search.set('sort', columnId);
    search.set('dir', descending ? 'desc' : 'asc');
    return `${basePath}?${search}`;
  };
}
