/**
 * The pages a Norwegian public service must have: about, contact, privacy notice and accessibility
 * statement, and the footer that links to them. A section's text may hold several paragraphs, split
 * by a blank line.
 */
export const aboutNb = {
  'footer.label': 'Om nettstedet',
  'footer.about': 'Om Lokomotiv',
  'footer.contact': 'Kontakt',
  'footer.privacy': 'Personvern',
  'footer.accessibility': 'Tilgjengelighetserklæring',

  'about.heading': 'Om Lokomotiv',
  'about.what.heading': 'Hva Lokomotiv er',
  'about.what.text':
    'Lokomotiv er en markedsplass der kommuner og andre offentlige virksomheter deler digitale løsninger de bruker, melder behov de har, og finner leverandører og partnere som kan hjelpe.\n\nMålet er at en god løsning i én kommune kan tas i bruk av flere, i stedet for at hver kommune kjøper og bygger det samme på nytt.',
  'about.who.heading': 'Hvem som kan gjøre hva',
  'about.who.text':
    'Alle kan søke og lese. Offentlige virksomheter kan dele løsninger, melde behov og lyse ut anbud. Leverandører kan registrere seg, dele løsninger og svare på behov.',

  'contact.heading': 'Kontakt',
  'contact.intro':
    'Har du spørsmål om Lokomotiv, om en løsning eller om personvern, eller vil du melde fra om noe som ikke virker? Skriv til oss.',
  'contact.email': 'E-post: ',
  'contact.answer': 'Vi svarer vanligvis innen fem virkedager.',

  'privacy.heading': 'Personvernerklæring',
  'privacy.stored.heading': 'Hva vi lagrer',
  'privacy.stored.text':
    'Når du har en brukerkonto, lagrer vi navnet ditt, e-postadressen, hvilken organisasjon du tilhører og hvilken rolle du har der, språket du har valgt, og passordet ditt som en enveis-hash (aldri selve passordet).\n\nVi lagrer også det du selv legger inn: løsninger, behov, svar, spørsmål, anbud, lagrede søk og hvilke behov du følger, og varslene du får om dem. Hvem som endret hva og når, føres i en endringslogg.\n\nNår du er logget inn, lagres en informasjonskapsel med en sesjonsnøkkel. Vi bruker ingen analyse- eller reklamekapsler.',
  'privacy.why.heading': 'Hvorfor, og med hvilket rettslig grunnlag',
  'privacy.why.text':
    'Opplysningene trengs for å drive markedsplassen: for å vite hvem som har delt eller endret noe, for at kommuner og leverandører skal kunne kontakte hverandre, og for å sende deg varsler du har bedt om.\n\nBehandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse, jf. personvernforordningen (GDPR) artikkel 6 nr. 1 bokstav e: å legge til rette for deling og gjenbruk av digitale løsninger i offentlig sektor.',
  'privacy.howLong.heading': 'Hvor lenge',
  'privacy.howLong.text':
    'En innlogging varer i 12 timer. Lenker for å lage nytt passord slutter å virke etter kort tid. Kontoen og opplysningene om deg beholdes så lenge du har en konto; ber du om å bli slettet, sletter vi kontoen. Det du har publisert på vegne av organisasjonen din, blir stående, men uten navnet ditt. Endringsloggen beholdes så lenge det er nødvendig for å dokumentere endringer.',
  'privacy.rights.heading': 'Dine rettigheter, og hvem du spør',
  'privacy.rights.text':
    'Du har rett til å få vite hva vi har lagret om deg, få rettet feil og be om å bli slettet. Du endrer navn, språk og passord selv på profilen din. For alt annet: skriv til oss (se Kontakt), så svarer vi innen 30 dager.\n\nMener du at vi behandler opplysningene dine i strid med regelverket, kan du klage til Datatilsynet.',

  'a11y.heading': 'Tilgjengelighetserklæring',
  'a11y.intro':
    'Lokomotiv skal oppfylle kravene til universell utforming i forskrift om universell utforming av IKT-løsninger, det vil si WCAG 2.1 på nivå A og AA. Denne erklæringen gjelder hele nettstedet.',
  'a11y.status.heading': 'Status',
  'a11y.status.text':
    'Nettstedet oppfyller kravene delvis. Sidene testes automatisk med axe i en nettleser både i full bredde og på en 390 piksler bred skjerm, og vi tester tastaturbruk og fokus. Det som er kjent ikke å være i orden, står under.',
  'a11y.known.heading': 'Hva som ikke er i orden',
  'a11y.known.author':
    'Innhold brukerne selv skriver (beskrivelser i markdown), kan mangle tekstalternativ eller god struktur på overskrifter (WCAG 1.1.1 og 1.3.1). Bilder uten alternativ tekst vises som lenke i stedet for bilde.',
  'a11y.known.lang':
    'Innhold som bare finnes på norsk, vises også i det engelske grensesnittet; det er ikke alltid merket med riktig språk (WCAG 3.1.2).',
  'a11y.known.pdf':
    'Vedlegg og dokumenter som lenkes til fra anbud og løsninger, er laget av andre og er ikke kontrollert (WCAG 1.1.1, 1.3.1 og 2.4.2).',
  'a11y.known.manual':
    'Nettstedet er ennå ikke testet av brukere med skjermleser eller forstørrelse; vi kjenner derfor ikke alle feil.',
  'a11y.feedback.heading': 'Meld fra om feil',
  'a11y.feedback.text':
    'Finner du noe som ikke virker for deg, vil vi gjerne vite det. Skriv til oss (se Kontakt). Du kan også melde fra til Tilsynet for universell utforming av IKT (uutilsynet.no) om nettsteder som ikke oppfyller kravene.',
  'a11y.updated': 'Erklæringen ble sist oppdatert 2. desember 2026.',

  'notFound.searchLabel': 'Søk etter løsninger, behov og anbud',
  'notFound.home': 'Gå til forsiden',
};

