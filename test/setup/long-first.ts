import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take far longer than the others, longest first (measured on PGlite, 2-core machine under load:
 * access matrix 250–300 s, startup 100 s, backup 90 s, bad input 55 s, crash 45 s, import limits 40 s).
 */
const LONG = [
  'test/medium/access-matrix.test.ts',
  'test/medium/startup.test.ts',
  'test/medium/backup.test.ts',
  'test/medium/bad-input.test.ts',
  'test/medium/crash.test.ts',
  'test/medium/imports-limits.test.ts',
];

const rank = (spec: TestSpecification) => {
  const i = LONG.findIndex((file) => spec.moduleId.endsWith(file));
  return i === -1 ? LONG.length : i;
};

/**
 * Vitest's own order, with the long files started first: a clean CI clone has no timings cached, so Vitest orders
 * files by size, and the access matrix (a short file) started last and kept one worker busy long after the other
 * had finished.
 */
export default class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((x) => x.spec);
  }
}
