/** The messages of adoption and archive notifications, the archive dialog and the search sort. */
export const orgNotifyNb = {
  'notification.SOLUTION_ADOPTED': '{actor} har lagt til løsningen som «{stage}»: {title}',
  'notification.ADOPTION_STAGE_CHANGED': '{actor} har endret bruken til «{stage}»: {title}',
  'notification.ADOPTION_STOPPED': '{actor} har sluttet å bruke løsningen: {title}',
  'notification.ADOPTION_CONFIRMED': '{actor} har bekreftet bruken («{stage}»): {title}',
  'notification.SOLUTION_ARCHIVED': 'En løsning dere bruker eller følger er arkivert: {title}',
};

export const orgNotifyEn: Record<keyof typeof orgNotifyNb, string> = {
  'notification.SOLUTION_ADOPTED': '{actor} added the solution as “{stage}”: {title}',
  'notification.ADOPTION_STAGE_CHANGED': '{actor} changed its use to “{stage}”: {title}',
  'notification.ADOPTION_STOPPED': '{actor} stopped using the solution: {title}',
  'notification.ADOPTION_CONFIRMED': '{actor} confirmed its use (“{stage}”): {title}',
  'notification.SOLUTION_ARCHIVED': 'A solution you use or follow was archived: {title}',
};