export const aboutEn: Record<keyof typeof aboutNb, string> = {
  'footer.label': 'About the site',
  'footer.about': 'About Lokomotiv',
  'footer.contact': 'Contact',
  'footer.privacy': 'Privacy',
  'footer.accessibility': 'Accessibility statement',

  'about.heading': 'About Lokomotiv',
  'about.what.heading': 'What Lokomotiv is',
  'about.what.text':
    'Lokomotiv is a marketplace where municipalities and other public bodies share the digital solutions they use, post the needs they have, and find suppliers and partners who can help.\n\nThe aim is that a good solution in one municipality can be taken up by others, instead of every municipality buying and building the same again.',
  'about.who.heading': 'Who can do what',
  'about.who.text':
    'Anyone can search and read. Public bodies can share solutions, post needs and publish tenders. Suppliers can register, share solutions and answer needs.',

  'contact.heading': 'Contact',
  'contact.intro':
    'Do you have a question about Lokomotiv, a solution or privacy, or do you want to report something that does not work? Write to us.',
  'contact.email': 'E-mail: ',
  'contact.answer': 'We usually answer within five working days.',

  'privacy.heading': 'Privacy notice',
  'privacy.stored.heading': 'What we store',
  'privacy.stored.text':
    'When you have an account, we store your name, e-mail address, which organisation you belong to and your role there, the language you chose, and your password as a one-way hash (never the password itself).\n\nWe also store what you enter yourself: solutions, needs, answers, questions, tenders, saved searches and the needs you follow, and the notifications you get about them. Who changed what and when is kept in a change log.\n\nWhen you are logged in, a cookie holds a session key. We use no analytics or advertising cookies.',
  'privacy.why.heading': 'Why, and on what legal basis',
  'privacy.why.text':
    'The data are needed to run the marketplace: to know who shared or changed something, so that municipalities and suppliers can contact each other, and to send you the notifications you asked for.\n\nThe processing is necessary for the performance of a task carried out in the public interest, GDPR article 6(1)(e): to make it easier to share and reuse digital solutions in the public sector.',
  'privacy.howLong.heading': 'For how long',
  'privacy.howLong.text':
    'A login lasts 12 hours. Links to choose a new password stop working after a short while. Your account and the data about you are kept as long as you have an account; if you ask to be deleted, we delete the account. What you published on behalf of your organisation stays, but without your name. The change log is kept as long as it is needed to document changes.',
  'privacy.rights.heading': 'Your rights, and whom to ask',
  'privacy.rights.text':
    'You have the right to know what we store about you, to have mistakes corrected and to ask to be deleted. You change your name, language and password yourself on your profile. For anything else, write to us (see Contact), and we answer within 30 days.\n\nIf you believe we process your data against the rules, you can complain to the Norwegian Data Protection Authority (Datatilsynet).',

  'a11y.heading': 'Accessibility statement',
  'a11y.intro':
    'Lokomotiv must meet the Norwegian regulations on universal design of ICT, that is WCAG 2.1 at levels A and AA. This statement covers the whole site.',
  'a11y.status.heading': 'Status',
  'a11y.status.text':
    'The site partly meets the requirements. Pages are tested automatically with axe in a browser, at full width and on a 390 pixel wide screen, and we test keyboard use and focus. What is known not to be in order is listed below.',
  'a11y.known.heading': 'What is not in order',
  'a11y.known.author':
    'Content the users write themselves (descriptions in markdown) may lack text alternatives or a good heading structure (WCAG 1.1.1 and 1.3.1). Images without alternative text are shown as a link instead of an image.',
  'a11y.known.lang':
    'Content that exists only in Norwegian is shown in the English interface too; it is not always marked with the right language (WCAG 3.1.2).',
  'a11y.known.pdf':
    'Attachments and documents linked from tenders and solutions are made by others and are not checked (WCAG 1.1.1, 1.3.1 and 2.4.2).',
  'a11y.known.manual':
    'The site has not yet been tested by users of screen readers or magnification, so we do not know every fault.',
  'a11y.feedback.heading': 'Report a problem',
  'a11y.feedback.text':
    'If you find something that does not work for you, we would like to know. Write to us (see Contact). You can also report sites that do not meet the requirements to the Norwegian Authority for Universal Design of ICT (uutilsynet.no).',
  'a11y.updated': 'The statement was last updated on 2 December 2026.',

  'notFound.searchLabel': 'Search for solutions, needs and tenders',
  'notFound.home': 'Go to the front page',
};
