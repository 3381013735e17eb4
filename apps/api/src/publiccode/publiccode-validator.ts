import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
  Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { publiccodeError } from './publiccode.errors';
import type { Check } from './publiccode-checks';
import type { DictionaryRule, ListRule, MappingRule, Rule } from './publiccode-rules';
import { PUBLICCODE_RULES } from './publiccode-rules';
import { CURRENT_VERSION, LATEST_VERSIONS, SUPPORTED_VERSIONS } from './publiccode-vocabulary';

export type ProblemSeverityValue = 'ERROR' | 'WARNING';

/** One thing wrong with a publiccode.yml, where the parser would say it is. */
export interface PubliccodeProblemValue {
  severity: ProblemSeverityValue;
  /** The key path, e.g. "maintenance.contacts[0].email"; "" for the file as a whole. */
  key: string;
  message: string;
  line: number | null;
  column: number | null;
}

export interface PubliccodeValidation {
  problems: PubliccodeProblemValue[];
  /** The file as plain data, when no problem is an ERROR. */
  data: Record<string, unknown> | null;
}

/** Far beyond any real publiccode.yml (the largest in the wild are around 20 KB). */
export const MAX_PUBLICCODE_BYTES = 256 * 1024;
/** Values visited, aliases followed: a bound on the work one file can cause. */
const MAX_VALUES = 20_000;
const MAX_ALIASES = 100;

class TooManyValues extends Error {}

/**
 * Validates a publiccode.yml as italia/publiccode-parser-go does with its network checks disabled:
 * YAML 1.2 core schema (so `yes` is a string), one document, the version first, then every key.
 */
export function validatePubliccode(text: string): PubliccodeValidation {
  if (Buffer.byteLength(text, 'utf8') > MAX_PUBLICCODE_BYTES)
    throw publiccodeError(
      'PUBLICCODE_TOO_LARGE',
      `yaml must be at most ${MAX_PUBLICCODE_BYTES} bytes; a publiccode.yml is far smaller`,
      { field: 'yaml', params: { max: MAX_PUBLICCODE_BYTES } },
    );
  return new Validation(text.replace(/^\uFEFF/, '')).run();
}

/** The bytes of a file: they must be UTF-8 before anything else is looked at. */
export function validatePubliccodeBytes(bytes: Uint8Array): PubliccodeValidation {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [fileProblem('Invalid UTF-8')], data: null };
  }
  return validatePubliccode(text);
}

function fileProblem(message: string, line: number | null = null, column: number | null = null) {
  return { severity: 'ERROR' as const, key: '', message, line, column };
}

class Validation {
  private readonly lines = new LineCounter();
  private readonly problems: PubliccodeProblemValue[] = [];
  private document!: Document.Parsed;
  private visited = 0;

  constructor(private readonly text: string) {}

  run(): PubliccodeValidation {
    const root = this.parse();
    if (root === null) return { problems: this.problems, data: null };
    try {
      if (this.checkVersion(root)) this.mapping(PUBLICCODE_RULES, root, '', null);
    } catch (error) {
      if (!(error instanceof TooManyValues)) throw error;
      this.problems.push(fileProblem(`The file holds more than ${MAX_VALUES} values`));
    }
    const failed = this.problems.some((problem) => problem.severity === 'ERROR');
    return { problems: this.problems, data: failed ? null : this.data() };
  }

  private data(): Record<string, unknown> | null {
    try {
      return this.document.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      this.problems.push(fileProblem(`The file repeats its anchors more than ${MAX_ALIASES} times`));
      return null;
    }
  }

