/** The namespaces DCAT-AP-NO uses, and the EU controlled vocabularies the catalogue's concepts come from. */
export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

const AUTHORITY = 'http://publications.europa.eu/resource/authority';
export const LICENCE_SCHEME = `${AUTHORITY}/licence`;
export const DATA_THEME_SCHEME = `${AUTHORITY}/data-theme`;
export const LANGUAGE_SCHEME = `${AUTHORITY}/language`;
export const FILE_TYPE_SCHEME = `${AUTHORITY}/file-type`;

/** SPDX licence ids and the EU licence authority's code for the same licence. */
const SPDX_TO_EU_LICENCE: Record<string, string> = {
  'AGPL-3.0-only': 'AGPL_3_0',
  'AGPL-3.0-or-later': 'AGPL_3_0',
  'Apache-2.0': 'APACHE_2_0',
  'BSD-2-Clause': 'BSD_2_CLAUSE',
  'BSD-3-Clause': 'BSD_3_CLAUSE',
  'CC-BY-4.0': 'CC_BY_4_0',
  'CC-BY-NC-4.0': 'CC_BYNC_4_0',
  'CC-BY-ND-4.0': 'CC_BYND_4_0',
  'CC-BY-SA-4.0': 'CC_BYSA_4_0',
  'CC0-1.0': 'CC0',
  'EUPL-1.1': 'EUPL_1_1',
  'EUPL-1.2': 'EUPL_1_2',
  'GPL-2.0-only': 'GPL_2_0',
  'GPL-2.0-or-later': 'GPL_2_0',
  'GPL-3.0-only': 'GPL_3_0',
  'GPL-3.0-or-later': 'GPL_3_0',
  'LGPL-3.0-only': 'LGPL_3_0',
  'LGPL-3.0-or-later': 'LGPL_3_0',
  MIT: 'MIT',
  'MPL-2.0': 'MPL_2_0',
  'NLOD-2.0': 'NLOD_2_0',
};

/** The EU licence IRI of a single SPDX licence id; null for expressions and licences the table lacks. */
export function euLicence(spdxId: string | null): string | null {
  const code = spdxId ? SPDX_TO_EU_LICENCE[spdxId] : undefined;
  return code ? `${LICENCE_SCHEME}/${code}` : null;
}

/** Each service area as the EU data theme it falls under. */
const SERVICE_AREA_THEMES: Record<string, string> = {
  'helse-og-omsorg': 'HEAL',
  'oppvekst-og-utdanning': 'EDUC',
  'sosiale-tjenester': 'SOCI',
  'plan-bygg-og-eiendom': 'REGI',
  'teknikk-vann-og-miljo': 'ENVI',
  'kultur-og-fritid': 'EDUC',
  'samferdsel-og-mobilitet': 'TRAN',
  innbyggerdialog: 'GOVE',
  'administrasjon-og-saksbehandling': 'GOVE',
  'okonomi-og-innkjop': 'ECON',
  'digitalisering-og-it': 'TECH',
  'naering-og-innovasjon': 'ECON',
  beredskap: 'JUST',
};

export function dataTheme(serviceArea: string): string {
  return `${DATA_THEME_SCHEME}/${SERVICE_AREA_THEMES[serviceArea] ?? 'GOVE'}`;
}

/** BCP 47 primary languages and the EU language authority's codes. */
const LANGUAGES: Record<string, string> = { nb: 'NOB', nn: 'NNO', no: 'NOR', en: 'ENG', se: 'SME' };

export function euLanguage(tag: string): string | null {
  const code = LANGUAGES[tag.split('-')[0].toLowerCase()];
  return code ? `${LANGUAGE_SCHEME}/${code}` : null;
}

/** Words of a free-text dataset format ("CSV, JSON") as EU file types. */
const FILE_TYPES: Record<string, string> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GEOJSON',
  xml: 'XML',
  xlsx: 'XLSX',
  pdf: 'PDF',
  html: 'HTML',
  turtle: 'RDF_TURTLE',
  ttl: 'RDF_TURTLE',
  'json-ld': 'JSON_LD',
  jsonld: 'JSON_LD',
};

export function euFileTypes(format: string | null): string[] {
  const words = (format ?? '').toLowerCase().split(/[\s,;/]+/);
  const codes = new Set(words.flatMap((word) => FILE_TYPES[word] ?? []));
  return [...codes].map((code) => `${FILE_TYPE_SCHEME}/${code}`);
}

/** The Enhetsregisteret URI of an organisation, as data.norge.no names publishers. */
export function organizationUri(organizationNumber: string): string {
  return `https://data.brreg.no/enhetsregisteret/api/enheter/${organizationNumber}`;
}
