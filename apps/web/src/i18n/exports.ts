/** The messages of downloads (the search's CSV), in both languages; nb.ts and en.ts spread them in. */
export const exportsNb = {
  'exports.searchCsv': 'Last ned som CSV',
  'exports.searchCsvDescription': 'Treffene i et regneark (høyst {max} rader).',
};

export const exportsEn: Record<keyof typeof exportsNb, string> = {
  'exports.searchCsv': 'Download as CSV',
  'exports.searchCsvDescription': 'The hits in a spreadsheet (at most {max} rows).',
};
