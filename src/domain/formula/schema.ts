import { z } from 'zod';
import { thaiErrors } from '../scoring/thai-issues.ts';
import { FormulaError } from './errors.ts';
import { formulaInputs, MAX_FORMULA_LENGTH, parseFormula } from './parse.ts';
import { IDENTIFIER } from './tokens.ts';

/**
 * A KPI's computable formula as JSON (KPI data files, HTTP API). Every message is Thai and starts with the
 * field it is about in Thai: "สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 2 ชื่อข้อมูล ต้องไม่เว้นว่าง".
 * {
 *   "expression": "overdue * 100 / outstanding",
 *   "inputs": [{ "id": "overdue", "labelTh": "หนี้เกินกำหนดชำระ (B)", "unit": "บาท" }, …]
 * }
 */
const ROOT = 'formula';
const thai = thaiErrors(ROOT);
const text = z.string(thai).trim().min(1, thai);

function custom(ctx: z.RefinementCtx, input: unknown, path: (string | number)[], reason: string): void {
  ctx.addIssue({ code: 'custom', input, path, params: { reason } });
}

const identifier = text.superRefine((id, ctx) => {
  if (!IDENTIFIER.test(id)) custom(ctx, id, [], 'ต้องขึ้นต้นด้วย a–z หรือ _ และมีได้เฉพาะ a–z, 0–9 และ _');
});

export const formulaInputSchema = z.strictObject(
  {
    id: identifier,
    labelTh: text,
    /** The input's name inside the formula in words ("เบิกจ่าย"); the full label when absent. */
    shortTh: text.optional(),
    labelEn: text.optional(),
    unit: text.optional(),
  },
  thai,
);

export const formulaSchema = z
  .strictObject(
    {
      expression: text.max(MAX_FORMULA_LENGTH, thai),
      inputs: z.array(formulaInputSchema, thai).min(1, thai),
    },
    thai,
  )
  .superRefine((formula, ctx) => {
    const declared = formula.inputs.map((input) => input.id);
    declared.forEach((id, index) => {
      if (declared.indexOf(id) !== index) custom(ctx, formula, ['inputs', index, 'id'], `ซ้ำ: ${id}`);
    });
    let used: string[];
    try {
      used = formulaInputs(parseFormula(formula.expression));
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      custom(ctx, formula, ['expression'], error.message);
      return;
    }
    for (const id of used.filter((name) => !declared.includes(name))) {
      custom(ctx, formula, ['inputs'], `ใช้ข้อมูล ${id} ในสูตรแต่ไม่ได้ประกาศ`);
    }
    declared.forEach((id, index) => {
      if (!used.includes(id)) custom(ctx, formula, ['inputs', index, 'id'], `ไม่ได้ใช้ในสูตร: ${id}`);
    });
  });

export type FormulaInput = z.output<typeof formulaInputSchema>;
export type Formula = z.output<typeof formulaSchema>;
