import { Button, Group, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { AgreementList } from '../../agreements/components/agreement-list';
import { kpiSetExportUrl, useKpiSet } from '../api';
import { KpiCardList } from '../components/kpi-card-list';
import { KpiImport } from '../components/kpi-import';
import { KpiSetHeader } from '../components/kpi-set-header';

type Tab = 'cards' | 'agreements';

/** /kpi-sets/:id?tab=cards|agreements: the set's cards and its agreements. */
export function KpiSetPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = searchParams.get('tab') === 'agreements' ? 'agreements' : 'cards';
  const detail = useKpiSet(id);
  const [importOpen, setImportOpen] = useState(false);

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ResourceError error={detail.error} />;

  const { set, kpis, canEdit } = detail.data;

  return (
    <Stack gap="lg" maw={1200}>
      <KpiSetHeader detail={detail.data} />
      <Group gap="xs">
        <Button
          component={Link}
          to={`/print/kpi-sets/${set.id}/booklet`}
          variant="default"
          size="sm"
          data-testid="print-booklet"
        >
          {t('kpiSet.printBooklet')}
        </Button>
        <Button
          component="a"
          href={kpiSetExportUrl(set.id)}
          download
          variant="default"
          size="sm"
          data-testid="kpi-export"
        >
          {t('kpiSet.export')}
        </Button>
        {canEdit && (
          <Button
            variant={importOpen ? 'light' : 'default'}
            size="sm"
            onClick={() => setImportOpen((open) => !open)}
            data-testid="kpi-import-toggle"
          >
            {t('kpiSet.import')}
          </Button>
        )}
        {canEdit && (
          <Button component={Link} to={`/kpi-sets/${set.id}/kpis/new`} size="sm" data-testid="kpi-add">
            {t('kpiSet.addKpi')}
          </Button>
        )}
      </Group>
      {canEdit && importOpen && <KpiImport kpiSetId={set.id} />}
      <Tabs
        value={tab}
        onChange={(next) => setSearchParams(next === 'agreements' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="cards" data-testid="tab-cards">
            {t('kpiSet.tabCards')} ({kpis.length})
          </Tabs.Tab>
          <Tabs.Tab value="agreements" data-testid="tab-agreements">
            {t('kpiSet.tabAgreements')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="cards" pt="md">
          <KpiCardList kpiSetId={set.id} kpis={kpis} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="agreements" pt="md">
          <AgreementList kpiSetId={set.id} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
