// The CSV writer: RFC 4180 quoting, CRLF line ends, empty cells for missing values.
import { expect, it } from 'vitest';
import { csvField, csvLine, toCsv } from '../../src/output/csv.js';

it('quotes only fields holding a comma, quote, CR or LF, doubling quotes', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a, b')).toBe('"a, b"');
  expect(csvField('say "no"')).toBe('"say ""no"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  expect(csvField('cr\r')).toBe('"cr\r"');
  expect(csvField(12.5)).toBe('12.5');
  expect(csvField(false)).toBe('false');
  expect(csvField(null)).toBe('');
  expect(csvField(undefined)).toBe('');
});

it('writes a header and rows by column name, CRLF-terminated', () => {
  expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  expect(toCsv(['x', 'y'], [{ x: 1, y: 'a,b' }, { x: 2 }])).toBe('x,y\r\n1,"a,b"\r\n2,\r\n');
});
