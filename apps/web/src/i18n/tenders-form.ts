/** The notice form's question deadline and document links. */
export const tendersFormNb = {
  'tendersForm.link.label': 'Navn på dokument {number}',
  'tendersForm.link.url': 'Adresse til dokument {number}',
  'tendersForm.link.add': 'Legg til dokument',
  'tendersForm.link.remove': 'Fjern dokument {number}',
  'tendersForm.cpvNoHits': 'Ingen treff',
};

export const tendersFormEn: Record<keyof typeof tendersFormNb, string> = {
  'tendersForm.link.label': 'Name of document {number}',
  'tendersForm.link.url': 'Address of document {number}',
  'tendersForm.link.add': 'Add a document',
  'tendersForm.link.remove': 'Remove document {number}',
  'tendersForm.cpvNoHits': 'No matches',
};
