import { useSearchParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { kpiLabel, LEGEND_LEVELS, levelColour } from '../level-colour';
import {
  nationParams,
  type ProvinceRow,
  type RegionRow,
  type Round,
  type UnrankedProvince,
  useNationDashboard,
  useRegionDashboard,
} from '../nation-api';
import type { DashboardKpi } from '../types';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

/** Level colours print as on screen. */
const exact = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } as const;

function RegionsTable({ regions }: { regions: RegionRow[] }) {
  return (
    <>
      <h3>{th('nation.regions')}</h3>
      <table className="print-table print-table-small" data-testid="nation-print-regions">
        <thead>
          <tr>
            <th style={{ width: '10%' }}>{th('dash.rank')}</th>
            <th>{th('nation.region')}</th>
            <th>{th('nation.provinceMean')}</th>
            <th>{th('nation.districtMean')}</th>
            <th>{th('nation.districts')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.code}>
              <td className="num">{r.rank === null ? '—' : d(r.rank)}</td>
              <td>{r.nameTh}</td>
              <td className="num">{d(r.provinceMean ?? '—')}</td>
              <td className="num">{d(r.districtMean ?? '—')}</td>
              <td className="num">{d(`${r.districts}/${r.districtsTotal}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ProvincesTables({
  provinces,
  unranked,
  kpis,
  showRegion,
}: {
  provinces: ProvinceRow[];
  unranked: UnrankedProvince[];
  kpis: DashboardKpi[];
  showRegion: boolean;
}) {
  return (
    <>
      <h3>{th('nation.provinces')}</h3>
      <table className="print-table print-table-small" data-testid="nation-print-provinces">
        <thead>
          <tr>
            <th style={{ width: '8%' }}>{th('dash.rank')}</th>
            <th>{th('nation.province')}</th>
            {showRegion && <th>{th('nation.region')}</th>}
            <th>{th('nation.provinceScore')}</th>
            <th>{th('nation.districtMean')}</th>
            <th>{th('nation.districts')}</th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((p) => (
            <tr key={p.code}>
              <td className="num">{p.rank === null ? '—' : d(p.rank)}</td>
              <td>{p.nameTh}</td>
              {showRegion && <td>{p.regionNameTh}</td>}
              <td className="num">{d(p.score ?? th('nation.noScore'))}</td>
              <td className="num">{d(p.districtMean ?? '—')}</td>
              <td className="num">{d(`${p.districts}/${p.districtsTotal}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unranked.length > 0 && (
        <p>
          {th('nation.noAgreement')} ({d(unranked.length)}): {unranked.map((p) => p.nameTh).join(', ')}
        </p>
      )}
      {provinces.length > 0 && kpis.length > 0 && (
        <>
          <h3>{th('nation.levels')}</h3>
          <table className="print-table print-table-small" data-testid="nation-print-levels">
            <thead>
              <tr>
                <th>{th('nation.province')}</th>
                {kpis.map((k) => (
                  <th key={k.kpiId}>{kpiLabel(k)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {provinces.map((p) => (
                <tr key={p.code}>
                  <td>{p.nameTh}</td>
                  {kpis.map((k) => {
                    const level = p.levels.find((l) => l.kpiId === k.kpiId)?.level ?? null;
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
            {[0, ...LEGEND_LEVELS].map((level) => (
              <span
                key={level}
                style={{ ...levelColour(level), ...exact, padding: '0 0.4em', marginRight: '0.3em' }}
              >
                {d(level === 0 ? th('dash.level0') : th('dash.level', { level }))}
              </span>
            ))}
          </p>
          <ul>
            {kpis.map((k) => (
              <li key={k.kpiId}>
                {kpiLabel(k)} {d(k.nameTh)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

const titleOf = (scope: string, round: Round) =>
  th('nation.printTitle', { scope, round: round.round, year: round.fiscalYear });

/** /print/dashboards/nation?grouping=&fiscalYear=&round=: the nation's tables on A4, numbers in Thai digits. */
export function NationDashboardPrintPage() {
  const [params] = useSearchParams();
  const { grouping, round } = nationParams(params);
  const view = useNationDashboard(grouping, round);
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  const data = view.data;
  if (!data.round) return null;
  const title = titleOf(th('nation.scopeNation'), data.round);
  return (
    <PrintDocument
      title={title}
      backTo={`/dashboards?view=nation&grouping=${grouping}&fiscalYear=${data.round.fiscalYear}&round=${data.round.round}`}
    >
      <section className="print-sheet" data-testid="nation-print-sheet">
        <h1>{d(title)}</h1>
        <p className="print-center">{th(grouping === 'geo' ? 'nation.geo' : 'nation.codi')}</p>
        <RegionsTable regions={data.regions} />
        <ProvincesTables
          provinces={data.provinces}
          unranked={data.withoutAgreement}
          kpis={data.kpis}
          showRegion
        />
      </section>
    </PrintDocument>
  );
}

/** /print/dashboards/region?region=&fiscalYear=&round=: one region's provinces on A4. */
export function RegionDashboardPrintPage() {
  const [params] = useSearchParams();
  const { region: code, round } = nationParams(params);
  const view = useRegionDashboard(code ?? '', round);
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  const data = view.data;
  if (!data.round) return null;
  const title = titleOf(data.region.nameTh, data.round);
  return (
    <PrintDocument
      title={title}
      backTo={`/dashboards/region?region=${data.region.code}&fiscalYear=${data.round.fiscalYear}&round=${data.round.round}`}
    >
      <section className="print-sheet" data-testid="nation-print-sheet">
        <h1>{d(title)}</h1>
        {data.summary && <RegionsTable regions={[data.summary]} />}
        <ProvincesTables
          provinces={data.provinces}
          unranked={data.withoutAgreement}
          kpis={data.kpis}
          showRegion={false}
        />
      </section>
    </PrintDocument>
  );
}
