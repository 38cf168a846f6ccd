import { createTable, flexRender, getCoreRowModel, type ColumnDef, type SortingState } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { SortableHeader, Table, Td, Th, Tr } from './table';

export type DataTableProps<Row> = {
  caption: ReactNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** The order the server applied; headers of sortable columns link to the other orders. */
  sorting?: SortingState;
  /** The URL that reloads the list sorted by a column; omit for a list that cannot be re-sorted. */
  sortHref?: (columnId: string, descending: boolean) => string;
  empty?: ReactNode;
  /** Ids of columns this list leaves out. */
  hiddenColumns?: string[];
};

/**
 * A @tanstack/react-table list drawn with GOV.UK table markup, on the server: sorting and paging are done
 * in SQL (manual modes) and the table only renders the page it is given, so nothing of it needs the
 * browser. The table is built with the library's core (`createTable`), not its `useReactTable` hook,
 * which only a client component may call; the browser loads none of it.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, sorting = [], sortHref, empty = 'Nothing matches.', hiddenColumns = [] }: DataTableProps<Row>) {
  const table = createTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowKey,
    manualSorting: true,
    manualPagination: true,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  });
  table.setOptions((options) => ({ ...options, state: { ...table.initialState, sorting, columnVisibility: Object.fromEntries(hiddenColumns.map((id) => [id, false])) } }));

  const head = table.getHeaderGroups()[0].headers.filter((header) => header.column.getIsVisible()).map((header) => {
    const label = flexRender(header.column.columnDef.header, header.getContext());
    if (!sortHref || !header.column.getCanSort()) return <Th key={header.id}>{label}</Th>;
    const current = header.column.getIsSorted();
    return (
      <SortableHeader
        key={header.id}
        label={label}
        direction={current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : 'none'}
        href={sortHref(header.column.id, current === 'asc')}
      />
    );
  });

  return (
    <Table caption={caption} captionSize="m" head={head}>
      {table.getRowModel().rows.length === 0 ? (
        <Tr>
          <Td colSpan={columns.length - hiddenColumns.length}>{empty}</Td>
        </Tr>
      ) : (
        table.getRowModel().rows.map((row) => (
          <Tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Td>
            ))}
          </Tr>
        ))
      )}
    </Table>
  );
}
