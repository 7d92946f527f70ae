import { useSearchParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { formatMoney } from '../../../shared/i18n/money';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { BudgetCurveChart } from '../components/budget-curve';
import { HouseholdProgressChart } from '../components/household-progress';
import {
  type BudgetDashboard,
  type HouseholdsDashboard,
  useBudgetDashboard,
  useHouseholdsDashboard,
} from '../registers-api';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);
const yearParam = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);
const num = (v: number) => d(new Intl.NumberFormat('th-TH').format(v));

function BudgetSheet({ data }: { data: BudgetDashboard }) {
  return (
    <>
      <h3>
        {th('dreg.budget')} {th('dreg.fiscalYear')} {d(data.fiscalYear)}
      </h3>
      <p>{d(th('dreg.asOf', { date: data.asOfTh }))}</p>
      {data.months.length === 0 ? (
        <p>
          {d(
            data.returnCutoff === null
              ? th('dreg.noCutoff', { year: data.fiscalYear })
              : th('dreg.noEvents', { year: data.fiscalYear }),
          )}
        </p>
      ) : (
        <>
          <div style={{ width: '17cm' }}>
            <BudgetCurveChart data={data} />
          </div>
          {data.plan?.demo && <p>{th('dreg.planDemo')}</p>}
          <table className="print-table print-table-small" data-testid="dreg-print-budget">
            <thead>
              <tr>
                <th>{th('dreg.month')}</th>
                <th>{th('dreg.base')}</th>
                <th>{th('dreg.spent')}</th>
                <th>{th('dreg.spentPercent')}</th>
                <th>{th('dreg.planPercent')}</th>
                <th>{th('dreg.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m) => (
                <tr key={m.month}>
                  <td>{d(m.monthLabelTh)}</td>
                  <td className="num">{d(formatMoney(m.base))}</td>
                  <td className="num">{d(formatMoney(m.spent))}</td>
                  <td className="num">{d(m.percent ?? '—')}</td>
                  <td className="num">{m.quarterEnd ? d(m.plan ?? '—') : ''}</td>
                  <td className="num">{d(m.gap ?? '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.areas.length > 0 && (
            <table className="print-table print-table-small">
              <thead>
                <tr>
                  <th>{th('dreg.province')}</th>
                  <th>{th('dreg.spent')}</th>
                  <th>{th('dreg.percentAsOf')}</th>
                  <th>{th('dreg.planPercent')}</th>
                  <th>{th('dreg.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {data.areas.map((a) => (
                  <tr key={a.code}>
                    <td>{a.nameTh}</td>
                    <td className="num">{d(formatMoney(a.spent))}</td>
                    <td className="num">{d(a.percent ?? '—')}</td>
                    <td className="num">{d(a.plan ?? '—')}</td>
                    <td className="num">{d(a.gap ?? '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}

function HouseholdsSheet({ data }: { data: HouseholdsDashboard }) {
  return (
    <>
      <h3>
        {th('dreg.households')} {th('dreg.surveyYear')} {d(data.surveyYear)}
      </h3>
      {data.totals.households === 0 ? (
        <p>{th('dreg.noHouseholds')}</p>
      ) : (
        <>
          <div style={{ width: '17cm' }}>
            <HouseholdProgressChart data={data} />
          </div>
          <table className="print-table print-table-small" data-testid="dreg-print-households">
            <thead>
              <tr>
                <th>{th('dreg.byArea')}</th>
                <th>{th('dreg.registered')}</th>
                {data.statuses.map((s) => (
                  <th key={s.key}>{s.labelTh}</th>
                ))}
                <th>{th('dreg.plannedNow')}</th>
                <th>{th('dreg.activeNow')}</th>
              </tr>
            </thead>
            <tbody>
              {[...data.areas, { code: '', nameTh: th('dreg.total'), ...data.totals }].map((a) => (
                <tr key={a.code || 'total'}>
                  <td>{a.nameTh}</td>
                  <td className="num">{num(a.households)}</td>
                  {data.statuses.map((s) => (
                    <td key={s.key} className="num">
                      {num(a.byStatus[s.key] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{num(a.planned)}</td>
                  <td className="num">{num(a.active)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{th('dreg.households.note')}</p>
        </>
      )}
    </>
  );
}

/** /print/dashboards/registers?unit=95&fiscalYear=2568&surveyYear=2568: both sections on A4, Thai digits. */
export function RegistersDashboardPrintPage() {
  const [params] = useSearchParams();
  const unit = params.get('unit') || null;
  const budget = useBudgetDashboard(unit, yearParam(params.get('fiscalYear')));
  const households = useHouseholdsDashboard(unit, yearParam(params.get('surveyYear')));
  if (budget.isPending || households.isPending) return <PageLoader />;
  if (budget.isError) return <ResourceError error={budget.error} />;
  if (households.isError) return <ResourceError error={households.error} />;
  const title = th('dreg.printTitle', { unit: budget.data.unit.nameTh });
  return (
    <PrintDocument title={title} backTo={`/dashboards?unit=${budget.data.unit.code}`}>
      <section className="print-sheet" data-testid="dreg-print-sheet">
        <h1>{d(title)}</h1>
        <BudgetSheet data={budget.data} />
        <HouseholdsSheet data={households.data} />
      </section>
    </PrintDocument>
  );
}
