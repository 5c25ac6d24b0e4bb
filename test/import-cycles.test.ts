// The layering of src/: every import points down, so no module imports itself through others.
// Type-only imports count too — a cycle of types is still two modules that must change together.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Module → the modules of src/ it imports (`./x.js` is the file `./x.ts`). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.endsWith('.js')) continue;
      deps.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
    graph.set(file, deps);
  }
  return graph;
}

/** The first cycle found, as the list of modules around it, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const dep of graph.get(node) ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('imports in src/', () => {
  test('form no cycle', () => {
    const graph = importGraph(sourceFiles(src));
    assert.ok(graph.size > 50, 'every module of src/ is read');
    const cycle = findCycle(graph);
    assert.equal(cycle, null, `import cycle: ${cycle?.map((f) => relative(src, f)).join(' → ')}`);
  });

  test('the check finds a cycle and counts type-only imports, re-exports and side-effect imports', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    const c = '/x/c.ts';
    assert.deepEqual(findCycle(new Map([[a, [b]], [b, [a]]])), [a, b, a]);
    assert.deepEqual(findCycle(new Map([[a, [b]], [b, [c]], [c, []]])), null);
    const text = "import type { X } from './b.js';\nexport { y } from './c.js';\nimport './d.js';";
    const deps = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
    assert.deepEqual(deps, ['./b.js', './c.js', './d.js'], 'type-only imports, re-exports and side-effect imports are edges');
  });
});
