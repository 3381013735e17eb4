/** The notice form's question deadline and document links, and the CPV picker with its tree. */
export const tendersFormNb = {
  'tendersForm.link.label': 'Navn på dokument {number}',
  'tendersForm.link.url': 'Adresse til dokument {number}',
  'tendersForm.link.add': 'Legg til dokument',
  'tendersForm.link.remove': 'Fjern dokument {number}',
  'tendersForm.cpvNoHits': 'Ingen treff',
  'cpvTree.browse': 'Bla i CPV-koder',
  'cpvTree.browseDivisions': 'Bla i CPV-hovedgrupper',
  'cpvTree.loading': 'Henter CPV-koder …',
  'cpvTree.pick': 'Velg',
  'cpvTree.chosen': 'Valgt',
  'cpvTree.added': 'Lagt til: {code} {label}.',
  'notices.cpvLegend': 'CPV-koder',
  'notices.cpvHelp': 'Kunngjøringer med en av kodene eller en smalere kode under den.',
};

export const tendersFormEn: Record<keyof typeof tendersFormNb, string> = {
  'tendersForm.link.label': 'Name of document {number}',
  'tendersForm.link.url': 'Address of document {number}',
  'tendersForm.link.add': 'Add a document',
  'tendersForm.link.remove': 'Remove document {number}',
  'tendersForm.cpvNoHits': 'No matches',
  'cpvTree.browse': 'Browse CPV codes',
  'cpvTree.browseDivisions': 'Browse CPV divisions',
  'cpvTree.loading': 'Loading CPV codes …',
  'cpvTree.pick': 'Choose',
  'cpvTree.chosen': 'Chosen',
  'cpvTree.added': 'Added {code} {label}.',
  'notices.cpvLegend': 'CPV codes',
  'notices.cpvHelp': 'Notices with one of the codes or a narrower code below it.',
};
