#!/usr/bin/env node
// No import cycles between modules (issue R2-4 §4): dependency-cruiser refuses cycles between files; this refuses
// them between the capability folders of src/modules, where a cycle means two capabilities cannot change apart.
// Type-only imports are left out (erased before anything loads). Run by `npm run depcheck` and `npm test`.
import fs from 'node:fs';
import path from 'node:path';

const modules = path.resolve(import.meta.dirname, '../src/modules');
const valueImport = /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)'/gms;
const moduleOf = (file) => path.relative(modules, file).split(path.sep)[0];

/** module → module it imports → the first file-level import that makes the edge. */
const edges = new Map();
for (const entry of fs.readdirSync(modules, { recursive: true })) {
  const file = path.join(modules, entry);
  if (!/\.ts$/.test(file) || /\.test\.ts$/.test(file)) continue;
  for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(valueImport)) {
    const target = path.resolve(path.dirname(file), spec);
    if (!target.startsWith(modules + path.sep) || moduleOf(target) === moduleOf(file)) continue;
    const from = edges.get(moduleOf(file)) ?? new Map();
    edges.set(moduleOf(file), from);
    if (!from.has(moduleOf(target)))
      from.set(moduleOf(target), `${path.relative(modules, file)} → ${path.relative(modules, target)}`);
  }
}

// Tarjan's strongly connected components: each with more than one module is a cycle.
const index = new Map();
const low = new Map();
const stack = [];
const cycles = [];
function visit(m) {
  index.set(m, index.size);
  low.set(m, index.get(m));
  stack.push(m);
  for (const next of edges.get(m)?.keys() ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(m, Math.min(low.get(m), low.get(next)));
    } else if (stack.includes(next)) low.set(m, Math.min(low.get(m), index.get(next)));
  }
  if (low.get(m) !== index.get(m)) return;
  const component = stack.splice(stack.indexOf(m));
  if (component.length > 1) cycles.push(component);
}
for (const m of edges.keys()) if (!index.has(m)) visit(m);

if (cycles.length === 0) {
  console.log(`✔ no import cycles between the ${new Set([...edges.keys()]).size} modules of src/modules`);
} else {
  for (const component of cycles) {
    console.error(`✖ modules in a cycle: ${component.join(', ')}`);
    for (const m of component)
      for (const [next, via] of edges.get(m) ?? []) if (component.includes(next)) console.error(`    ${via}`);
  }
  process.exit(1);
}
