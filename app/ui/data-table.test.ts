import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sortHrefFor } from '../_lib/sort-href';
import { type Column, DataTable, type DataTableProps } from './data-table';

interface Person {
  id: string;
  name: string;
  team: string | null;
  score: number;
}

const columns: Column<Person>[] = [
  { id: 'name', header: 'Name', sortable: true, cell: (p) => p.name },
  { id: 'team', header: 'Team', cell: (p) => p.team ?? '—' },
  { id: 'score', header: 'Score', sortable: true, cell: (p) => p.score },
];
const people: Person[] = [
  { id: 'a', name: 'Ada Example', team: null, score: 3 },
  { id: 'b', name: 'Bo Example', team: 'North', score: 21 },
];

function render(props: Partial<DataTableProps<Person>> = {}): string {
  return renderToStaticMarkup(createElement(DataTable<Person>, { caption: 'People', columns, rows: people, rowKey: (p) => p.id, ...props }));
}

/** The header cells, each as its aria-sort and the link's href, or its text when it is not a link. */
function headers(html: string) {
  return [...html.matchAll(/<th scope="col"(?: aria-sort="(\w+)")?[^>]*>(.*?)<\/th>/g)].map(([, sort, inner]) => {
    const href = /href="([^"]+)"/.exec(inner)?.[1]?.replaceAll('&amp;', '&');
    return sort ? { sort, href } : { text: inner };
  });
}

describe('DataTable', () => {
  it('draws each row through its columns, in the order given', () => {
    const html = render();
    const cells = [...html.matchAll(/<td class="govuk-table__cell">(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['Ada Example', '—', '3', 'Bo Example', 'North', '21']);
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">People</caption>');
  });

  it('links a sortable column to the list sorted by it, ascending first, and says how the list is sorted', () => {
    const sortHref = sortHrefFor('/people', { q: 'Example' });
    expect(headers(render({ sortHref, sorted: { id: 'score', descending: true } }))).toEqual([
      { sort: 'none', href: '/people?q=Example&sort=name&dir=asc' },
      { text: 'Team' },
      { sort: 'descending', href: '/people?q=Example&sort=score&dir=asc' },
    ]);
    expect(headers(render({ sortHref, sorted: { id: 'name', descending: false } }))).toEqual([
      { sort: 'ascending', href: '/people?q=Example&sort=name&dir=desc' },
      { text: 'Team' },
      { sort: 'none', href: '/people?q=Example&sort=score&dir=asc' },
    ]);
  });

  it('has no sort links when the list cannot be re-sorted', () => {
    expect(headers(render({ sorted: { id: 'name', descending: false } }))).toEqual([{ text: 'Name' }, { text: 'Team' }, { text: 'Score' }]);
  });

  it('leaves hidden columns out of the header and every row', () => {
    const html = render({ hiddenColumns: ['team'] });
    expect(headers(html)).toEqual([{ text: 'Name' }, { text: 'Score' }]);
    expect(html).not.toContain('North');
  });

  it('says so across every shown column when there are no rows', () => {
    const html = render({ rows: [], hiddenColumns: ['score'], empty: 'Nobody yet.' });
    expect(html).toContain('<td class="govuk-table__cell" colSpan="2">Nobody yet.</td>');
  });
});
