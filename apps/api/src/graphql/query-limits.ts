import {
  type ASTVisitor,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DomainError } from '../common/domain-error';
import type { QueryLimits } from '../config/query-limits';
import { graphqlError } from './graphql.errors';

interface Size {
  /** Deepest field nesting below the selection set. */
  depth: number;
  /** Fields selected, fragments expanded; stops counting once past the limit. */
  fields: number;
}

const NOTHING_LEFT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/**
 * Refuses a document too deep or too large before any other validation rule looks at it. graphql-js
 * runs the rules side by side, node by node, after Apollo's own; at the document node, before any
 * rule has walked a selection set, this one measures everything and, when it refuses, hands the
 * other rules an empty document to walk instead (a visitor may replace the node it enters).
 */
export function documentSizeRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      try {
        checkDocumentSize(document, limits);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        context.reportError(
          new GraphQLError(error.message, { extensions: { reason: error.reason, params: error.params } }),
        );
        return NOTHING_LEFT;
      }
    },
  });
}

/**
 * Measures every operation and fragment of a parsed document, before it is validated: validation
 * itself is quadratic in the fields of one selection set, so a document too large must not reach it.
 * Each fragment is measured once, so fragments that spread each other many times stay cheap.
 */
export function checkDocumentSize(document: DocumentNode, limits: QueryLimits): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const measured = new Map<string, Size>();
  const capped = (fields: number) => Math.min(fields, limits.maxFields + 1);

  const fragmentSize = (name: string): Size => {
    const known = measured.get(name);
    if (known) return known;
    // A cycle (refused by validation later) counts as empty while it is being measured.
    measured.set(name, { depth: 0, fields: 0 });
    const fragment = fragments.get(name);
    const size = fragment ? setSize(fragment.selectionSet) : { depth: 0, fields: 0 };
    measured.set(name, size);
    return size;
  };

  const setSize = (set: SelectionSetNode): Size => {
    let depth = 0;
    let fields = 0;
    for (const selection of set.selections) {
      const inner =
        selection.kind === Kind.FIELD
          ? selection.selectionSet
            ? nested(setSize(selection.selectionSet))
            : { depth: 1, fields: 1 }
          : selection.kind === Kind.INLINE_FRAGMENT
            ? setSize(selection.selectionSet)
            : fragmentSize(selection.name.value);
      depth = Math.max(depth, inner.depth);
      fields = capped(fields + inner.fields);
    }
    return { depth, fields };
  };
  const nested = (size: Size): Size => ({ depth: size.depth + 1, fields: capped(size.fields + 1) });

  for (const definition of document.definitions) checkDefinition(definition, limits, setSize);
}

function checkDefinition(
  definition: DefinitionNode,
  limits: QueryLimits,
  setSize: (set: SelectionSetNode) => Size,
): void {
  if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) return;
  const size = setSize(definition.selectionSet);
  // Depth counts the levels below the operation's root fields, as it always has.
  const depth = size.depth - 1;
  if (depth > limits.maxDepth)
    throw graphqlError(
      'QUERY_TOO_DEEP',
      `Query is nested ${depth} levels deep; at most ${limits.maxDepth} allowed`,
      {
        params: { max: limits.maxDepth },
      },
    );
  if (size.fields > limits.maxFields)
    throw graphqlError(
      'QUERY_TOO_LARGE',
      `Query selects more than ${limits.maxFields} fields; at most ${limits.maxFields} allowed`,
      { params: { max: limits.maxFields } },
    );
}
