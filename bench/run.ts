// `npm run bench` (issue R2-6 §1): the national benches in sequence, each a child process with a time limit, their
// output printed as it comes, then one table of the figures they print beside their goals. Stops by itself.
// PostgreSQL where TEST_DATABASE_URL (or DATABASE_URL) is set, PGlite always.
// Run: npm run bench -- [--households 1000000] [--pglite-households 200000] [--import-rows N] [--quick]
//      [--only dashboards,import,deadline,org-units,import-limits]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
const quick = argv.includes('--quick');
const households = Number(arg('--households')) || (quick ? 20_000 : 1_000_000);
// PGlite is a single-threaded WASM engine: its nation defaults smaller so the whole run stays near 15 minutes.
const pgliteHouseholds = Number(arg('--pglite-households')) || (quick ? 20_000 : 200_000);
const importRows = Number(arg('--import-rows')) || (quick ? 20_000 : households);
const only = arg('--only')?.split(',');
const dir = import.meta.dirname;

type Bench = { key: string; file: string; args: string[]; minutes: number };
const benches: Bench[] = [
  {
    key: 'dashboards',
    file: 'dashboards-nation.ts',
    args: [
      '--households',
      String(households),
      '--pglite-households',
      String(pgliteHouseholds),
      '--runs',
      quick ? '5' : '30',
    ],
    minutes: quick ? 10 : 25,
  },
  {
    key: 'import',
    file: 'households-import.ts',
    args: ['--rows', String(importRows)],
    minutes: quick ? 5 : 15,
  },
  {
    key: 'deadline',
    file: 'deadline-day.ts',
    args: quick ? ['--seconds', '5', '--viewers', '200'] : [],
    minutes: quick ? 5 : 10,
  },
  { key: 'org-units', file: 'org-units.ts', args: quick ? ['--requests', '30'] : [], minutes: 5 },
  {
    key: 'import-limits',
    file: 'import-limits.ts',
    args: quick ? ['--rows', '500', '--bomb-mb', '100'] : [],
    minutes: 10,
  },
];

/** Lines worth repeating in the final table: figures against goals, baselines and ratios. */
const figureLine = /SUMMARY|goal|baseline|ratio|rows\/s|p95|RSS|×/i;

function run(bench: Bench): Promise<{ code: number | null; seconds: number; figures: string[] }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const figures: string[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(dir, bench.file), ...bench.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let rest = '';
    const onData = (chunk: Buffer, out: NodeJS.WriteStream) => {
      out.write(chunk);
      const text = rest + chunk.toString('utf8');
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (figureLine.test(line)) figures.push(line.trim());
    };
    child.stdout.on('data', (c: Buffer) => onData(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => process.stderr.write(c));
    const limit = setTimeout(() => {
      console.log(`\n[bench/run] ${bench.file} passed its ${bench.minutes} min limit: stopped`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, bench.minutes * 60_000);
    child.on('exit', (code) => {
      clearTimeout(limit);
      if (rest && figureLine.test(rest)) figures.push(rest.trim());
      resolve({ code, seconds: (performance.now() - start) / 1000, figures });
    });
  });
}

const results: { bench: Bench; code: number | null; seconds: number; figures: string[] }[] = [];
const t0 = performance.now();
for (const bench of benches) {
  if (only && !only.includes(bench.key)) continue;
  if (!fs.existsSync(path.join(dir, bench.file))) {
    console.log(`\n[bench/run] ${bench.file}: not present, skipped`);
    continue;
  }
  console.log(`\n[bench/run] ── ${bench.file} ${bench.args.join(' ')}`);
  results.push({ bench, ...(await run(bench)) });
}

console.log(
  `\n${'═'.repeat(100)}\nFigures vs goals (${((performance.now() - t0) / 60_000).toFixed(1)} min in all)`,
);
for (const r of results) {
  console.log(
    `\n■ ${r.bench.file} — exit ${r.code ?? 'killed'}, ${r.seconds.toFixed(0)} s${r.bench.args.length ? ` (${r.bench.args.join(' ')})` : ''}`,
  );
  for (const line of r.figures) console.log(`  ${line}`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
