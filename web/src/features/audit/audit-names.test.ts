import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/language';
import { knownMessageKey } from '../../shared/i18n/optional-message';
import { actionKey, auditActions, auditEntities, entityKey } from './audit-names';

const serverSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The body of each recordAudit(…) or auditAlongside(…) call in a file, up to its closing parenthesis. */
function auditCalls(text: string): string[] {
  return [...text.matchAll(/\b(?:recordAudit|auditAlongside)\(/g)].map((m) => {
    let depth = 0;
    let end = m.index + m[0].length - 1;
    do {
      if (text[end] === '(') depth += 1;
      if (text[end] === ')') depth -= 1;
      end += 1;
    } while (depth > 0 && end < text.length);
    return text.slice(m.index, end);
  });
}

const quoted = (expression: string) => [...expression.matchAll(/'([a-z_]+)'/g)].map((m) => m[1] as string);

/** What the server records: entity names (in calls and in the register importers that pass theirs on) and actions. */
function recorded() {
  const files = sourceFiles(serverSource).map((file) => fs.readFileSync(file, 'utf8'));
  const entities = new Set<string>();
  const actions = new Set<string>();
  const submissionActions = /export type SubmissionAction = ([^;]+);/.exec(
    fs.readFileSync(path.join(serverSource, 'db/tables/reports.ts'), 'utf8'),
  );
  for (const text of files) {
    for (const m of text.matchAll(/\bentity: '([a-z_]+)'/g)) entities.add(m[1] as string);
    for (const call of auditCalls(text)) {
      for (const m of call.matchAll(/\baction: ([^\n]+)/g))
        for (const a of quoted(m[1] as string)) actions.add(a);
      // `action,` shorthand: the review step of a district report (reports/submissions.ts), a SubmissionAction.
      if (/\baction,/.test(call)) for (const a of quoted(submissionActions?.[1] ?? '')) actions.add(a);
    }
  }
  return { entities: [...entities].sort(), actions: [...actions].sort() };
}

const thai = /[\u0E00-\u0E7F]/;

describe('audit log names', () => {
  const found = recorded();

  it('finds what the server records (the scan itself works)', () => {
    expect(found.entities).toEqual(expect.arrayContaining(['kpi_result', 'kpi_set', 'demo', 'submission']));
    expect(found.actions).toEqual(expect.arrayContaining(['create', 'login', 'approve', 'return']));
  });

  it('names every entity the server records in Thai and in English, never by its code name', () => {
    const unnamed = found.entities.filter((entity) => knownMessageKey(`entity.${entity}`) === undefined);
    expect(unnamed).toEqual([]);
    for (const entity of found.entities) {
      const key = entityKey(entity);
      expect(translate(key, 'th'), entity).toMatch(thai);
      expect(translate(key, 'en'), entity).not.toBe(entity);
    }
    expect([...auditEntities].sort()).toEqual(found.entities);
  });

  it('names every action the server records, and lists each in the filter', () => {
    const unnamed = found.actions.filter((action) => knownMessageKey(`action.${action}`) === undefined);
    expect(unnamed).toEqual([]);
    for (const action of found.actions) expect(translate(actionKey(action), 'th'), action).toMatch(thai);
    expect([...auditActions].sort()).toEqual(found.actions);
  });

  it('calls a name the UI does not know "another record", not by the code the server used', () => {
    expect(translate(entityKey('some_new_table'), 'th')).toBe('รายการอื่นของระบบ');
    expect(translate(actionKey('archive'), 'th')).toBe('การกระทำอื่น');
  });
});
