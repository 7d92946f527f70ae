import { Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useAuditLog } from '../api';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { auditPageSize, type AuditFilters as Filters } from '../types';

const filterNames = ['entity', 'action', 'username', 'from', 'to'] as const;

/** Filters and page live in the URL. */
function useAuditFilters(): [Filters, (next: Partial<Filters>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: Filters = {
    entity: searchParams.get('entity') ?? '',
    action: searchParams.get('action') ?? '',
    username: searchParams.get('username') ?? '',
    from: searchParams.get('from') ?? '',
    to: searchParams.get('to') ?? '',
    page: Math.max(1, Number(searchParams.get('page')) || 1),
  };
  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, page: 1, ...next };
    const params = filterNames
      .filter((name) => merged[name] !== '')
      .map((name): [string, string] => [name, merged[name]]);
    if (merged.page > 1) params.push(['page', String(merged.page)]);
    setSearchParams(params, { replace: true });
  };
  return [filters, update];
}

export function AuditPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useAuditFilters();
  const audit = useAuditLog(filters);
  const { page, ...criteria } = filters;
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / auditPageSize));

  return (
    <Stack gap="md" maw={1400}>
      <Title order={2}>{t('audit.title')}</Title>
      <AuditFilters key={JSON.stringify(criteria)} filters={criteria} onChange={setFilters} />
      {audit.isPending && <PageLoader />}
      {audit.isError && <ResourceError error={audit.error} />}
      {audit.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {t('audit.total', { count: formatNumber(audit.data.total) })}
          </Text>
          <AuditTable entries={audit.data.items} />
          <Group justify="center">
            <Pagination
              total={pages}
              value={page}
              onChange={(next) => setFilters({ page: next })}
              hideWithOnePage
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
