/** Adoption and archive notifications, the archive confirmation, and an archived solution's page. */
export const adoptionEventsNb = {
  'notification.SOLUTION_ADOPTED': '{actor} har tatt løsningen i bruk med status «{stage}»: {title}',
  'notification.ADOPTION_STAGE_CHANGED': '{actor} har endret statusen til «{stage}»: {title}',
  'notification.ADOPTION_STOPPED': '{actor} har sluttet å bruke løsningen: {title}',
  'notification.ADOPTION_CONFIRMED': '{actor} har bekreftet at de bruker løsningen («{stage}»): {title}',
  'notification.SOLUTION_ARCHIVED': '{actor} har arkivert en løsning dere bruker eller følger: {title}',
  'error.solutionArchived':
    'Løsningen er arkivert, så ingen kan ta den i bruk på nytt. De som bruker den, kan fortsatt endre statusen eller trekke registreringen.',
  'archive.heading': 'Arkivere «{title}»?',
  'archive.usersOne':
    '{count} organisasjon bruker løsningen. Den får beskjed om at løsningen er arkivert, og kan fortsatt endre statusen sin eller trekke registreringen.',
  'archive.usersOther':
    '{count} organisasjoner bruker løsningen. De får beskjed om at løsningen er arkivert, og kan fortsatt endre statusen sin eller trekke registreringen.',
  'archive.noUsers': 'Ingen organisasjoner bruker løsningen nå.',
  'archive.consequence':
    'Løsningen forsvinner fra søket, og ingen kan ta den i bruk på nytt. Følgerne får også beskjed.',
  'archive.confirm': 'Ja, arkiver løsningen',
  'archive.cancel': 'Avbryt',
  'archive.close': 'Lukk',
  'archive.done': 'Løsningen er arkivert.',
  'adopt.archived': 'Løsningen er arkivert av eieren og kan ikke tas i bruk på nytt.',
  'adopt.archivedAdopter':
    'Løsningen er arkivert av eieren. Dere kan fortsatt endre statusen deres eller trekke registreringen.',
};

export const adoptionEventsEn: Record<keyof typeof adoptionEventsNb, string> = {
  'notification.SOLUTION_ADOPTED': '{actor} adopted the solution, stage “{stage}”: {title}',
  'notification.ADOPTION_STAGE_CHANGED': '{actor} changed its stage to “{stage}”: {title}',
  'notification.ADOPTION_STOPPED': '{actor} stopped using the solution: {title}',
  'notification.ADOPTION_CONFIRMED': '{actor} confirmed that it uses the solution (“{stage}”): {title}',
  'notification.SOLUTION_ARCHIVED': '{actor} archived a solution you use or follow: {title}',
  'error.solutionArchived':
    'The solution is archived, so nobody can newly adopt it. Those who use it can still change their stage or withdraw.',
  'archive.heading': 'Archive “{title}”?',
  'archive.usersOne':
    '{count} organisation uses the solution. It will be told that the solution is archived, and can still change its stage or withdraw.',
  'archive.usersOther':
    '{count} organisations use the solution. They will be told that the solution is archived, and can still change their stage or withdraw.',
  'archive.noUsers': 'No organisation uses the solution now.',
  'archive.consequence':
    'The solution disappears from search, and nobody can newly adopt it. Its followers are told too.',
  'archive.confirm': 'Yes, archive the solution',
  'archive.cancel': 'Cancel',
  'archive.close': 'Close',
  'archive.done': 'The solution is archived.',
  'adopt.archived': 'The owner archived the solution: it can no longer be adopted.',
  'adopt.archivedAdopter': 'The owner archived the solution. You can still change your stage or withdraw.',
};
