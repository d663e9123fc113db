// RFC 4180 CSV for the rows on screen. A cell that starts like a formula (= + - @) gets a leading
// apostrophe, because article text is hostile input and spreadsheets run formulas (CSV injection).
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
