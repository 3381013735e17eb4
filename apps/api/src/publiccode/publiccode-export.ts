import { stringify } from 'yaml';
import type { Solution } from '../solutions/solution.model';
import { graphemeLength } from './publiccode-checks';
import { DEVELOPMENT_STATUS_OF, LINK_LABELS, SOFTWARE_TYPE_OF, scopeOf } from './publiccode-mapping';
import { CURRENT_VERSION } from './publiccode-vocabulary';

/** What a solution must have before the standard accepts it; the solution page names what is missing. */
export enum PubliccodeRequirement {
  SOURCE_CODE_URL = 'SOURCE_CODE_URL',
  LICENSE = 'LICENSE',
  SUMMARY_AT_MOST_150 = 'SUMMARY_AT_MOST_150',
  DESCRIPTION_150_TO_10000 = 'DESCRIPTION_150_TO_10000',
  TAGS = 'TAGS',
}

export interface ExportContext {
  ownerName: string;
  ownerOrganizationNumber: string | null;
  /** The organisations whose adoption counts, by name. */
  adopterNames: string[];
}

export type PubliccodeExport =
  | { yaml: string; missing: [] }
  | { yaml: null; missing: PubliccodeRequirement[] };

/** The solution as a publiccode.yml of the current standard, or what it lacks to be one. */
export function exportPubliccode(solution: Solution, context: ExportContext): PubliccodeExport {
  const link = (label: string) => solution.links.find((candidate) => candidate.label === label)?.url;
  const links = (prefix: string) =>
    solution.links.filter((candidate) => candidate.label.startsWith(`${prefix} `)).map(({ url }) => url);
  const sourceUrl = link(LINK_LABELS.url) ?? solution.sourceCodeUrl;
  const missing = requirementsMissing(solution, sourceUrl);
  if (missing.length || !sourceUrl || !solution.licenseId) return { yaml: null, missing };
  const language = solution.textLanguage ?? 'nb';
  const scope = scopeOf(solution.serviceArea);
  const usedBy = [...new Set([...context.adopterNames, ...solution.declaredUsers])];
  const file = {
    publiccodeYmlVersion: CURRENT_VERSION,
    name: solution.title,
    url: sourceUrl,
    ...optional('landingURL', link(LINK_LABELS.landingURL)),
    ...optional('roadmap', link(LINK_LABELS.roadmap)),
    platforms: ['web'],
    ...(usedBy.length ? { usedBy } : {}),
    developmentStatus: DEVELOPMENT_STATUS_OF[solution.maturity],
    softwareType: SOFTWARE_TYPE_OF[solution.kind],
    organisation: {
      name: context.ownerName,
      ...optional(
        'uri',
        context.ownerOrganizationNumber &&
          `https://data.brreg.no/enhetsregisteret/api/enheter/${context.ownerOrganizationNumber}`,
      ),
    },
    intendedAudience: { countries: ['NO'], ...(scope ? { scope: [scope] } : {}) },
    description: {
      [language]: {
        shortDescription: solution.summary,
        longDescription: solution.description,
        ...optional('documentation', link(LINK_LABELS.documentation)),
        ...optional('apiDocumentation', link(LINK_LABELS.apiDocumentation)),
        features: solution.tags,
        ...nonEmpty('screenshots', links(LINK_LABELS.screenshot)),
        ...nonEmpty('videos', links(LINK_LABELS.video)),
      },
    },
    legal: { license: solution.licenseId },
    maintenance: solution.contact
      ? {
          type: 'internal',
          contacts: [
            {
              name: solution.contact.name,
              email: solution.contact.email,
              ...optional('phone', solution.contact.phone),
            },
          ],
        }
      : { type: 'none' },
    localisation: { localisationReady: false, availableLanguages: [language] },
  };
  return { yaml: stringify(file, { lineWidth: 0 }), missing: [] };
}

function requirementsMissing(
  solution: Solution,
  sourceUrl: string | null | undefined,
): PubliccodeRequirement[] {
  const missing: PubliccodeRequirement[] = [];
  if (!sourceUrl) missing.push(PubliccodeRequirement.SOURCE_CODE_URL);
  if (!solution.licenseId) missing.push(PubliccodeRequirement.LICENSE);
  if (graphemeLength(solution.summary) > 150) missing.push(PubliccodeRequirement.SUMMARY_AT_MOST_150);
  const descriptionLength = graphemeLength(solution.description);
  if (descriptionLength < 150 || descriptionLength > 10_000)
    missing.push(PubliccodeRequirement.DESCRIPTION_150_TO_10000);
  if (solution.tags.length === 0) missing.push(PubliccodeRequirement.TAGS);
  return missing;
}

const optional = (key: string, value: string | null | undefined) => (value ? { [key]: value } : {});
const nonEmpty = (key: string, values: string[]) => (values.length ? { [key]: values } : {});
