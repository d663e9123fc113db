// The figures export: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../web/src/figures/to-csv.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a', 'b'], [['1,5', 'he said "9"'], ['x\ny', 'plain']])).toBe('a,b\r\n"1,5","he said ""9"""\r\n"x\ny",plain\r\n');
  });

  it('defuses cells that start like a formula', () => {
    expect(toCsv(['s'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['ok']]))
      .toBe('s\r\n"\'=HYPERLINK(""http://x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\nok\r\n');
  });
});
