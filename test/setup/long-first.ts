import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take far longer than the others, longest first (measured on both engines, 2-core machine under load,
 * 7 Dec 2026: two instances 141 s, import limits 89 s, access matrix 84 s, KPI dashboards 53 s, startup ~50 s, nation
 * generator 42 s, crash 41 s, poverty counts 40 s, backup 34 s, bad input 27 s).
 */
const LONG = [
  'test/medium/two-instances.test.ts',
  'test/medium/imports-limits.test.ts',
  'test/medium/access-matrix.test.ts',
  'test/medium/dashboards-kpi.test.ts',
  'test/medium/startup.test.ts',
  'test/medium/nation-generator.test.ts',
  'test/medium/crash.test.ts',
  'test/medium/households-poverty-counts.test.ts',
  'test/medium/backup.test.ts',
  'test/medium/bad-input.test.ts',
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
