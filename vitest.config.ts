import { defineConfig } from 'vitest/config';
import LongFirst from './test/setup/long-first.ts';

export default defineConfig({
  test: {
    // Two files at a time: a browser test waits on Chromium and its server, a medium test on PostgreSQL, so on a
    // 2-core CI machine a second worker fills the idle time (the suite ran one file at a time before).
    maxWorkers: 2,
    sequence: { sequencer: LongFirst },
    projects: [
      {
        // Not isolated: a worker keeps the modules it loaded for its next file (no test mocks modules or stubs
        // globals), so a file no longer re-imports what the one before loaded: 281 s → 45 s on a loaded 2-core machine.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'], isolate: false },
      },
      {
        // Not isolated either (no medium or browser test mocks a module, stubs a global or sets process.env): a worker
        // no longer re-imports the app for each file, which took 564 s of the suite's 2,562 s on a loaded machine.
        test: {
          name: 'medium',
          isolate: false,
          include: ['test/medium/**/*.test.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page under load (CI on two cores) may take seconds to answer; a poll that waits 1 s fails spuriously.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
