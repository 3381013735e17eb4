import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';

export interface WebOperation {
  name: string;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  /** The operation and the fragments it spreads, as the client sends them. */
  source: string;
}

const WEB_SOURCES = resolve(__dirname, '../../../web/src');

/** Every `graphql(`…`)` document of the web app's sources (not the generated ones). */
function webDocuments(dir = WEB_SOURCES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : webDocuments(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [...readFileSync(path, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => match[1]);
  });
}

/** Each operation of the web app, with the fragments it spreads, as the client sends it. */
export function webOperations(): {
  name: string;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  source: string;
}[] {
  const definitions = webDocuments().flatMap((source) => parse(source).definitions);
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode, found: Set<string>) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(spread.name.value)) spreadIn(fragment, found.add(spread.name.value));
      },
    });
    return found;
  };
  return definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    const used = [...spreadIn(definition, new Set())].map(
      (name) => fragments.get(name) as FragmentDefinitionNode,
    );
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...used] };
    const source = [definition, ...used]
      .map((d) => d.loc?.source.body.slice(d.loc.start, d.loc.end))
      .join('\n');
    return [{ name: definition.name?.value ?? '(anonymous)', operation: definition, document, source }];
  });
}
