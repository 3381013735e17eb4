import { type ASTVisitor, GraphQLError, Kind, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { GraphqlReason } from './graphql.errors';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_FIELDS = 300;

/** Rejects documents nested deeper than MAX_QUERY_DEPTH or selecting more than MAX_QUERY_FIELDS fields. */
export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map(
    context
      .getDocument()
      .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d.selectionSet]),
  );
  let fields = 0;
  const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let deepest = depth;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields++;
        if (selection.selectionSet)
          deepest = Math.max(deepest, measure(selection.selectionSet, depth + 1, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          deepest = Math.max(deepest, measure(fragment, depth, new Set(seen).add(selection.name.value)));
      }
    }
    return deepest;
  };
  return {
    OperationDefinition(node) {
      const depth = measure(node.selectionSet, 0, new Set());
      if (depth > MAX_QUERY_DEPTH) {
        context.reportError(
          new GraphQLError(`Query is nested ${depth} levels deep; at most ${MAX_QUERY_DEPTH} allowed`, {
            extensions: {
              reason: 'QUERY_TOO_DEEP' satisfies GraphqlReason,
              params: { max: MAX_QUERY_DEPTH },
            },
          }),
        );
      }
      if (fields > MAX_QUERY_FIELDS) {
        context.reportError(
          new GraphQLError(`Query selects ${fields} fields; at most ${MAX_QUERY_FIELDS} allowed`, {
            extensions: {
              reason: 'QUERY_TOO_LARGE' satisfies GraphqlReason,
              params: { max: MAX_QUERY_FIELDS },
            },
          }),
        );
      }
    },
  };
}
