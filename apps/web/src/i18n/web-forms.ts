/** Messages of the phone-friendly search page, the forms' help and the author content's fallbacks. */
export const webFormsNb = {
  'filters.toggle': 'Filtrer',
  'filters.toggleActive': 'Filtrer ({count} valgt)',
  'search.skipToResults': 'Hopp til resultatene',
  'nav.notificationsUnreadOne': 'Varsler ({count} nytt)',
  'error.amount': '{Field} må være et beløp i hele kroner, for eksempel 1 800 000.',
  'money.help': 'I hele kroner, for eksempel 1 800 000.',
  'publicBodiesOnly.need.heading': 'Bare offentlige virksomheter kan melde behov',
  'publicBodiesOnly.need.text':
    'Behov meldes av kommuner, fylkeskommuner og statlige virksomheter. Som leverandør kan du lese behovene og svare på dem.',
  'publicBodiesOnly.need.instead': 'Se behovene som er meldt',
  'publicBodiesOnly.notice.heading': 'Bare offentlige virksomheter kan kunngjøre anbud',
  'publicBodiesOnly.notice.text':
    'Anbud kunngjøres av kommuner, fylkeskommuner og statlige virksomheter. Som leverandør kan du følge anbudene og gi tilbud på dem.',
  'publicBodiesOnly.notice.instead': 'Se anbudene',
};

export const webFormsEn: Record<keyof typeof webFormsNb, string> = {
  'filters.toggle': 'Filter',
  'filters.toggleActive': 'Filter ({count} selected)',
  'search.skipToResults': 'Skip to the results',
  'nav.notificationsUnreadOne': 'Notifications ({count} new)',
  'error.amount': '{Field} must be an amount in whole Norwegian kroner, e.g. 1 800 000.',
  'money.help': 'In whole Norwegian kroner, e.g. 1 800 000.',
  'publicBodiesOnly.need.heading': 'Only public bodies can post needs',
  'publicBodiesOnly.need.text':
    'Needs are posted by municipalities, county municipalities and state agencies. As a supplier you can read the needs and answer them.',
  'publicBodiesOnly.need.instead': 'See the needs posted',
  'publicBodiesOnly.notice.heading': 'Only public bodies can post tenders',
  'publicBodiesOnly.notice.text':
    'Tenders are posted by municipalities, county municipalities and state agencies. As a supplier you can follow the tenders and bid on them.',
  'publicBodiesOnly.notice.instead': 'See the tenders',
};
