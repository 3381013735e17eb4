export type Cell = string | number;

/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and garbles "æøå". */
const BOM = '\uFEFF';

/**
 * A table as CSV the way Excel in Norway opens it: UTF-8 with a BOM, semicolons between fields,
 * decimal commas, CRLF between rows, and quotes only around fields that need them.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const lines = rows.map((row) => `${row.map(csvField).join(';')}\r\n`);
  return `${BOM}${lines.join('')}`;
}

function csvField(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Hands the CSV to the browser as a download named `fileName`. */
export function downloadCsv(fileName: string, rows: readonly (readonly Cell[])[]): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
