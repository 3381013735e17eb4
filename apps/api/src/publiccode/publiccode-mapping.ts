import { SolutionKind, SolutionMaturity } from '../solutions/solution-profile';
import type { DevelopmentStatus, SoftwareType } from './publiccode-vocabulary';

/**
 * How Lokomotiv's solution fields and publiccode.yml's keys correspond, both ways. Each table maps
 * back onto itself, so import → export → import gives the same solution.
 */
export const MATURITY_OF: Record<DevelopmentStatus, SolutionMaturity> = {
  concept: SolutionMaturity.CONCEPT,
  development: SolutionMaturity.PILOT,
  beta: SolutionMaturity.PILOT,
  stable: SolutionMaturity.PRODUCTION,
  obsolete: SolutionMaturity.DISCONTINUED,
};
export const DEVELOPMENT_STATUS_OF: Record<SolutionMaturity, DevelopmentStatus> = {
  CONCEPT: 'concept',
  PILOT: 'beta',
  PRODUCTION: 'stable',
  DISCONTINUED: 'obsolete',
};

export const kindOf = (type: SoftwareType): SolutionKind =>
  type === 'configurationFiles' ? SolutionKind.TEMPLATE : SolutionKind.SOFTWARE;
export const SOFTWARE_TYPE_OF: Record<SolutionKind, SoftwareType> = {
  SOFTWARE: 'standalone/other',
  ROBOT: 'standalone/backend',
  INTEGRATION: 'standalone/backend',
  SERVICE: 'standalone/other',
  TEMPLATE: 'configurationFiles',
  DATASET: 'standalone/other',
};

/** publiccode.yml's intended scope and Lokomotiv's service areas; the first scope of an area is its export. */
const AREA_SCOPES: Record<string, string[]> = {
  'helse-og-omsorg': ['healthcare'],
  'oppvekst-og-utdanning': ['education'],
  'sosiale-tjenester': ['welfare', 'society'],
  'teknikk-vann-og-miljo': ['environment', 'energy', 'agriculture', 'infrastructures'],
  'kultur-og-fritid': ['culture', 'sport', 'tourism'],
  'samferdsel-og-mobilitet': ['transportation'],
  'administrasjon-og-saksbehandling': ['government', 'local-authorities', 'justice'],
  'okonomi-og-innkjop': ['finance-and-economic-development'],
  'digitalisering-og-it': ['science-and-technology', 'research'],
  'naering-og-innovasjon': ['employment', 'manufacturing'],
  beredskap: ['emergency-services', 'security', 'defence'],
};
export const DEFAULT_SERVICE_AREA = 'digitalisering-og-it';

export function serviceAreaOf(scopes: readonly string[]): string {
  for (const scope of scopes)
    for (const [area, areaScopes] of Object.entries(AREA_SCOPES)) if (areaScopes.includes(scope)) return area;
  return DEFAULT_SERVICE_AREA;
}

export const scopeOf = (serviceArea: string): string | null => AREA_SCOPES[serviceArea]?.[0] ?? null;

/** The labels of the links an import makes, and the publiccode.yml key each is exported to. */
export const LINK_LABELS = {
  url: 'Kildekode',
  landingURL: 'Nettside',
  documentation: 'Dokumentasjon',
  apiDocumentation: 'API-dokumentasjon',
  roadmap: 'Veikart',
  screenshot: 'Skjermbilde',
  video: 'Video',
} as const;

/** The languages whose description an import prefers, in order: Norwegian, then English. */
export function preferredLanguage(tags: readonly string[]): string {
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  return (
    tags.find((tag) => ['nb', 'no'].includes(primary(tag))) ??
    tags.find((tag) => primary(tag) === 'nn') ??
    tags.find((tag) => primary(tag) === 'en') ??
    tags[0]
  );
}
