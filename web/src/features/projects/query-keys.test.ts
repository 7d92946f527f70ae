import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { budgetKeys } from '../budget/api';
import { projectKeys, projectsExportUrl } from './api';

describe('projectKeys', () => {
  it('keeps every filtered list under the projects key, apart from the budget register', () => {
    const list = projectKeys.list('9501', 2568, { round: '1', status: 'late' });
    expect(partialMatchKey(list, projectKeys.all)).toBe(true);
    expect(partialMatchKey(list, budgetKeys.budget)).toBe(false);
  });

  it('writes the export link with the unit code escaped', () => {
    expect(projectsExportUrl('95 01', 2568)).toBe(
      '/api/registers/projects/export.xlsx?unit=95%2001&fiscalYear=2568',
    );
  });
});
