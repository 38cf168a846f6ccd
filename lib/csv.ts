/**
 * CSV for spreadsheets (RFC 4180: every cell quoted, CRLF line ends). A cell a spreadsheet would read
 * as a formula (one starting with =, +, -, @, or a tab or carriage return that hides one) is prefixed
 * with an apostrophe, so an exported name or reason never runs as a formula when the file is opened.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole CSV file: the header line, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