  private parse(): YAMLMap | null {
    let documents: Document.Parsed[];
    try {
      documents = parseAllDocuments(this.text, {
        version: '1.2',
        schema: 'core',
        uniqueKeys: true,
        strict: true,
        prettyErrors: false,
        lineCounter: this.lines,
      }) as Document.Parsed[];
    } catch (error) {
      // Deep nesting can exhaust the parser's stack: a refusal, never a crash.
      if (!(error instanceof RangeError)) throw error;
      this.problems.push(fileProblem('The file is nested too deeply to be a publiccode.yml'));
      return null;
    }
    if (!Array.isArray(documents) || documents.length !== 1) {
      this.problems.push(
        fileProblem(
          documents.length === 0 ? 'The file is empty' : 'A publiccode.yml holds exactly one YAML document',
        ),
      );
      return null;
    }
    this.document = documents[0];
    for (const error of this.document.errors) {
      const { line, col } = this.lines.linePos(error.pos[0]);
      this.problems.push(fileProblem(error.message.split('\n')[0], line, col));
    }
    if (this.document.errors.length) return null;
    const contents = this.document.contents;
    if (!isMap(contents)) {
      this.problems.push(fileProblem('A publiccode.yml is a mapping of keys to values', 1, 1));
      return null;
    }
    return contents;
  }

