import type { Db } from '../../db/database.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import { fiscalYearOf } from '../../domain/calendar/fiscal-year.ts';
import {
  type CommunityFundMeasure,
  type FormDefinition,
  formFields,
  type NumberField,
} from '../../domain/forms/definition.ts';
import { type AgreementKpiValue, checkValues, type FormValues } from '../../domain/forms/values.ts';
import { canonical, Dec } from '../../domain/scoring/decimal.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { roundsUnder, scoredAgreementsUnder } from '../agreements/service.ts';
import { listFunds } from '../community-funds/service.ts';

/**
 * What a follow-up takes from live data, through the owning modules' services: the community-fund register's counts
 * and amounts (seed 000's fund form, 000 L102–139) and the district's agreement KPIs with weights and current scores
 * (the KPI follow-up form, seed 000 §6.4).
 */

type Unit = { id: number; code: string; name_th: string; path: string };
type Source = { key: string; labelTh: string; asOfTh: string };

type FundReport = Awaited<ReturnType<typeof listFunds>>['report'];
type Figure = { count: number } | { baht: string; millionBaht: string };

/**
 * The register's figure for each measure the form can ask: counts by type, juristic persons, the four capital rounds
 * in the form's order (000 L114–128: allocation 2544–45, AAA bonus 2546–47, phase 2 2552–53, phase 3 2555–60) and
 * account 2's savings (000 L137–139). Every measure of the contract is held by the register.
 */
function figureOf(report: FundReport, measure: CommunityFundMeasure): Figure {
  const round = (n: number) => report.rounds[n - 1];
  const money = (amount: string | undefined, million: string | undefined) => ({
    baht: amount ?? '0',
    millionBaht: million ?? '0',
  });
  switch (measure) {
    case 'fundsTotal':
      return { count: report.total };
    case 'villageFunds':
      return { count: report.byType.village };
    case 'urbanFunds':
      return { count: report.byType.urban };
    case 'militaryFunds':
      return { count: report.byType.military };
    case 'juristicFunds':
      return { count: report.juristicPersons.registered };
    case 'round1Funds':
    case 'round2Funds':
    case 'round3Funds':
    case 'round4Funds':
      return { count: round(Number(measure[5]))?.funds ?? 0 };
    case 'round1Amount':
    case 'round2Amount':
    case 'round3Amount':
    case 'round4Amount': {
      const r = round(Number(measure[5]));
      return money(r?.amount, r?.millionBaht);
    }
    case 'savingsFunds':
      return { count: report.account2.funds };
    case 'savingsAmount':
      return money(report.account2.amount, report.account2.millionBaht);
  }
}

/** The figure in the field's own unit (the seed's form writes amounts in ล้านบาท), to its decimals, half up. */
function asFieldValue(field: NumberField, figure: Figure): string {
  const raw =
    'count' in figure
      ? String(figure.count)
      : (field.unit ?? '').includes('ล้าน')
        ? figure.millionBaht
        : figure.baht;
  return canonical(new Dec(raw).toDecimalPlaces(field.decimals, Dec.ROUND_HALF_UP));
}

const prefilledNumbers = (definition: FormDefinition) =>
  formFields(definition).filter(
    (f): f is NumberField & { prefill: NonNullable<NumberField['prefill']> } =>
      f.kind === 'number' && f.prefill !== undefined,
  );

/**
 * The district's agreement KPIs in the newest round up to the fiscal year of `date`: each selected KPI with its weight,
 * its score (0–5, four places) and level as the agreement page scores them now; null when the district has none.
 */
async function liveAgreementKpis(db: Db, unit: Unit, date: string) {
  const fiscalYear = fiscalYearOf(date);
  const round = (await roundsUnder(db, unit.path)).find((r) => r.fiscalYear <= fiscalYear);
  if (!round) return null;
  const scored = await scoredAgreementsUnder(db, round.kpiSetId, unit.path, 'province_district');
  const agreement = scored.find((a) => a.agent.code === unit.code);
  if (!agreement) return null;
  const kpis: AgreementKpiValue[] = agreement.items
    .filter((i) => i.selected)
    .map((i) => ({
      kpiId: i.kpiId,
      code: i.key,
      nameTh: i.nameTh,
      weight: i.weight,
      score: i.score === null ? null : String(i.score),
      level: i.level,
    }));
  return { round, kpis };
}

/**
 * The values with every agreementKpis field replaced by the district's live KPIs (an empty list when it has no
 * agreement up to the follow-up's fiscal year). A form without such a field is returned as it came.
 */
export async function fillAgreementKpis(
  db: Db,
  definition: FormDefinition,
  values: FormValues,
  unit: Unit,
  date: string,
): Promise<FormValues> {
  const fields = formFields(definition).filter((f) => f.kind === 'agreementKpis');
  if (fields.length === 0) return values;
  const live = await liveAgreementKpis(db, unit, date);
  const filled = { ...values };
  for (const field of fields) filled[field.key] = live?.kpis ?? [];
  return filled;
}

/**
 * The starting values of a new follow-up of a unit: register figures for the number fields that name a measure, the
 * live agreement KPIs, computed fields computed; `sources` lists only what was filled, with its as-of date in Thai.
 */
export async function prefillValues(
  db: Db,
  user: AuthUser,
  definition: FormDefinition,
  unit: Unit,
  date: string,
): Promise<{ values: FormValues; sources: Source[] }> {
  const todayTh = formatThaiDate(bangkokDateOf(new Date()));
  const raw: FormValues = {};
  const sources: Source[] = [];
  const numbers = prefilledNumbers(definition);
  if (numbers.length > 0) {
    const { report, total } = await listFunds(db, user, { unit: unit.code });
    for (const field of numbers) {
      raw[field.key] = asFieldValue(field, figureOf(report, field.prefill.measure));
      sources.push({
        key: field.key,
        labelTh: field.labelTh,
        asOfTh: `ทะเบียนกองทุนหมู่บ้านและชุมชนเมืองของ${unit.name_th} (${total} กองทุน) ณ วันที่ ${todayTh}`,
      });
    }
  }
  const kpiFields = formFields(definition).filter((f) => f.kind === 'agreementKpis');
  if (kpiFields.length > 0) {
    const live = await liveAgreementKpis(db, unit, date);
    for (const field of kpiFields) {
      raw[field.key] = live?.kpis ?? [];
      if (live)
        sources.push({
          key: field.key,
          labelTh: field.labelTh,
          asOfTh: `คำรับรองการปฏิบัติราชการ ${live.round.nameTh} คะแนน ณ วันที่ ${todayTh}`,
        });
    }
  }
  return { values: checkValues(definition, raw, { finishing: false }).values, sources };
}
