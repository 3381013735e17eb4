import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isUnionType,
} from 'graphql';
import { TestApp, type TestUser } from './support/test-app';
import { type WebOperation, webOperations } from './support/web-operations';

/** Reproduce a failure with FUZZ_SEED=<seed printed by the failing run>. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = Number(process.env.FUZZ_CASES ?? 1500);
const AT_ONCE = 6;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof generator>;

const ODD_NUMBERS = [
  0,
  -1,
  1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  1e20,
  1.5,
  Number.MAX_SAFE_INTEGER,
  1e308,
];
const ODD_TEXTS = [
  '',
  ' ',
  'x',
  '\u0000',
  '\uD800',
  '😀',
  "'; DROP TABLE users; --",
  '%',
  '_',
  '\\',
  '<script>',
  'å'.repeat(3000),
];
const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '...',
  '@include(if: true)',
  '"',
  '\\u0000',
  'query',
  'fragment',
  ',',
  '!',
  '#',
  '\n',
  'on',
  '__typename',
  '"""',
];

/** A random string, often awkward. */
function randomText(r: Random): string {
  if (r.chance(0.4)) return r.pick(ODD_TEXTS);
  return Array.from({ length: r.int(20) }, () =>
    String.fromCharCode(r.chance(0.9) ? 32 + r.int(95) : r.int(0xffff)),
  ).join('');
}

/** A JSON value of about the right type for `type`, or of a wrong one. */
function randomValue(r: Random, type: GraphQLInputType, depth = 0): unknown {
  if (r.chance(0.1) || depth > 4) return r.pick([null, r.pick(ODD_NUMBERS), randomText(r), [], {}, true]);
  const inner = getNullableType(type);
  if (isListType(inner))
    return Array.from({ length: r.int(4) }, () => randomValue(r, inner.ofType, depth + 1));
  if (isEnumType(inner)) return r.chance(0.8) ? r.pick(inner.getValues()).value : randomText(r);
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) || r.chance(0.5))
        .map((field) => [r.chance(0.05) ? randomText(r) : field.name, randomValue(r, field.type, depth + 1)]),
    );
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return r.chance(0.5) ? r.int(200) - 50 : r.pick(ODD_NUMBERS);
    case 'Boolean':
      return r.chance(0.5);
    case 'ID':
      return r.chance(0.6) ? crypto.randomUUID() : randomText(r);
    case 'DateTime':
      return r.chance(0.6) ? new Date(Date.now() + (r.next() - 0.3) * 1e10).toISOString() : randomText(r);
    default:
      return randomText(r);
  }
}

/** A random selection of `type`'s fields, with random arguments passed as variables. */
function randomSelection(r: Random, type: GraphQLNamedType, vars: Variables, depth: number): string {
  if (!isCompositeType(type)) return '';
  if (isUnionType(type) || depth > 5)
    return `{ __typename ${
      isUnionType(type)
        ? type
            .getTypes()
            .map((t) => `... on ${t.name} { __typename }`)
            .join(' ')
        : ''
    } }`;
  const fields = Object.values(type.getFields());
  const chosen = Array.from({ length: 1 + r.int(4) }, () => r.pick(fields));
  return `{ ${chosen.map((field, i) => `${r.chance(0.2) ? `a${i}: ` : ''}${randomField(r, field, vars, depth)}`).join(' ')} }`;
}

interface Variables {
  declared: string[];
  values: Record<string, unknown>;
}

function randomField(
  r: Random,
  field: GraphQLField<unknown, unknown>,
  vars: Variables,
  depth: number,
): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) || r.chance(0.5))
    .map((arg) => {
      const name = `v${vars.declared.length}`;
      vars.declared.push(`$${name}: ${r.chance(0.05) ? 'String' : arg.type}`);
      vars.values[name] = randomValue(r, arg.type);
      return `${arg.name}: $${name}`;
    });
  const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
  return `${call} ${randomSelection(r, getNamedType(field.type), vars, depth + 1)}`;
}

function schemaDocument(r: Random, schema: GraphQLSchema) {
  const mutation = r.chance(0.3);
  const root = (mutation ? schema.getMutationType() : schema.getQueryType()) as GraphQLNamedType;
  const vars: Variables = { declared: [], values: {} };
  const selection = randomSelection(r, root, vars, 0);
  const declared = vars.declared.length ? `(${vars.declared.join(', ')})` : '';
  return { query: `${mutation ? 'mutation' : 'query'} ${declared} ${selection}`, variables: vars.values };
}

