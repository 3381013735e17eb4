import type { SolutionEntity } from '../solutions/solution.entity';
import { SolutionKind } from '../solutions/solution-profile';
import {
  DATA_THEME_SCHEME,
  dataTheme,
  euFileTypes,
  euLanguage,
  euLicence,
  FILE_TYPE_SCHEME,
  LANGUAGE_SCHEME,
  LICENCE_SCHEME,
  NAMESPACES,
  organizationUri,
} from './dcat-vocabulary';
import { RdfGraph } from './rdf-graph';

export interface CatalogPublisher {
  name: string;
  organizationNumber?: string;
}

export interface CatalogEntry {
  solution: SolutionEntity;
  owner: { name: string; organizationNumber: string };
}

export interface CatalogInput {
  /** The site's absolute URL, without a trailing slash. */
  baseUrl: string;
  publisher: CatalogPublisher;
  entries: CatalogEntry[];
}

const XSD_DATE_TIME = `${NAMESPACES.xsd}dateTime`;

/** The DCAT-AP-NO 2.2 catalogue: datasets, data services, their publishers and the concepts they use. */
export function buildCatalog({ baseUrl, publisher, entries }: CatalogInput): RdfGraph {
  const graph = new RdfGraph();
  const catalog = `${baseUrl}/catalog`;
  const publisherUri = publisher.organizationNumber
    ? organizationUri(publisher.organizationNumber)
    : `${baseUrl}/`;
  graph
    .type(catalog, 'dcat:Catalog')
    .add(catalog, 'dct:identifier', { value: catalog })
    .add(catalog, 'dct:title', { value: 'Lokomotiv: delte løsninger i offentlig sektor', language: 'nb' })
    .add(catalog, 'dct:title', { value: 'Lokomotiv: shared public sector solutions', language: 'en' })
    .add(catalog, 'dct:description', {
      value: 'Datasett og API-er som kommuner og andre offentlige virksomheter deler på Lokomotiv.',
      language: 'nb',
    })
    .add(catalog, 'dct:description', {
      value: 'Datasets and APIs that municipalities and other public bodies share on Lokomotiv.',
      language: 'en',
    })
    .add(catalog, 'dct:publisher', publisherUri)
    .add(catalog, 'foaf:homepage', `${baseUrl}/`);
  addAgent(graph, publisherUri, publisher.name, publisher.organizationNumber);
  addLanguage(graph, catalog, 'nb');
  for (const entry of entries) addEntry(graph, catalog, baseUrl, entry);
  return graph;
}

function addEntry(graph: RdfGraph, catalog: string, baseUrl: string, { solution, owner }: CatalogEntry) {
  const uri = `${baseUrl}/losninger/${solution.id}`;
  const language = solution.textLanguage ?? 'nb';
  const isDataset = solution.kind === SolutionKind.DATASET;
  graph
    .add(catalog, isDataset ? 'dcat:dataset' : 'dcat:service', uri)
    .type(uri, isDataset ? 'dcat:Dataset' : 'dcat:DataService')
    .add(uri, 'dct:identifier', { value: uri })
    .add(uri, 'dct:title', { value: solution.title, language })
    .add(uri, 'dct:description', { value: solution.description || solution.summary, language })
    .add(uri, 'dcat:landingPage', uri)
    .add(uri, 'dct:publisher', organizationUri(owner.organizationNumber));
  addAgent(graph, organizationUri(owner.organizationNumber), owner.name, owner.organizationNumber);
  for (const tag of solution.tags) graph.add(uri, 'dcat:keyword', { value: tag, language });
  addConcept(graph, uri, 'dcat:theme', dataTheme(solution.serviceArea), DATA_THEME_SCHEME);
  addContactPoint(graph, uri, solution, owner.name);
  if (solution.publishedAt)
    graph.add(uri, 'dct:issued', { value: solution.publishedAt.toISOString(), datatype: XSD_DATE_TIME });
  if (isDataset) {
    graph.add(uri, 'dct:modified', { value: solution.updatedAt.toISOString(), datatype: XSD_DATE_TIME });
    addDistribution(graph, uri, solution);
  } else {
    graph.add(uri, 'dcat:endpointURL', solution.endpointUrl as string);
    addLicence(graph, uri, solution.licenseId);
  }
}

function addAgent(graph: RdfGraph, uri: string, name: string, organizationNumber?: string) {
  graph.type(uri, 'foaf:Agent').add(uri, 'foaf:name', { value: name, language: 'nb' });
  if (organizationNumber) graph.add(uri, 'dct:identifier', { value: organizationNumber });
}

function addContactPoint(graph: RdfGraph, uri: string, solution: SolutionEntity, ownerName: string) {
  const email = solution.contact?.email ?? solution.contactEmail;
  if (!email) return;
  const contact = `${uri}#kontaktpunkt`;
  graph
    .add(uri, 'dcat:contactPoint', contact)
    .type(contact, 'vcard:Organization')
    .add(contact, 'vcard:fn', { value: solution.contact?.name ?? ownerName })
    .add(contact, 'vcard:hasEmail', `mailto:${email}`);
  if (solution.contact?.phone)
    graph.add(contact, 'vcard:hasTelephone', `tel:${solution.contact.phone.replace(/[^\d+]/g, '')}`);
}

/** A dataset's data: where its first link points (else its page), in the formats its format names. */
function addDistribution(graph: RdfGraph, uri: string, solution: SolutionEntity) {
  const distribution = `${uri}#distribusjon`;
  graph
    .add(uri, 'dcat:distribution', distribution)
    .type(distribution, 'dcat:Distribution')
    .add(distribution, 'dcat:accessURL', solution.links[0]?.url ?? uri);
  if (solution.links[0])
    graph.add(distribution, 'dct:title', { value: solution.links[0].label, language: 'nb' });
  for (const fileType of euFileTypes(solution.datasetFormat))
    addConcept(graph, distribution, 'dct:format', fileType, FILE_TYPE_SCHEME);
  addLicence(graph, distribution, solution.licenseId);
}

function addLicence(graph: RdfGraph, uri: string, licenseId: string | null) {
  const licence = euLicence(licenseId);
  if (!licence) return;
  addConcept(graph, uri, 'dct:license', licence, LICENCE_SCHEME);
  graph.type(licence, 'dct:LicenseDocument');
}

function addLanguage(graph: RdfGraph, uri: string, tag: string) {
  const language = euLanguage(tag);
  if (language) addConcept(graph, uri, 'dct:language', language, LANGUAGE_SCHEME);
}

/** A controlled-vocabulary concept with the scheme it is in, so the shapes need not fetch the vocabulary. */
function addConcept(graph: RdfGraph, uri: string, predicate: string, concept: string, scheme: string) {
  graph.add(uri, predicate, concept).type(concept, 'skos:Concept').add(concept, 'skos:inScheme', scheme);
}
