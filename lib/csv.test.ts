import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('quotes every cell, doubles quotes, and keeps commas and line breaks inside the cell', () => {
    expect(toCsv(['A', 'B'], [['x, y', 'say "no"\nthen go']])).toBe('"A","B"\r\n"x, y","say ""no""\nthen go"\r\n');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('defuses a cell a spreadsheet would run as a formula: %j', (value) => {
    const cell = csvCell(value);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell).toBe(`"'${value.replace(/"/g, '""')}"`);
  });

  it('leaves ordinary text as it is', () => {
    expect(csvCell('Kestrel Vale Police')).toBe('"Kestrel Vale Police"');
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});