/** A web document with a few random edits: cut, doubled, or stray tokens and bytes. */
function mutatedWebDocument(r: Random, operations: WebOperation[]) {
  let query = r.pick(operations).source;
  for (let edits = 1 + r.int(3); edits > 0; edits--) {
    const at = r.int(query.length);
    const span = 1 + r.int(20);
    const edit = r.int(4);
    if (edit === 0) query = query.slice(0, at) + query.slice(at + span);
    else if (edit === 1)
      query = query.slice(0, at) + query.slice(at, at + span).repeat(2 + r.int(5)) + query.slice(at);
    else if (edit === 2) query = `${query.slice(0, at)} ${r.pick(TOKENS)} ${query.slice(at)}`;
    else query = query.slice(0, at) + randomText(r) + query.slice(at);
  }
  return {
    query,
    variables: r.chance(0.5) ? { id: randomText(r), limit: r.pick(ODD_NUMBERS), text: randomText(r) } : {},
  };
}

/** Nesting, repetition and bytes no client sends. */
function hostileDocument(r: Random) {
  const depth = 1 + r.int(400);
  const kinds = [
    () => `{ ${'solutions { items { adoptions { solution { '.repeat(depth)}id${' } } } }'.repeat(depth)} }`,
    () => `{ ${'a'.repeat(r.int(100_000))} }`,
    () => `{ cpvCodes(search: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { code } }`,
    () => `{ ${Array.from({ length: r.int(2000) }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    () => `query ($v: [[[[String]]]]) { cpvCodes(search: $v) { code } }`,
    () => Buffer.from(Array.from({ length: r.int(500) }, () => r.int(256))).toString('latin1'),
    () => `{ solutions(limit: ${r.pick(ODD_NUMBERS)}, offset: ${r.pick(ODD_NUMBERS)}) { totalCount } }`,
  ];
  return { query: r.pick(kinds)(), variables: { v: nested(depth) } };
}

const nested = (depth: number): unknown => (depth === 0 ? 'x' : [nested(depth - 1)]);

/** A request whose body is not a GraphQL request at all. */
function oddBody(r: Random): string {
  return r.pick([
    '',
    'null',
    '[]',
    '{"query": 5}',
    '{"query": "{ __typename }", "variables": "x"}',
    '{"query": "{ __typename }", "operationName": 7}',
    '{"query": ["{ __typename }"]}',
    `{"query": "{ __typename }", "variables": ${JSON.stringify(nested(r.int(3000)))}}`,
    '{"query":',
    randomText(r),
  ]);
}

describe(`fuzzing /graphql (seed ${SEED}; reproduce with FUZZ_SEED=${SEED})`, () => {
  let api: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    api = await TestApp.start();
    user = await api.createMember();
    console.log(`Fuzz seed ${SEED}, ${CASES} cases`);
  });
  afterAll(() => api.stop());

  it('answers every random and mutated request with data or an error code, never a 500', async () => {
    const r = generator(SEED);
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = webOperations();
    const failures: string[] = [];
    const send = async (index: number) => {
      const token = r.chance(0.5) ? user.token : undefined;
      const roll = r.next();
      const body =
        roll < 0.05
          ? oddBody(r)
          : JSON.stringify(
              roll < 0.5
                ? schemaDocument(r, schema)
                : roll < 0.9
                  ? mutatedWebDocument(r, operations)
                  : hostileDocument(r),
            );
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      const text = await response.text();
      const problem = problemOf(response.status, text, roll < 0.05);
      if (problem)
        failures.push(
          `case ${index} (seed ${SEED}): ${problem}\n  sent: ${body.slice(0, 400)}\n  got: ${text.slice(0, 400)}`,
        );
    };
    // A few at a time, in a fixed order of generation, so a seed reproduces the same requests.
    for (let index = 0; index < CASES; index += AT_ONCE) {
      const batch = Array.from({ length: AT_ONCE }, (_, offset) => index + offset).filter((i) => i < CASES);
      await Promise.all(batch.map((i) => send(i)));
    }
    expect(failures.slice(0, 10)).toEqual([]);
    const after = await api.gql<{ serviceAreas: unknown[] }>('{ serviceAreas { id } }');
    expect(after.data?.serviceAreas.length).toBeGreaterThan(0);
  }, 240_000);
});

/** What is wrong with an answer, or null: GraphQL answers carry data or errors that each have a code. */
function problemOf(status: number, text: string, oddBody: boolean): string | null {
  if (status >= 500) return `HTTP ${status}`;
  let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return oddBody && status === 400 ? null : `not JSON (HTTP ${status})`;
  }
  if (oddBody && status === 400 && !('errors' in body)) return null;
  const codes = (body.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (codes.some((code) => !code)) return 'an error without a code';
  if (!body.errors?.length && body.data === undefined) return 'neither data nor errors';
  return null;
}
