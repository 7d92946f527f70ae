import { describe, expect, it } from 'vitest';
import { parentsFirst } from './service.ts';

describe('the order tables are written and loaded in', () => {
  it('puts every table after the tables its foreign keys name, ignoring self-references', () => {
    const keys = [
      { table: 'users', references: 'units' },
      { table: 'units', references: 'units' },
      { table: 'sessions', references: 'users' },
      { table: 'audit_log', references: 'users' },
      { table: 'audit_log', references: 'units' },
    ];
    expect(parentsFirst(['sessions', 'audit_log', 'users', 'units', 'budget_cutoffs'], keys)).toEqual([
      'budget_cutoffs',
      'units',
      'users',
      'audit_log',
      'sessions',
    ]);
  });

  it('refuses tables whose foreign keys form a cycle', () => {
    const keys = [
      { table: 'a', references: 'b' },
      { table: 'b', references: 'a' },
    ];
    expect(() => parentsFirst(['a', 'b'], keys)).toThrow(/cycle/);
  });
});
