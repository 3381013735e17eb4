import { DataFactory, Writer } from 'n3';
import { NAMESPACES } from './dcat-vocabulary';

export type RdfObject = { iri: string } | { value: string; language?: string; datatype?: string };
export interface Triple {
  subject: string;
  predicate: string;
  object: RdfObject;
}

/** A prefixed name ("dct:title") as its IRI. */
export function iri(name: string): string {
  const [prefix, local] = name.split(':', 2);
  const namespace = NAMESPACES[prefix as keyof typeof NAMESPACES];
  return namespace ? namespace + local : name;
}

/** Triples collected in order, once each. */
export class RdfGraph {
  private readonly byKey = new Map<string, Triple>();

  add(subject: string, predicate: string, object: RdfObject | string): this {
    const value = typeof object === 'string' ? { iri: object } : object;
    const triple = { subject, predicate: iri(predicate), object: value };
    this.byKey.set(JSON.stringify(triple), triple);
    return this;
  }

  type(subject: string, className: string): this {
    return this.add(subject, 'rdf:type', iri(className));
  }

  get triples(): Triple[] {
    return [...this.byKey.values()];
  }
}

export function toTurtle(graph: RdfGraph): Promise<string> {
  const writer = new Writer({ prefixes: NAMESPACES });
  const { namedNode, literal, quad } = DataFactory;
  for (const { subject, predicate, object } of graph.triples) {
    const term =
      'iri' in object
        ? namedNode(object.iri)
        : literal(
            object.value,
            object.language ?? (object.datatype ? namedNode(object.datatype) : undefined),
          );
    writer.addQuad(quad(namedNode(subject), namedNode(predicate), term));
  }
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}

/** JSON-LD with one node per subject, full IRIs as keys: nothing to resolve before reading it. */
export function toJsonLd(graph: RdfGraph): Record<string, unknown> {
  const nodes = new Map<string, Record<string, unknown[]>>();
  for (const { subject, predicate, object } of graph.triples) {
    const node = nodes.get(subject) ?? { '@id': [subject] };
    nodes.set(subject, node);
    const key = predicate === iri('rdf:type') ? '@type' : predicate;
    const value = key === '@type' && 'iri' in object ? object.iri : jsonLdValue(object);
    node[key] = [...(node[key] ?? []), value];
  }
  const graphNodes = [...nodes.values()].map(({ '@id': [id], ...properties }) => ({
    '@id': id,
    ...properties,
  }));
  return { '@graph': graphNodes };
}

function jsonLdValue(object: RdfObject): Record<string, string> {
  if ('iri' in object) return { '@id': object.iri };
  if (object.language) return { '@value': object.value, '@language': object.language };
  if (object.datatype) return { '@value': object.value, '@type': object.datatype };
  return { '@value': object.value };
}
