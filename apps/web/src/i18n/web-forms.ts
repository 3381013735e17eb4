/** Messages of the phone-friendly search page, the forms' help and the author content's fallbacks. */
export const webFormsNb = {
  'filters.toggle': 'Filtrer',
  'filters.toggleActive': 'Filtrer ({count} valgt)',
  'search.skipToResults': 'Hopp til resultatene',
  'nav.notificationsUnreadOne': 'Varsler ({count} nytt)',
  'error.amount': '{Field} må være et beløp i hele kroner, for eksempel 1 800 000.',
  'money.help': 'I hele kroner, for eksempel 1 800 000.',
};

export const webFormsEn: Record<keyof typeof webFormsNb, string> = {
  'filters.toggle': 'Filter',
  'filters.toggleActive': 'Filter ({count} selected)',
  'search.skipToResults': 'Skip to the results',
  'nav.notificationsUnreadOne': 'Notifications ({count} new)',
  'error.amount': '{Field} must be an amount in whole Norwegian kroner, e.g. 1 800 000.',
  'money.help': 'In whole Norwegian kroner, e.g. 1 800 000.',
};
