import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { apiRequest } from '../../../shared/api/client';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useCurrentUser } from '../../auth/api';
import { useUnit } from '../../units/api';
import { NationCrumbs } from '../components/nation-parts';
import { nationParams } from '../nation-api';
import type { DistrictsDashboard } from '../types';
import { DistrictsDashboardPage } from './districts-dashboard-page';
import { NationDashboardPage } from './nation-dashboard-page';

/**
 * /dashboards opens at the user's level: the department on the nation, a province or district on its own
 * districts' dashboard. A province opened from the nation or a region carries its fiscal year and round: that
 * province's own KPI set of the round is looked up and the districts' dashboard opens on it, under the crumbs
 * ประเทศ › ภาค › จังหวัด.
 */
export function DashboardsEntryPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit');
  const { round, region } = nationParams(params);
  const needsKpiSet = unit !== null && round !== null && params.get('kpiSet') === null;

  useEffect(() => {
    if (!needsKpiSet || !round || !unit) return;
    let live = true;
    apiRequest<DistrictsDashboard>('/dashboards/districts', {
      query: { unit, fiscalYear: round.fiscalYear, round: round.round },
    })
      .then((data) => {
        if (!live) return;
        const next = new URLSearchParams(params);
        if (data.round) next.set('kpiSet', String(data.round.kpiSetId));
        else next.delete('fiscalYear');
        setParams(next, { replace: true });
      })
      .catch(() => {
        if (!live) return;
        const next = new URLSearchParams(params);
        next.delete('fiscalYear');
        next.delete('round');
        setParams(next, { replace: true });
      });
    return () => {
      live = false;
    };
  }, [needsKpiSet, round, unit, params, setParams]);

  const department = me.scope.kind === 'department';
  if (department && (unit === null || params.get('view') === 'nation')) return <NationDashboardPage />;
  if (needsKpiSet) return <PageLoader />;
  return (
    <>
      {department && <ProvinceCrumbs region={region} />}
      <DistrictsDashboardPage />
    </>
  );
}

/** The crumbs above a province's districts: the region (when the link carried it) and the province. */
function ProvinceCrumbs({ region }: { region: string | null }) {
  const [params] = useSearchParams();
  const { round } = nationParams(params);
  const regionUnit = useUnit(region ?? '', region !== null);
  const province = useUnit(params.get('unit') ?? '', params.get('unit') !== null);
  return (
    <div style={{ marginBottom: 12 }}>
      <NationCrumbs
        round={round}
        region={
          regionUnit.data ? { code: regionUnit.data.unit.code, nameTh: regionUnit.data.unit.nameTh } : null
        }
        province={province.data ? { code: province.data.unit.code, nameTh: province.data.unit.nameTh } : null}
      />
    </div>
  );
}
