#!/usr/bin/env node
// npm start: build what changed since the last start, then run the server from plain JavaScript in this process.
// The web UI (vite, into web/dist) and the server (tsc, src → build/, same folder depth so data/ paths hold) are
// each rebuilt only when the sha256 of their sources differs from the one kept beside the last build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(entry, skip) {
  const full = path.join(root, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((d) => !skip.includes(path.join(entry, d.name)))
    .flatMap((d) => filesUnder(path.join(entry, d.name), skip));
}

/** One hash over the names and contents of everything a build is made from. */
function sourcesHash(sources, skip = []) {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((s) => filesUnder(s, skip)).sort()) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

function buildIfChanged({ what, sources, skip, output, entry, command }) {
  const stamp = path.join(root, output, '.sources-sha256');
  const wanted = sourcesHash(sources, skip);
  const built = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : null;
  if (built === wanted && fs.existsSync(path.join(root, output, entry))) return;
  console.log(what);
  const result = spawnSync('npx', command, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, wanted);
}

buildIfChanged({
  what: 'สร้างหน้าเว็บใหม่ (building the web UI)…',
  sources: ['web', 'package-lock.json'],
  // The generated API types (scripts/web-types.mjs) are imported as types only: the build neither reads nor needs them.
  skip: ['web/dist', 'web/src/shared/api/openapi.gen.ts'],
  output: 'web/dist',
  entry: 'index.html',
  command: ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
});
buildIfChanged({
  what: 'คอมไพล์เซิร์ฟเวอร์ใหม่ (compiling the server)…',
  sources: ['src', 'package-lock.json', 'tsconfig.json', 'tsconfig.server.json'],
  output: 'build',
  entry: 'server.js',
  command: ['tsc', '-p', 'tsconfig.server.json'],
});
await import('../build/server.js');
