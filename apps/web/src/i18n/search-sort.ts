/** The messages of the search page's order, in both languages; nb.ts and en.ts spread them in. */
export const searchSortNb = {
  'searchSort.label': 'Sorter etter',
  'searchSort.RELEVANCE': 'Relevans',
  'searchSort.MOST_IN_USE': 'Mest i bruk',
  'searchSort.NEWEST': 'Nyeste',
  'searchSort.sortedBy.RELEVANCE': 'Sortert etter relevans.',
  'searchSort.sortedBy.MOST_IN_USE': 'Sortert etter hvor mange som har den i bruk.',
  'searchSort.sortedBy.NEWEST': 'Sortert med de nyeste først.',
};

export const searchSortEn: Record<keyof typeof searchSortNb, string> = {
  'searchSort.label': 'Sort by',
  'searchSort.RELEVANCE': 'Relevance',
  'searchSort.MOST_IN_USE': 'Most in use',
  'searchSort.NEWEST': 'Newest',
  'searchSort.sortedBy.RELEVANCE': 'Sorted by relevance.',
  'searchSort.sortedBy.MOST_IN_USE': 'Sorted by how many have it in use.',
  'searchSort.sortedBy.NEWEST': 'Sorted with the newest first.',
};
