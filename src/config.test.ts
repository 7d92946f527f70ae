import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('TIDTAM_DB_POOL_MAX', () => {
  it('holds 10 PostgreSQL connections an instance unless set', () => {
    expect(loadConfig({}).dbPoolMax).toBe(10);
    expect(loadConfig({ TIDTAM_DB_POOL_MAX: '4' }).dbPoolMax).toBe(4);
  });

  it('refuses a pool of no connection, a fraction or more than 100, naming the setting', () => {
    for (const value of ['0', '2.5', '101', 'ten']) {
      expect(() => loadConfig({ TIDTAM_DB_POOL_MAX: value })).toThrow(/TIDTAM_DB_POOL_MAX/);
    }
  });
});
