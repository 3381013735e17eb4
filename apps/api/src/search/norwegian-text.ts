/**
 * Norwegian text as both search engines see it. Documents and queries are folded the same way, so
 * "æ", "ø" and "å" typed as "ae", "o"/"oe" and "aa" (or "a") still match, and so do accents.
 */
export function foldNorwegian(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o');
}

/** The folded words of a query, in order, without duplicates. */
export function queryTerms(text: string): string[] {
  return [...new Set(foldNorwegian(text).match(/[\p{L}\p{N}]+/gu) ?? [])];
}
