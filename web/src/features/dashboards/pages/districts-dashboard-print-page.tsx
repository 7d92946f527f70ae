import { useSearchParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useDistrictsDashboard } from '../api';
import { dashboardParams } from '../dashboard-url';
import { kpiLabel, LEGEND_LEVELS, levelColour } from '../level-colour';
import type { DistrictsDashboard } from '../types';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

/** Level colours print as on screen. */
const exact = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } as const;

function Sheet({ data }: { data: DistrictsDashboard }) {
  const { unit, round } = data;
  if (!unit || !round) return null;
  const unitName = th(unit.kind === 'province' ? 'dash.kind.province' : 'dash.kind.district', {
    name: unit.nameTh,
  });
  const title = th('dash.printTitle', { unit: unitName, round: round.round, year: round.fiscalYear });
  return (
    <PrintDocument title={title} backTo={`/dashboards?unit=${unit.code}&kpiSet=${round.kpiSetId}`}>
      <section className="print-sheet" data-testid="dash-print-sheet">
        <h1>{d(title)}</h1>
        <p className="print-center">{round.nameTh}</p>
        <h3>{th('dash.ranking')}</h3>
        <table className="print-table print-table-small" data-testid="dash-print-ranking">
          <thead>
            <tr>
              <th style={{ width: '10%' }}>{th('dash.rank')}</th>
              <th>{th('dash.district')}</th>
              <th style={{ width: '18%' }}>{th('dash.score')}</th>
              <th style={{ width: '18%' }}>{th('dash.reported')}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((u) => (
              <tr key={u.agreementId}>
                <td className="num">{u.rank === null ? '—' : d(u.rank)}</td>
                <td>{u.nameTh}</td>
                <td className="num">{u.reported === 0 ? th('dash.noScore') : d(u.score ?? '')}</td>
                <td className="num">
                  {d(th('dash.reportedOf', { reported: u.reported, expected: u.expected }))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{th('dash.levels')}</h3>
        <table className="print-table print-table-small" data-testid="dash-print-levels">
          <thead>
            <tr>
              <th>{th('dash.district')}</th>
              {data.kpis.map((k) => (
                <th key={k.kpiId}>{kpiLabel(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.units.map((u) => (
              <tr key={u.agreementId}>
                <td>{u.nameTh}</td>
                {data.kpis.map((k) => {
                  const level = u.levels.find((l) => l.kpiId === k.kpiId)?.level ?? null;
                  return (
                    <td key={k.kpiId} className="num" style={{ ...levelColour(level), ...exact }}>
                      {level === null ? '—' : d(level)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {th('dash.legend')}:{' '}
          <span style={{ ...levelColour(0), ...exact, padding: '0 0.4em', marginRight: '0.3em' }}>
            {d(th('dash.level0'))}
          </span>
          {LEGEND_LEVELS.map((level) => (
            <span
              key={level}
              style={{ ...levelColour(level), ...exact, padding: '0 0.4em', marginRight: '0.3em' }}
            >
              {d(th('dash.level', { level }))}
            </span>
          ))}
          <span style={{ ...levelColour(null), ...exact, padding: '0 0.4em' }}>— {th('dash.noLevel')}</span>
        </p>
        {data.timeliness.length > 0 && (
          <>
            <h3>{th('dash.timeliness')}</h3>
            <table className="print-table print-table-small" data-testid="dash-print-timeliness">
              <thead>
                <tr>
                  <th>{th('dash.month')}</th>
                  <th>{th('dash.expected')}</th>
                  <th>{th('dash.submitted')}</th>
                  <th>{th('dash.onTime')}</th>
                  <th>{th('dash.submittedPercent')}</th>
                  <th>{th('dash.onTimePercent')}</th>
                </tr>
              </thead>
              <tbody>
                {data.timeliness.map((m) => (
                  <tr key={m.month}>
                    <td>{d(m.monthLabelTh)}</td>
                    <td className="num">{d(m.rates.expected)}</td>
                    <td className="num">{d(m.rates.submitted)}</td>
                    <td className="num">{d(m.rates.onTime)}</td>
                    <td className="num">{d(m.rates.submittedPercent ?? '—')}</td>
                    <td className="num">{d(m.rates.onTimePercent ?? '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <p>{th('dash.kpiList')}</p>
        <ul>
          {data.kpis.map((k) => (
            <li key={k.kpiId}>
              {kpiLabel(k)} {d(k.nameTh)}
            </li>
          ))}
        </ul>
      </section>
    </PrintDocument>
  );
}

/** /print/dashboards/districts?unit=95&kpiSet=12: the dashboard's two tables on A4, numbers in Thai digits. */
export function DistrictsDashboardPrintPage() {
  const [params] = useSearchParams();
  const { unit, kpiSet } = dashboardParams(params);
  const view = useDistrictsDashboard(unit, kpiSet);
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  return <Sheet data={view.data} />;
}
