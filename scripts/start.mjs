#!/usr/bin/env node
// npm start: build the web UI only when its sources changed since the last build, then run the server in this
// process (tsx's loader registered here, not a second node process). A warm start is the server's own start-up.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { register } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'web/dist');
const stamp = path.join(dist, '.sources-sha256');
const sources = ['web', 'package-lock.json'];

function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => !(entry === 'web' && d.name === 'dist'))
    .flatMap((d) => filesUnder(path.join(entry, d.name)));
}

/** One hash over the names and contents of everything the bundle is built from. */
function sourcesHash() {
  const hash = createHash('sha256');
  for (const file of sources.flatMap(filesUnder).sort()) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

const wanted = sourcesHash();
const built = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : null;
if (built !== wanted || !fs.existsSync(path.join(dist, 'index.html'))) {
  console.log('สร้างหน้าเว็บใหม่ (building the web UI)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, wanted);
}

register();
await import('../src/server.ts');
