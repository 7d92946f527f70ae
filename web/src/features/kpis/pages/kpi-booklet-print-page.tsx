import { useParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useKpiSet } from '../api';
import { BookletCard } from '../components/booklet-card';

/** /print/kpi-sets/:id/booklet: the KPI booklet, one definition card per A4 page, in the set's order. */
export function KpiBookletPrintPage() {
  const id = Number(useParams().id);
  const detail = useKpiSet(id);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ResourceError error={detail.error} />;
  const { set, round, kpis } = detail.data;
  return (
    <PrintDocument title={`${set.nameTh} – เล่มตัวชี้วัด`} backTo={`/kpi-sets/${set.id}`}>
      {kpis.length === 0 ? (
        <section className="print-sheet">
          <p>{translate('booklet.empty', 'th')}</p>
        </section>
      ) : (
        kpis.map((kpi) => <BookletCard key={kpi.id} kpi={kpi} round={round} />)
      )}
    </PrintDocument>
  );
}
