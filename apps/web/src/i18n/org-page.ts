/** The public page of an organisation: what it shares, what it uses, and municipalities like it. */
export const orgPageNb = {
  'orgPage.county': 'Fylke: {county}',
  'orgPage.population': 'Innbyggere: {population}',
  'orgPage.shares': 'Dette deler de',
  'orgPage.noShares': 'De deler ingen løsninger ennå.',
  'orgPage.uses': 'Dette bruker de',
  'orgPage.noUses': 'De har ikke tatt i bruk noen løsninger ennå.',
  'orgPage.usesItem': '{stage} siden {date}',
  'orgPage.similar': 'Kommuner som ligner på dere',
  'orgPage.similarIntro': 'Kommuner i samme fylke eller med omtrent like mange innbyggere, og hva de bruker.',
  'orgPage.noSimilar': 'Ingen lignende kommuner bruker noen løsninger ennå.',
};

export const orgPageEn: Record<keyof typeof orgPageNb, string> = {
  'orgPage.county': 'County: {county}',
  'orgPage.population': 'Population: {population}',
  'orgPage.shares': 'What they share',
  'orgPage.noShares': 'They share no solutions yet.',
  'orgPage.uses': 'What they use',
  'orgPage.noUses': 'They have not adopted any solutions yet.',
  'orgPage.usesItem': '{stage} since {date}',
  'orgPage.similar': 'Municipalities like yours',
  'orgPage.similarIntro':
    'Municipalities in the same county or of about the same population, and what they use.',
  'orgPage.noSimilar': 'No similar municipality uses a solution yet.',
};
