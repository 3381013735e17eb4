/** A pooled need's suggested split of a cost among the owner and its partners. */
export const costSharesNb = {
  'costShares.heading': 'Fordeling av kostnader',
  'costShares.intro':
    'Et forslag til hvordan dere kan dele en kostnad etter folketall (SSB, 1. januar 2025). Partnere uten folketall, som statlige etater, regnes med gjennomsnittet av de andre. Det er bare et forslag: dere avtaler selv hvordan dere deler.',
  'costShares.total': 'Samlet kostnad i kroner',
  'costShares.split': 'Fordel',
  'costShares.caption': 'Forslag til fordeling etter folketall',
  'costShares.organization': 'Organisasjon',
  'costShares.population': 'Folketall',
  'costShares.percent': 'Andel',
  'costShares.amount': 'Beløp',
  'costShares.noPopulation': 'Ukjent (regnes med gjennomsnittet)',
  'costShares.percentValue': '{percent} %',
};

export const costSharesEn: Record<keyof typeof costSharesNb, string> = {
  'costShares.heading': 'Sharing the costs',
  'costShares.intro':
    'A suggestion for how you could share a cost by population (Statistics Norway, 1 January 2025). Partners without a population, such as state agencies, count with the mean of the others. It is only a suggestion: you agree between yourselves how to share.',
  'costShares.total': 'Total cost in NOK',
  'costShares.split': 'Split',
  'costShares.caption': 'Suggested split by population',
  'costShares.organization': 'Organisation',
  'costShares.population': 'Population',
  'costShares.percent': 'Share',
  'costShares.amount': 'Amount',
  'costShares.noPopulation': 'Unknown (counts with the mean)',
  'costShares.percentValue': '{percent} %',
};
