import { Navigate, useSearchParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { resultValueText } from '../../../shared/i18n/number';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { type KpiDashboard, kpiPageParams, kpiPageUrl, LIGHT_COLOURS, useKpiDashboard } from '../kpi-api';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

/** Light colours print as on screen. */
const exact = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } as const;

function Sheet({ data }: { data: KpiDashboard }) {
  const unitName = th(`kpiDash.kind.${data.unit.kind}`, { name: data.unit.nameTh });
  const title = th('kpiDash.printTitle', {
    unit: unitName,
    round: data.round.round,
    year: data.round.fiscalYear,
  });
  const { current, percent, forecast } = data;
  const measure = data.kpi.unitOfMeasure ?? '';
  return (
    <PrintDocument title={title} backTo={kpiPageUrl(data.unit.code, data.kpi.id)}>
      <section className="print-sheet" data-testid="kpi-dash-print-sheet">
        <h1>{d(title)}</h1>
        <p className="print-center">
          {d(th('kpiDash.title', { number: data.kpi.number ?? data.kpi.key, name: data.kpi.nameTh }))}
        </p>
        <p className="print-center">{d(data.round.labelTh)}</p>
        <table className="print-table print-table-small" data-testid="kpi-dash-print-summary">
          <tbody>
            <tr>
              <th style={{ width: '30%' }}>{th('kpiDash.current')}</th>
              <td>
                {current?.value != null
                  ? d(
                      `${resultValueText(current.value)} ${measure} ${th('kpiDash.asOf', { date: formatIsoDate(current.asOf, 'th') })}`,
                    )
                  : th('kpiDash.noResult')}
              </td>
            </tr>
            <tr>
              <th>{th('kpiDash.level')}</th>
              <td>
                {current?.level == null
                  ? th('kpiDash.noLevel')
                  : d(th('kpiDash.levelValue', { level: current.level, score: current.score ?? '' }))}
              </td>
            </tr>
            <tr>
              <th>{th('kpiDash.percent')}</th>
              <td
                style={percent.kind === 'percent' ? { ...LIGHT_COLOURS[percent.light], ...exact } : undefined}
              >
                {percent.kind === 'percent'
                  ? d(`${percent.percent}% (${th(`kpiDash.light.${percent.light}`)})`)
                  : percent.reasonTh}
              </td>
            </tr>
            <tr>
              <th>{th('kpiDash.forecast')}</th>
              <td>
                {forecast.kind === 'linear'
                  ? d(
                      `${forecast.value} ${measure} (${th(`kpiDash.status.${forecast.status}`)}) ${th('kpiDash.method', { months: forecast.months, perMonth: forecast.perMonth, value: forecast.value })} ${forecast.low !== null && forecast.high !== null ? th('kpiDash.interval', { low: forecast.low, high: forecast.high }) : th('kpiDash.noInterval')}`,
                    )
                  : forecast.reasonTh}
              </td>
            </tr>
            <tr>
              <th>{th('kpiDash.target')}</th>
              <td>{d(data.target.kind === 'value' ? data.target.textTh : data.target.reasonTh)}</td>
            </tr>
            <tr>
              <th>{th('kpiDash.next')}</th>
              <td>{d(data.next?.textTh ?? (current?.level === 5 ? th('kpiDash.atTop') : '—'))}</td>
            </tr>
          </tbody>
        </table>
        <h3>{th('kpiDash.months')}</h3>
        <table className="print-table print-table-small" data-testid="kpi-dash-print-months">
          <thead>
            <tr>
              <th>{th('kpiDash.month')}</th>
              <th>{`${th('kpiDash.value')}${measure ? ` (${measure})` : ''}`}</th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((m) => (
              <tr key={m.month}>
                <td>{d(m.labelTh)}</td>
                <td className="num">
                  {m.value === null ? th('kpiDash.noValue') : d(resultValueText(m.value))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{th('kpiDash.legend')}</p>
        <ul>
          {data.legend.map((l) => (
            <li key={l.light}>
              <span style={{ ...LIGHT_COLOURS[l.light], ...exact, padding: '0 0.6em', marginRight: '0.4em' }}>
                {th(`kpiDash.light.${l.light}`)}
              </span>
              {d(l.textTh)}
            </li>
          ))}
        </ul>
      </section>
    </PrintDocument>
  );
}

/** /print/dashboards/kpi?unit=9501&kpi=28: the KPI page on A4, numbers in Thai digits. */
export function KpiDashboardPrintPage() {
  const [params] = useSearchParams();
  const { unit, kpi } = kpiPageParams(params);
  const view = useKpiDashboard(unit, kpi);
  if (unit === null || kpi === null) return <Navigate to="/dashboards" replace />;
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  return <Sheet data={view.data} />;
}
