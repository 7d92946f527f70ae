import { performance } from 'node:perf_hooks';

/** One step of an import: its wall-clock seconds and the rows it handled. */
export type ImportPhase = { name: string; seconds: number; rows: number };

/**
 * The wall-clock time of an import's steps, logged when the import ends, so a slow import shows where its time went
 * (bench/households-import.ts prints them as rows/s and shares of the whole).
 */
export class ImportPhases {
  readonly list: ImportPhase[] = [];

  add(name: string, seconds: number, rows: number) {
    this.list.push({ name, seconds, rows });
  }

  async time<T>(name: string, rows: number | ((result: T) => number), fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await fn();
    this.add(name, (performance.now() - start) / 1000, typeof rows === 'number' ? rows : rows(result));
    return result;
  }
}

/** Seconds between two performance.now() readings. */
export const secondsSince = (start: number) => (performance.now() - start) / 1000;
