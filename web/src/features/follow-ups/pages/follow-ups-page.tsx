import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ChoiceFilter, ListFilters } from '../../../shared/ui/list-filters';
import { PageLoader } from '../../../shared/ui/page-loader';
import { SearchBox } from '../../../shared/ui/search-box';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useTemplates } from '../../form-templates/api';
import { useFollowUps } from '../api';
import { FollowUpStatusBadge } from '../components/status-badge';
import { PendingDraftsNotice } from '../drafts/pending-drafts';
import type { FollowUpSummary } from '../types';

const fillPath = (f: FollowUpSummary) => `/follow-ups/fill/${f.clientId}`;

function FollowUpCards({ items }: { items: FollowUpSummary[] }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap="xs">
      {items.map((f) => (
        <Paper
          key={f.id}
          withBorder
          p="sm"
          component={Link}
          to={fillPath(f)}
          data-testid="follow-up-row"
          style={{ color: 'inherit', textDecoration: 'none' }}
        >
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700} size="sm">
                {f.unit.nameTh}
              </Text>
              <FollowUpStatusBadge status={f.status} version={f.version} />
            </Group>
            <Text size="sm">{f.template.titleTh}</Text>
            <Text size="xs" c="dimmed">
              {f.followUpDate ? formatIsoDate(f.followUpDate, lang) : t('fu.noDate')}
              {f.informant ? ` · ${t('fu.informantIs', { name: f.informant })}` : ''}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function FollowUpTable({ items }: { items: FollowUpSummary[] }) {
  const { t, lang } = useI18n();
  return (
    <Table striped highlightOnHover withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('fu.colForm')}</Table.Th>
          <Table.Th>{t('fu.colUnit')}</Table.Th>
          <Table.Th>{t('fu.colDate')}</Table.Th>
          <Table.Th>{t('fu.colInformant')}</Table.Th>
          <Table.Th>{t('fu.colStatus')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((f) => (
          <Table.Tr key={f.id} data-testid="follow-up-row">
            <Table.Td>
              <Link to={fillPath(f)}>{f.template.titleTh}</Link>
            </Table.Td>
            <Table.Td>{f.unit.nameTh}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {f.followUpDate ? formatIsoDate(f.followUpDate, lang) : t('fu.noDate')}
            </Table.Td>
            <Table.Td>{f.informant ?? '-'}</Table.Td>
            <Table.Td>
              <FollowUpStatusBadge status={f.status} version={f.version} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /follow-ups: the filled follow-up forms, searched by text, status, form and B.E. date range (all in the URL). */
export function FollowUpsPage() {
  const { t } = useI18n();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [params, setParams] = useSearchParams();
  const filter = {
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    template: params.get('template') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const list = useFollowUps(filter);
  const templates = useTemplates({ status: 'published' });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const formOptions = [
    ...new Map((templates.data?.templates ?? []).map((tp) => [tp.code, tp.titleTh])).entries(),
  ].map(([value, label]) => ({ value, label }));
  const items = list.data?.followUps ?? [];
  const filtered = Object.values(filter).some((v) => v !== '');
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={2}>{t('fu.title')}</Title>
        {list.data?.canCreate && (
          <Button component={Link} to="/follow-ups/new" data-testid="follow-up-new">
            {t('fu.new')}
          </Button>
        )}
      </Group>
      <PendingDraftsNotice />
      <ListFilters testId="follow-up-filters">
        <SearchBox
          label={t('fu.search')}
          placeholder={t('fu.searchHint')}
          value={filter.q}
          onSearch={(q) => set('q', q)}
          testId="follow-up-search"
        />
        <ChoiceFilter
          label={t('fu.colStatus')}
          value={filter.status}
          onChange={(v) => set('status', v)}
          testId="follow-up-status-filter"
          options={[
            { value: '', label: t('reg.all') },
            { value: 'draft', label: t('fu.draft') },
            { value: 'finished', label: t('fu.finished') },
          ]}
        />
        <Select
          label={t('fu.colForm')}
          placeholder={t('reg.all')}
          data={formOptions}
          value={filter.template || null}
          onChange={(v) => set('template', v ?? '')}
          clearable
          w={{ base: '100%', sm: 320 }}
          data-testid="follow-up-template-filter"
        />
      </ListFilters>
      <SimpleGrid cols={{ base: 1, xs: 2 }} maw={520}>
        <ThaiDateInput label={t('fu.from')} value={filter.from} onChange={(v) => set('from', v)} />
        <ThaiDateInput label={t('fu.to')} value={filter.to} onChange={(v) => set('to', v)} />
      </SimpleGrid>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && items.length === 0 && (
        <Alert data-testid="follow-ups-empty">
          {filtered ? t('fu.noMatch') : list.data.canCreate ? t('fu.empty') : t('fu.emptyReadOnly')}
        </Alert>
      )}
      {items.length > 0 && (wide ? <FollowUpTable items={items} /> : <FollowUpCards items={items} />)}
    </Stack>
  );
}