  /** The version decides how the rest is read: without a supported one nothing else is checked. */
  private checkVersion(root: YAMLMap): boolean {
    const pair = root.items.find((item) => keyOf(item) === 'publiccodeYmlVersion');
    const node = pair && this.resolve(pair.value as Node | null);
    if (!pair || node === null) {
      this.error('publiccodeYmlVersion', 'publiccodeYmlVersion is a required field', null);
      return false;
    }
    const at = pair.key as Node;
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.error(
        'publiccodeYmlVersion',
        `publiccodeYmlVersion must be a quoted string, e.g. "${CURRENT_VERSION}"`,
        at,
      );
      return false;
    }
    const version = node.value;
    if (!(SUPPORTED_VERSIONS as readonly string[]).includes(version)) {
      this.error(
        'publiccodeYmlVersion',
        `unsupported version: '${version}'. Supported versions: ${SUPPORTED_VERSIONS.join(', ')}`,
        at,
      );
      return false;
    }
    if (!LATEST_VERSIONS.includes(version))
      this.warn(
        'publiccodeYmlVersion',
        `v${version} is not the latest version, use '${CURRENT_VERSION}'. Parsing this file as v0.7.`,
        at,
      );
    return true;
  }

  private value(rule: Rule, node: Node, key: string, at: Node): void {
    if (!this.fits(rule, node)) this.wrongType(key, at);
    else if (rule.kind === 'text') this.textValue(rule.checks ?? [], node as Scalar, key, at, rule.required);
    else if (rule.kind === 'list') this.list(rule, node as YAMLSeq, key, at);
    else if (rule.kind === 'mapping') this.mapping(rule, node as YAMLMap, key, at);
    else if (rule.kind === 'dictionary') this.dictionary(rule, node as YAMLMap, key, at);
    else if (rule.kind === 'textOrList' && isSeq(node))
      this.items({ kind: 'text', checks: rule.checks }, node.items, key);
    else if (rule.kind === 'textOrList') this.textValue(rule.checks, node as Scalar, `${key}[0]`, at);
  }

  /** Whether the node is of the kind the rule wants: any scalar for text, true or false for a boolean. */
  private fits(rule: Rule, node: Node): boolean {
    const scalarText = isScalar(node) && !(node.value instanceof Object);
    switch (rule.kind) {
      case 'text':
        return scalarText;
      case 'boolean':
        return isScalar(node) && typeof node.value === 'boolean';
      case 'list':
        return isSeq(node);
      case 'mapping':
      case 'dictionary':
        return isMap(node);
      case 'textOrList':
        return scalarText || isSeq(node);
    }
  }

  private textValue(checks: Check[], node: Scalar, key: string, at: Node, required = false): void {
    // Like the parser's decoder, any scalar reads as its text ("1.0" stays "1.0").
    const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
    if (text === '') {
      if (required) this.error(key, `${lastName(key)} is a required field`, at);
      return;
    }
    for (const check of checks) {
      const verdict = check(text, key);
      if (verdict && 'error' in verdict) this.error(key, verdict.error, at);
      else if (verdict) this.warn(key, verdict.warning, at);
    }
  }

  private list(rule: ListRule, node: YAMLSeq, key: string, at: Node): void {
    if (rule.nonEmpty && node.items.length === 0)
      this.error(key, `${lastName(key)} must contain more than 0 items`, at);
    this.items(rule.of, node.items, key);
  }

  private items(rule: Rule, items: unknown[], key: string): void {
    for (const [i, item] of items.entries()) {
      const node = this.resolve(item as Node | null);
      const itemKey = `${key}[${i}]`;
      if (node === null) this.error(itemKey, `${lastName(itemKey)} must not be empty`, item as Node);
      else this.value(rule, node, itemKey, item as Node);
    }
  }

  private mapping(rule: MappingRule, node: YAMLMap, key: string, at: Node | null): void {
    const present = new Map<string, Pair>();
    for (const pair of node.items) {
      const name = keyOf(pair);
      const pairKey = join(key, name ?? '');
      if (name === null || !(name in rule.keys)) {
        this.error(pairKey, `unknown field "${name ?? String(pair.key)}"`, pair.key as Node);
        continue;
      }
      if (this.resolve(pair.value as Node | null) !== null) present.set(name, pair);
    }
    const textOf = (name: string) => {
      const value = this.resolve(present.get(name)?.value as Node | null);
      return isScalar(value) && typeof value.value === 'string' ? value.value : null;
    };
    // A key refused as a whole (contractors where type is not contract) is not looked into, as the parser does.
    const refused = new Set<string>();
    for (const problem of rule.across?.((name) => present.has(name), textOf) ?? []) {
      this.error(join(key, problem.key), problem.message, (present.get(problem.key)?.key as Node) ?? at);
      refused.add(problem.key);
    }
    for (const [name, child] of Object.entries(rule.keys)) {
      const pair = present.get(name);
      if (refused.has(name)) continue;
      const childKey = join(key, name);
      if (!pair) {
        if (child.required) this.error(childKey, `${name} is a required field`, at);
        continue;
      }
      if (child.deprecated) this.warn(childKey, child.deprecated, pair.key as Node);
      this.value(child, this.resolve(pair.value as Node) as Node, childKey, pair.key as Node);
    }
    if (key === '' && present.has('IT') && present.has('it'))
      this.error('it', "'IT' key already present. Remove this key", present.get('it')?.key as Node);
  }

  private dictionary(rule: DictionaryRule, node: YAMLMap, key: string, at: Node): void {
    if (rule.nonEmpty && node.items.length === 0)
      this.error(key, `${lastName(key)} must contain more than 0 items`, at);
    for (const pair of node.items) {
      const name = keyOf(pair);
      const problem = name === null ? 'wrong type for this field' : rule.keyCheck(name);
      if (problem) {
        this.error(key, problem, pair.key as Node);
        continue;
      }
      const value = this.resolve(pair.value as Node | null);
      const childKey = join(key, name as string);
      if (value === null) this.error(childKey, `${name} must not be empty`, pair.key as Node);
      else this.value(rule.of, value, childKey, pair.key as Node);
    }
  }

  /** An alias is followed to its anchor; a null value is no value. Every step counts against the budget. */
  private resolve(node: Node | null | undefined): Node | null {
    if (++this.visited > MAX_VALUES) throw new TooManyValues();
    let current = node ?? null;
    for (let hops = 0; isAlias(current); hops++) {
      if (hops > MAX_ALIASES) throw new TooManyValues();
      current = (current.resolve(this.document) as Node | undefined) ?? null;
    }
    return isScalar(current) && current.value === null ? null : current;
  }

  private wrongType(key: string, at: Node): void {
    this.error(key, 'wrong type for this field', at);
  }

  private error(key: string, message: string, at: Node | null): void {
    this.problems.push({ severity: 'ERROR', key, message, ...this.position(at) });
  }

  private warn(key: string, message: string, at: Node | null): void {
    this.problems.push({ severity: 'WARNING', key, message, ...this.position(at) });
  }

  private position(node: Node | null): { line: number | null; column: number | null } {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function keyOf(pair: Pair): string | null {
  const key = pair.key;
  return key instanceof Scalar && typeof key.value === 'string' ? key.value : null;
}

const join = (parent: string, name: string) => (parent ? `${parent}.${name}` : name);
const lastName = (key: string) => key.slice(key.lastIndexOf('.') + 1);
