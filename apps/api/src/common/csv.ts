/** Cells a spreadsheet would read as a formula (or whose first character it would swallow). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell for a spreadsheet: a would-be formula gets a leading apostrophe, and the cell is quoted when it must be. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * CSV as Excel opens it in a Norwegian locale: UTF-8 with a byte order mark (so æøå survive),
 * semicolons between cells, CRLF between rows.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
