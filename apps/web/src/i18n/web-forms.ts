/** Messages of the phone-friendly search page, the forms' help and the author content's fallbacks. */
export const webFormsNb = {
  'filters.toggle': 'Filtrer',
  'filters.toggleActive': 'Filtrer ({count} valgt)',
  'search.skipToResults': 'Hopp til resultatene',
  'nav.notificationsUnreadOne': 'Varsler ({count} nytt)',
};

export const webFormsEn: Record<keyof typeof webFormsNb, string> = {
  'filters.toggle': 'Filter',
  'filters.toggleActive': 'Filter ({count} selected)',
  'search.skipToResults': 'Skip to the results',
  'nav.notificationsUnreadOne': 'Notifications ({count} new)',
};
