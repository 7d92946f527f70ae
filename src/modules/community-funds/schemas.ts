import { z } from 'zod';
import { fundTypes } from '../../db/tables/registers.ts';
import { money, searchText, unitCode, yesNo } from '../../http/fields.ts';
import { percentShape } from '../../http/percent-view.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { text } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';

/** 000 L114–128: the four rounds of government capital; phase 2 has no fixed amount per fund. */
const capitalReceipt = z.discriminatedUnion('round', [
  z.object({ round: z.enum(['government-allocation', 'rating-bonus', 'phase-3']) }),
  z.object({ round: z.literal('phase-2'), amount: money }),
]);

const fundType = z.enum(fundTypes, { message: 'ประเภทกองทุนต้องเป็น หมู่บ้าน ชุมชนเมือง หรือชุมชนทหาร' });

const fundFields = {
  name: text('ชื่อกองทุน', 300),
  type: fundType,
  juristicPerson: z.boolean().default(false),
  capital: z.array(capitalReceipt).max(4).default([]),
  savings: money.nullable().optional(),
};

/** `q` looks in the fund's name; `type` and `juristicPerson` keep the funds of that kind. */
export const fundsQuery = z.object({
  unit: unitCode,
  q: searchText.optional(),
  type: fundType.optional(),
  juristicPerson: yesNo('การเป็นนิติบุคคล').optional(),
});
export type FundsQuery = z.infer<typeof fundsQuery>;

export const newFundBody = z.object({ unitCode, ...fundFields });
export type NewFundInput = z.infer<typeof newFundBody>;

export const fundChangesBody = z.object({
  name: fundFields.name.optional(),
  type: fundFields.type.optional(),
  juristicPerson: z.boolean().optional(),
  capital: z.array(capitalReceipt).max(4).optional(),
  savings: money.nullable().optional(),
  rowVersion: rowVersionField,
});
export type FundChanges = z.infer<typeof fundChangesBody>;

export const unitExportQuery = z.object({ unit: unitCode, format: exportFormat });

const unitRef = z.object({ code: z.string(), nameTh: z.string() });

const capitalRounds = ['government-allocation', 'rating-bonus', 'phase-2', 'phase-3'] as const;

/** A fund as the register answers it; `savings` is baht as text. */
const fund = z.object({
  id: z.number(),
  unit: unitRef,
  name: z.string(),
  type: fundType,
  juristicPerson: z.boolean(),
  capital: z.array(
    z.discriminatedUnion('round', [
      z.object({ round: z.enum(['government-allocation', 'rating-bonus', 'phase-3']) }),
      z.object({ round: z.literal('phase-2'), amount: z.string() }),
    ]),
  ),
  savings: z.string().nullable(),
  rowVersion: rowVersionOut,
});

const baht = { amount: z.string(), millionBaht: z.string() };

/** The funds that match (`items`, `matched`) and the follow-up form over all the unit's funds (`report`, `total`). */
export const fundListResponse = z.object({
  items: z.array(fund),
  matched: z.number(),
  total: z.number(),
  report: z.object({
    total: z.number(),
    byType: z.object({ village: z.number(), urban: z.number(), military: z.number() }),
    juristicPersons: z.object({
      registered: z.number(),
      remaining: z.number(),
      percent: percentShape.nullable(),
      reason: z.string().nullable(),
    }),
    rounds: z.array(
      z.object({
        round: z.enum(capitalRounds),
        label: z.string(),
        years: z.string(),
        funds: z.number(),
        ...baht,
      }),
    ),
    withoutPhase3: z.array(z.string()),
    account1: z.object(baht),
    account2: z.object({ funds: z.number(), ...baht }),
  }),
});

export const fundResponse = z.object({ fund });

export const fundImportResponse = z.object({ created: z.number() });
