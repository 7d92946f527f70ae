import type { Db } from '../../db/database.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import { RegisterInputError } from '../../domain/registers/errors.ts';
import { formatBaht } from '../../domain/registers/format.ts';
import { membershipPercent } from '../../domain/registers/womens-fund.ts';
import type { MeasureContext, MeasureOutcome, MeasureUnit } from '../register-bindings/measures.ts';
import { nearestSnapshots } from './queries.ts';
import { overdueOf } from './service.ts';

const noSnapshot = (asOf: string) =>
  `ยังไม่มีข้อมูลลูกหนี้กองทุนพัฒนาบทบาทสตรีของหน่วยงานหรือจังหวัด ณ วันที่ ${formatThaiDate(asOf)} หรือก่อนหน้า`;

function guarded(compute: () => MeasureOutcome): MeasureOutcome {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RegisterInputError) return { skipped: error.message };
    throw error;
  }
}

/** KPI T3/I5's inputs per unit: B and A of the nearest debtor snapshot on or before the binding's date. */
export async function overdue(db: Db, units: MeasureUnit[], ctx: MeasureContext) {
  const snapshots = await nearestSnapshots(db, units, ctx.asOf);
  return new Map(
    units.map((unit): [string, MeasureOutcome] => {
      const s = snapshots.find((r) => r.code === unit.code);
      if (!s) return [unit.code, { skipped: noSnapshot(ctx.asOf) }];
      return [
        unit.code,
        guarded(() => {
          const debt = overdueOf(s);
          if (debt.percent.percent === null) return { skipped: debt.percent.reason };
          return {
            inputs: { overdue: debt.overdue.toFixed(), outstanding: debt.outstanding.toFixed() },
            value: debt.percent.percent.exact.toFixed(),
            note: `กองทุนพัฒนาบทบาทสตรี${s.unit_name_th} ณ วันที่ ${formatThaiDate(s.as_of)}: หนี้เกินกำหนดชำระ ${formatBaht(debt.overdue)} บาท จากลูกหนี้คงเหลือ ${formatBaht(debt.outstanding)} บาท ร้อยละ ${debt.percent.percent.text}`,
          };
        }),
      ];
    }),
  );
}

/** KPI I5b's inputs per unit: members and women aged 15+ of the nearest snapshot that has both. */
export async function membership(db: Db, units: MeasureUnit[], ctx: MeasureContext) {
  const snapshots = await nearestSnapshots(db, units, ctx.asOf);
  return new Map(
    units.map((unit): [string, MeasureOutcome] => {
      const s = snapshots.find((r) => r.code === unit.code);
      if (!s) return [unit.code, { skipped: noSnapshot(ctx.asOf) }];
      if (s.members === null || s.women_aged_15_plus === null) {
        return [
          unit.code,
          { skipped: `ข้อมูล ณ วันที่ ${formatThaiDate(s.as_of)} ยังไม่มีจำนวนสมาชิกหรือจำนวนสตรีอายุ 15 ปีขึ้นไป` },
        ];
      }
      const members = s.members;
      const women = s.women_aged_15_plus;
      return [
        unit.code,
        guarded(() => {
          const percent = membershipPercent({ members, womenAged15Plus: women });
          if (percent.percent === null) return { skipped: percent.reason };
          return {
            inputs: { members: String(members), women: String(women) },
            value: percent.percent.exact.toFixed(),
            note: `กองทุนพัฒนาบทบาทสตรี${s.unit_name_th} ณ วันที่ ${formatThaiDate(s.as_of)}: สมาชิก ${members} คน จากสตรีอายุ 15 ปีขึ้นไป ${women} คน ร้อยละ ${percent.percent.text}`,
          };
        }),
      ];
    }),
  );
}
