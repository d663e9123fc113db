// CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF,
// quotes doubled. Written here because no CSV library is installed and a writer is this small.
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A header line of `columns`, then one line per row with the row's value for each column. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Readonly<Partial<Record<C, CsvValue>>>[]): string {
  return csvLine(columns) + rows.map((row) => csvLine(columns.map((c) => row[c]))).join('');
}
