/** Headers of a CSV download: a file to save, never kept in a cache. */
export function csvHeaders(filename: string): HeadersInit {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '')}"`,
    'Cache-Control': 'no-store',
  };
}
