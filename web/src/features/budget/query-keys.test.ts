import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { registerKeys } from '../registers/api';
import { budgetExportUrl, budgetKeys } from './api';

describe('budgetKeys', () => {
  it('keeps the report and the lines under the budget key, so a write refreshes both', () => {
    expect(partialMatchKey(budgetKeys.report('9501', 2568, '2025-09-30'), budgetKeys.budget)).toBe(true);
    expect(partialMatchKey(budgetKeys.lines('9501', 2568, { q: 'อบรม' }), budgetKeys.budget)).toBe(true);
    expect(partialMatchKey(budgetKeys.budget, registerKeys.all)).toBe(true);
  });

  it('writes the export link with the unit code escaped', () => {
    expect(budgetExportUrl('95 01', 2568)).toBe(
      '/api/registers/budget/export.xlsx?unit=95%2001&fiscalYear=2568',
    );
  });
});
