import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SRC = __dirname;

/** Every TypeScript file under src, tests included (a test may not close a cycle either). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level folder a file belongs to; a file directly in src is a node of its own. */
function nodeOf(file: string): string {
  const [first, ...rest] = relative(SRC, file).split(sep);
  return rest.length ? first : first.replace(/\.ts$/, '');
}

/** Edges between nodes, each with one import that makes it, from every relative import or export. */
function folderGraph(files: string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = nodeOf(resolve(dirname(file), fileName));
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(SRC, file)} imports ${fileName}`);
    }
  }
  return graph;
}

/** One cycle through each strongly connected group of nodes (Tarjan), as node names and the imports. */
function cyclesOf(graph: Map<string, Map<string, string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups.map((group) => describeCycle(graph, group));
}

/**
 * The group's folders and the shortest way from its first back to it, e.g.
 * "a, b: a → b → a (a/x.ts imports ../b/y; b/y.ts imports ../a/x)".
 */
function describeCycle(graph: Map<string, Map<string, string>>, group: string[]): string {
  const members = new Set(group);
  const [start] = [...group].sort();
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift() as string;
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!members.has(next) || previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
    if (previous.has(start)) break;
  }
  const path = [start];
  for (let node = previous.get(start) as string; node !== start; node = previous.get(node) as string)
    path.unshift(node);
  path.unshift(start);
  const reasons = path.slice(1).map((to, i) => graph.get(path[i])?.get(to));
  return `${[...members].sort().join(', ')}: ${path.join(' → ')} (${reasons.join('; ')})`;
}

describe('imports between the folders of src', () => {
  it('form no cycle', () => {
    expect(cyclesOf(folderGraph(sourceFiles(SRC)))).toEqual([]);
  });

  it('would name a cycle', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a/x.ts imports ../b/y']])],
      ['b', new Map([['a', 'b/y.ts imports ../a/x']])],
      ['c', new Map([['a', 'c/z.ts imports ../a/x']])],
    ]);
    expect(cyclesOf(graph)).toEqual(['a, b: a → b → a (a/x.ts imports ../b/y; b/y.ts imports ../a/x)']);
  });
});
