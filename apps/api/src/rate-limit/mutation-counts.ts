import type {
  DocumentNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/**
 * How often each mutation is called by one operation: thirty aliases of askNeedQuestion are thirty
 * questions. Fields under @skip or @include are counted as if they ran.
 */
export function mutationCounts(
  operation: OperationDefinitionNode,
  document: DocumentNode,
): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const counts = new Map<string, number>();
  countFields(operation.selectionSet, fragments, counts, new Set());
  return counts;
}

function countFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  counts: Map<string, number>,
  spread: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      if (name !== '__typename') counts.set(name, (counts.get(name) ?? 0) + 1);
    } else if (selection.kind === 'InlineFragment') {
      countFields(selection.selectionSet, fragments, counts, spread);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A fragment spread twice at the top still runs its fields once.
      if (!fragment || spread.has(fragment.name.value)) continue;
      spread.add(fragment.name.value);
      countFields(fragment.selectionSet, fragments, counts, spread);
    }
  }
}
