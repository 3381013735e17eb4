import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';
import { textCapOf } from '../src/graphql/text-limits';
import { placeholder, requiredPlaceholders } from './support/schema-values';
import { type GraphQLResult, TestApp } from './support/test-app';

/** One text (String or ID) an operation takes: an argument, or a field of an input, however deep. */
interface TextInput {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  arg: string;
  /** Builds the argument's value with `text` at this place. */
  valueWith: (text: string) => unknown;
  /** In the cap table: `Type.field.arg` or `InputType.field`. */
  key: string;
  /** The name the refusal gives. */
  name: string;
}

describe('text arguments', () => {
  let api: TestApp;
  let inputs: TextInput[];
  beforeAll(async () => {
    api = await TestApp.start();
    inputs = textInputs(api.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(() => api.stop());

  it('finds the texts of every operation, inputs included', () => {
    const keys = inputs.map((input) => input.key);
    expect(keys).toEqual(
      expect.arrayContaining(['Query.cpvCodes.search', 'OrganizationFilter.text', 'SolutionInput.title']),
    );
    expect(inputs.length).toBeGreaterThan(40);
  });

  const send = (input: TextInput, text: string) => {
    const args = input.field.args;
    const declared = args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isCompositeType(getNamedType(input.field.type)) ? '{ __typename }' : '';
    const variables = Object.fromEntries(
      args.map((arg) => [arg.name, arg.name === input.arg ? input.valueWith(text) : placeholder(arg.type)]),
    );
    return api.post(
      `${input.operation} (${declared}) { ${input.field.name}(${passed}) ${selection} }`,
      variables,
    );
  };

  /** Each refusal, for every text input, with what went wrong in it. */
  async function refusals(textFor: (input: TextInput) => string) {
    const answers: { key: string; status: number; extensions: unknown }[] = [];
    for (const input of inputs) {
      const { status, body } = await send(input, textFor(input));
      answers.push({ key: input.key, status, extensions: firstError(body) });
    }
    return answers;
  }

  it('refuses a text one character longer than its cap, naming the field and the cap', async () => {
    const answers = await refusals((input) => 'x'.repeat(textCapOf(input.key) + 1));
    expect(answers).toEqual(
      inputs.map((input) => ({
        key: input.key,
        status: 400,
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'TOO_LONG',
          field: input.name,
          params: { max: textCapOf(input.key) },
        },
      })),
    );
  });

  it.each([
    ['a NUL character', 'før\u0000etter'],
    ['a lone surrogate', 'før\uD800etter'],
    ['a lone low surrogate', '\uDC00'],
  ])('refuses a text with %s in every input, naming the field', async (_, text) => {
    const answers = await refusals(() => text);
    expect(answers).toEqual(
      inputs.map((input) => ({
        key: input.key,
        status: 400,
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT', field: input.name },
      })),
    );
  });

  it('keeps a text at its cap, with emoji (surrogate pairs), for the resolver', async () => {
    const result = await api.gql<{ cpvCodes: unknown[] }>(
      'query ($s: String!) { cpvCodes(search: $s) { code } }',
      {
        s: `${'programvare '.repeat(16)}😀`.slice(0, textCapOf('Query.cpvCodes.search')),
      },
    );
    expect(result.errors).toBeUndefined();
  });

  it('answers ten searches at their cap in one request quickly', async () => {
    const search = 'programvare tjenester '.repeat(10).slice(0, textCapOf('Query.cpvCodes.search'));
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: cpvCodes(search: $s) { code }`).join(' ');
    const started = Date.now();
    const result = await api.gql(`query ($s: String!) { ${aliases} }`, { s: search });
    expect(result.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

function firstError(body: GraphQLResult) {
  const { code, reason, field, params } = body.errors?.[0]?.extensions ?? {};
  return { code, reason, ...(field ? { field } : {}), ...(params ? { params } : {}) };
}

function textInputs(schema: GraphQLSchema): TextInput[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field) =>
      field.args.flatMap((arg) =>
        textsIn(arg.type, `${root?.name}.${field.name}.${arg.name}`, arg.name, new Set()).map((text) => ({
          operation,
          field,
          arg: arg.name,
          ...text,
        })),
      ),
    ),
  );
}

/** The texts in a value of `type`, each with the way to build the value around it. */
function textsIn(
  type: GraphQLInputType,
  key: string,
  name: string,
  seen: Set<string>,
): { key: string; name: string; valueWith: (text: string) => unknown }[] {
  const inner = getNullableType(type);
  if (isListType(inner))
    return textsIn(inner.ofType, key, name, seen).map((t) => ({
      ...t,
      valueWith: (s: string) => [t.valueWith(s)],
    }));
  if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID'))
    return [{ key, name, valueWith: (s: string) => s }];
  if (!isInputObjectType(inner) || seen.has(inner.name)) return [];
  return Object.values(inner.getFields()).flatMap((field) =>
    textsIn(field.type, `${inner.name}.${field.name}`, field.name, new Set(seen).add(inner.name)).map(
      (t) => ({
        ...t,
        valueWith: (s: string) => ({ ...requiredPlaceholders(inner), [field.name]: t.valueWith(s) }),
      }),
    ),
  );
}
