/** The notice form's help texts, question deadline and document links, and the CPV picker with its tree. */
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
  'tendersForm.descriptionHelp':
    'Skriv for leverandørene: hva skal anskaffes, hvilket problem skal løses, omfang, viktige krav og hvordan de kan delta. Du kan bruke Markdown.',
  'tendersForm.procedureHelp.INNOVATION_PARTNERSHIP':
    'Dere utvikler en løsning som ikke finnes i markedet, sammen med én eller flere leverandører, og kan kjøpe den etterpå uten ny konkurranse.',
  'tendersForm.procedureHelp.PRE_COMMERCIAL_PROCUREMENT':
    'Dere betaler flere leverandører for å forske fram og teste løsninger i faser, i konkurranse. Kjøp av den ferdige løsningen krever en ny anskaffelse.',
  'tendersForm.procedureHelp.MARKET_DIALOGUE':
    'Dere møter markedet før en anskaffelse for å lære hva som finnes og er mulig. Ingenting kjøpes, og leverandørene leverer ikke tilbud.',
  'tendersForm.procedureHelp.COMPETITIVE_DIALOGUE':
    'Dere går i dialog med utvalgte leverandører om løsningen før de gir endelige tilbud. Egner seg når dere ikke kan beskrive løsningen på forhånd.',
  'tendersForm.procedureHelp.COMPETITIVE_PROCEDURE_WITH_NEGOTIATION':
    'Leverandørene gir tilbud, og dere forhandler med dem om innhold og pris før dere velger.',
  'tendersForm.procedureHelp.OPEN':
    'Alle leverandører kan gi tilbud, og dere kan ikke forhandle. Egner seg når dere vet nøyaktig hva dere skal kjøpe.',
  'tendersForm.procedureHelp.RESTRICTED':
    'Leverandørene søker først om å delta; bare de dere velger ut, kan gi tilbud. Dere kan ikke forhandle.',
  'tendersForm.deadlineHelp':
    'Siste frist for å levere tilbud eller melde interesse, i norsk tid. Uten klokkeslett gjelder fristen kl. 12.00. Den må være minst én time fram i tid.',
  'tendersForm.questionDeadlineHelp':
    'Valgfritt. Siste frist for leverandørenes spørsmål om konkurransen, før tilbudsfristen, så dere rekker å svare alle.',
  'tendersForm.valueHelp':
    'Valgfritt. Hva dere anslår at kontrakten er verdt i alt, uten merverdiavgift, i hele kroner, for eksempel 1 800 000.',
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
  'tendersForm.descriptionHelp':
    'Write for the suppliers: what is to be procured, which problem it should solve, its scope, the key requirements and how to take part. You can use Markdown.',
  'tendersForm.procedureHelp.INNOVATION_PARTNERSHIP':
    'You develop a solution the market does not have yet together with one or more suppliers, and may buy it afterwards without a new competition.',
  'tendersForm.procedureHelp.PRE_COMMERCIAL_PROCUREMENT':
    'You pay several suppliers to research and test solutions in phases, in competition. Buying the finished solution needs a new procurement.',
  'tendersForm.procedureHelp.MARKET_DIALOGUE':
    'You meet the market before a procurement to learn what exists and what is possible. Nothing is bought, and the suppliers do not tender.',
  'tendersForm.procedureHelp.COMPETITIVE_DIALOGUE':
    'You talk with selected suppliers about the solution before they make final tenders. Suits a need whose solution you cannot describe in advance.',
  'tendersForm.procedureHelp.COMPETITIVE_PROCEDURE_WITH_NEGOTIATION':
    'The suppliers tender, and you negotiate content and price with them before you choose.',
  'tendersForm.procedureHelp.OPEN':
    'Any supplier may tender, and you cannot negotiate. Suits a purchase you can describe exactly.',
  'tendersForm.procedureHelp.RESTRICTED':
    'Suppliers first apply to take part; only those you select may tender. You cannot negotiate.',
  'tendersForm.deadlineHelp':
    'The last time to tender or register interest, in Norwegian time. Without a time of day the deadline is at 12:00. It must be at least one hour ahead.',
  'tendersForm.questionDeadlineHelp':
    'Optional. The last time for suppliers’ questions about the competition, before the tender deadline, so that you have time to answer them all.',
  'tendersForm.valueHelp':
    'Optional. What you estimate the whole contract is worth, without VAT, in whole Norwegian kroner, e.g. 1 800 000.',
};
