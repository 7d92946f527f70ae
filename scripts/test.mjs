#!/usr/bin/env node
// npm test: lint, typecheck, build the web UI, then vitest. Browser tests run when Chromium is present,
// or always with TIDTAM_REQUIRE_BROWSER=1 (then a missing browser fails the run).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.TIDTAM_CHROMIUM ?? '/usr/bin/chromium';
const requireBrowser = process.env.TIDTAM_REQUIRE_BROWSER === '1';
const hasBrowser = fs.existsSync(chromium);

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (requireBrowser && !hasBrowser) {
  console.error(
    `TIDTAM_REQUIRE_BROWSER=1 but no Chromium at ${chromium}: install it with 'apt-get install chromium'.`,
  );
  process.exit(1);
}

run('npx', ['biome', 'check', '.']);
run('npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']);
run('node', ['scripts/module-cycles.mjs']);
run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
// The web's API types come from the server's OpenAPI document: a server change that breaks the web fails here.
run('npx', ['tsx', 'scripts/web-types.mjs']);
run('npx', ['tsc', '-p', 'web/tsconfig.json', '--noEmit']);
run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);

const projects = hasBrowser ? ['unit', 'medium', 'e2e'] : ['unit', 'medium'];
if (!hasBrowser) {
  console.log(
    `Browser tests not run: no Chromium at ${chromium}. Run them with 'apt-get install chromium' then 'TIDTAM_REQUIRE_BROWSER=1 npm test'.`,
  );
}
fs.mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { stdio: 'inherit' },
);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
process.exit(vitest.status ?? 1);
