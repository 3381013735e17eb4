import {
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/** A well-typed value for an argument or variable a test does not care about (null where allowed). */
export function placeholder(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) return requiredPlaceholders(inner);
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      return 'x';
  }
}

/** An input object with a placeholder in each of its required fields. */
export function requiredPlaceholders(type: GraphQLInputType): Record<string, unknown> {
  const inner = getNullableType(type);
  if (!isInputObjectType(inner)) return {};
  return Object.fromEntries(
    Object.values(inner.getFields())
      .filter((field) => isNonNullType(field.type))
      .map((field) => [field.name, placeholder(field.type)]),
  );
}
