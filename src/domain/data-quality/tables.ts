import { z } from 'zod';
import {
  type Check,
  type Figure,
  figureSchema,
  type Importance,
  type ValidationRule,
  validationRuleSchema,
} from './rules.ts';

/**
 * A printed table as data: its rows and a total row, each cell a figure. A figure's id is
 * "<table>.<row key>.<column>", the total row's key is "total".
 */
export const tableSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  columns: z.record(z.string(), z.string()),
  rows: z.array(
    z.object({
      key: z.string().min(1),
      name: z.string().min(1),
      line: z.number().int().positive(),
      cells: z.record(z.string(), z.string().nullable()),
    }),
  ),
  total: z
    .object({
      name: z.string().min(1),
      line: z.number().int().positive(),
      cells: z.record(z.string(), z.string().nullable()),
    })
    .optional(),
});
export type Table = z.infer<typeof tableSchema>;

/** Checks declared on a table; each becomes one plain rule per row or column. */
export const tableCheckSchema = z.discriminatedUnion('kind', [
  /** Σ of a column over the rows = the total row ("รวม"). */
  z.object({
    kind: z.literal('column-sum'),
    table: z.string(),
    columns: z.array(z.string()).min(1),
    check: z.enum(['sum-regions', 'sum-parts', 'sum-quarters']),
    importance: z.enum(['high', 'medium', 'low']),
  }),
  /** On each row (and the total): the typed % = part ÷ whole × 100 at the printed precision. */
  z.object({
    kind: z.literal('row-percent'),
    table: z.string(),
    percent: z.string(),
    part: z.string(),
    whole: z.string(),
    /** The whole comes from the total row (a share of the total: 004 L836 "43.8" = 3,659.6 ÷ 8,362.2). */
    wholeFromTotal: z.boolean().default(false),
    importance: z.enum(['high', 'medium', 'low']),
  }),
  /** On each row (and the total): whole = Σ parts, or remaining = whole − done when `minus` is set. */
  z.object({
    kind: z.literal('row-sum'),
    table: z.string(),
    whole: z.string(),
    parts: z.array(z.string()).min(1),
    minus: z.boolean().default(false),
    check: z.enum(['sum-parts', 'sum-quarters']).default('sum-parts'),
    importance: z.enum(['high', 'medium', 'low']),
  }),
]);
export type TableCheck = z.infer<typeof tableCheckSchema>;

/** A report's figures and rules as a fixture file holds them. */
export const ruleSetFileSchema = z.object({
  seed: z.string().min(1),
  tables: z.array(tableSchema).default([]),
  figures: z.record(z.string(), figureSchema).default({}),
  tableChecks: z.array(tableCheckSchema).default([]),
  rules: z.array(validationRuleSchema).default([]),
});
export type RuleSetFile = z.infer<typeof ruleSetFileSchema>;

export function tableFigures(table: Table): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  const rows = table.total === undefined ? table.rows : [...table.rows, { ...table.total, key: 'total' }];
  for (const row of rows) {
    for (const [column, value] of Object.entries(row.cells)) {
      figures[`${table.id}.${row.key}.${column}`] = {
        value,
        label: `${table.columns[column] ?? column} ${row.name}`,
        row: table.title,
        line: row.line,
      };
    }
  }
  return figures;
}

function tableOf(tables: readonly Table[], id: string): Table {
  const table = tables.find((candidate) => candidate.id === id);
  if (table === undefined) throw new RangeError(`data-quality check names an unknown table: ${id}`);
  return table;
}

function rowKeys(table: Table): string[] {
  return table.total === undefined
    ? table.rows.map((row) => row.key)
    : [...table.rows.map((row) => row.key), 'total'];
}

const MESSAGES = {
  columnSum: '{rightLabel} ในตาราง {row} พิมพ์ไว้ {right} แต่รวมทุกแถวได้ {left} (ต่างกัน {difference})',
  rowPercent: '{leftLabel} ในตาราง {row} พิมพ์ไว้ร้อยละ {left} แต่คำนวณได้ร้อยละ {right}',
  rowSum: '{leftLabel} ในตาราง {row} พิมพ์ไว้ {left} แต่คำนวณจากแถวเดียวกันได้ {right} (ต่างกัน {difference})',
};

function rulesOf(tables: readonly Table[], check: TableCheck): ValidationRule[] {
  const table = tableOf(tables, check.table);
  const id = (row: string, column: string) => `${table.id}.${row}.${column}`;
  const importance: Importance = check.importance;
  switch (check.kind) {
    case 'column-sum':
      return check.columns.map((column) => ({
        id: `${table.id}.sum.${column}`,
        check: check.check as Check,
        importance,
        kind: 'compare',
        left: { sum: table.rows.map((row) => id(row.key, column)) },
        operator: 'eq',
        right: { figure: id('total', column) },
        message: MESSAGES.columnSum,
      }));
    case 'row-percent':
      return rowKeys(table).map((row) => ({
        id: `${table.id}.${row}.percent`,
        check: 'printed-percent',
        importance,
        kind: 'printed-percent',
        printed: id(row, check.percent),
        part: { figure: id(row, check.part) },
        whole: { figure: id(check.wholeFromTotal ? 'total' : row, check.whole) },
        message: MESSAGES.rowPercent,
      }));
    case 'row-sum':
      return rowKeys(table).map((row) => {
        const [first = '', second = ''] = check.parts;
        return {
          id: `${table.id}.${row}.${check.whole}`,
          check: check.check,
          importance,
          kind: 'compare',
          left: { figure: id(row, check.whole) },
          operator: 'eq',
          right: check.minus
            ? { minus: [id(row, first), id(row, second)] }
            : { sum: check.parts.map((part) => id(row, part)) },
          message: MESSAGES.rowSum,
        };
      });
  }
}

/** The figures and the full rule list of a rule-set file: its tables' figures and checks, then its own. */
export function expandRuleSet(file: RuleSetFile): {
  figures: Record<string, Figure>;
  rules: ValidationRule[];
} {
  const figures = Object.assign({}, ...file.tables.map(tableFigures), file.figures) as Record<string, Figure>;
  const rules = [...file.tableChecks.flatMap((check) => rulesOf(file.tables, check)), ...file.rules];
  return { figures, rules };
}
