import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { commonError } from '../common/domain-error';
import { graphqlError } from './graphql.errors';

/** Any String or ID argument or input field not listed in TEXT_CAPS. */
export const DEFAULT_TEXT_CAP = 1000;

/**
 * The most characters any text argument or input field may carry, by `Type.field.argument` or
 * `InputType.field`; checked before a resolver runs. The services' own field rules (title at most
 * 200, …) stay theirs and lie within these; these bound what reaches them at all.
 */
export const TEXT_CAPS: Readonly<Record<string, number>> = {
  'Query.cpvCodes.search': 200,
  'OrganizationFilter.text': 200,
  'Query.search.query': 500,
  'SavedSearchInput.query': 500,
  'Query.similarSolutions.text': 50_000,
  'SolutionInput.description': 50_000,
  'NeedInput.description': 50_000,
  'ProcurementNoticeInput.description': 50_000,
  'SolutionInput.benefits': 10_000,
  'SolutionInput.sourceCodeUrl': 2000,
  'SolutionInput.endpointUrl': 2000,
  'SolutionInput.automatedProcess': 2000,
  'SolutionLinkInput.url': 2000,
  'ProcurementNoticeInput.externalUrl': 2000,
  'Mutation.respondToNeed.pitch': 10_000,
  'Mutation.askNeedQuestion.question': 10_000,
  'Mutation.answerNeedQuestion.answer': 10_000,
  // The publiccode module refuses more than 256 KiB with its own reason.
  'Query.validatePubliccode.yaml': 1_000_000,
  'Mutation.importPubliccode.yaml': 1_000_000,
};

export const textCapOf = (key: string): number => TEXT_CAPS[key] ?? DEFAULT_TEXT_CAP;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses an operation any of whose text arguments or input fields is too long, holds a NUL
 * character or a lone surrogate (which PostgreSQL refuses, or JSON turns into U+FFFD unasked).
 * Values of the wrong type are left for execution to refuse.
 */
export function checkTexts(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!type || !field) continue;
        for (const node of selection.arguments ?? []) {
          const arg = field.args.find((a) => a.name === node.name.value);
          if (arg)
            checkValue(
              argumentValue(node, variables),
              arg.type,
              `${type.name}.${field.name}.${arg.name}`,
              arg.name,
            );
        }
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(
          selection.selectionSet,
          selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type,
        );
      } else if (!seenFragments.has(selection.name.value)) {
        // Variables are the same wherever a fragment is spread: one look suffices.
        seenFragments.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  };
  walk(operation.selectionSet, schema.getRootType(operation.operation));
}

function argumentValue(node: ArgumentNode, variables: Record<string, unknown>): unknown {
  return node.value.kind === Kind.VARIABLE
    ? variables[node.value.name.value]
    : valueFromASTUntyped(node.value, variables);
}

/** `key` names the argument or input field in TEXT_CAPS, `field` the name a client sees. */
function checkValue(value: unknown, type: GraphQLInputType, key: string, field: string): void {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return;
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) checkValue(item, nullable.ofType, key, field);
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = nullable.getFields();
    for (const [name, inner] of Object.entries(value)) {
      if (fields[name]) checkValue(inner, fields[name].type, `${nullable.name}.${name}`, name);
    }
  } else if (isScalarType(nullable) && TEXT_SCALARS.has(nullable.name) && typeof value === 'string') {
    checkText(value, textCapOf(key), field);
  }
}

const TEXT_SCALARS = new Set(['String', 'ID']);

function checkText(text: string, max: number, field: string): void {
  if (text.length > max)
    throw commonError('TOO_LONG', `${field} must be at most ${max} characters`, { field, params: { max } });
  if (text.includes('\u0000'))
    throw graphqlError('INVALID_TEXT', `${field} must not contain a NUL character`, { field });
  if (LONE_SURROGATE.test(text))
    throw graphqlError('INVALID_TEXT', `${field} must be valid Unicode (it has a lone surrogate)`, { field });
}
