/** Markdown as one line of plain text, cut at `max` characters with an ellipsis. */
export function plainExcerpt(text: string, max: number): string {
  const plain = text
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
