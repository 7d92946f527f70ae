import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { contextQuery } from '../../registers/register-context';
import { type HouseholdFilter, useHouseholdList } from '../api';
import { householdStatuses, problemDimensions } from '../types';

type Props = {
  filter: HouseholdFilter;
  fiscalYear: number;
  onFilter: (changes: Record<string, string>) => void;
};

/** The paged list with its filters; names and ID numbers only when the server sends them. */
export function HouseholdList({ filter, fiscalYear, onFilter }: Props) {
  const { t } = useI18n();
  const [pages, setPages] = useState<number[]>([0]);
  const after = pages.at(-1) ?? 0;
  const list = useHouseholdList(filter, after);
  const [q, setQ] = useState(filter.q ?? '');
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page
  useEffect(() => setPages([0]), [filterKey]);

  const personal = list.data?.personalData ?? false;
  return (
    <Stack gap="sm" data-testid="household-list">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('hh.status')}
          placeholder={t('hh.allStatuses')}
          value={filter.status ?? null}
          onChange={(v) => onFilter({ status: v ?? '' })}
          data={householdStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          clearable
          w={{ base: '100%', xs: 200 }}
          data-testid="household-filter-status"
        />
        <Select
          label={t('hh.problem')}
          placeholder={t('hh.allProblems')}
          value={filter.problem ?? null}
          onChange={(v) => onFilter({ problem: v ?? '' })}
          data={problemDimensions.map((d) => ({ value: d, label: t(`problem.${d}`) }))}
          clearable
          w={{ base: '100%', xs: 220 }}
          data-testid="household-filter-problem"
        />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onFilter({ q: q.trim() });
          }}
        >
          <TextInput
            label={t('hh.search')}
            placeholder={t('hh.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={{ base: '100%', xs: 240 }}
            data-testid="household-search"
          />
        </form>
      </Group>
      {list.isError && <ErrorAlert error={list.error} withTitle={false} />}
      {list.data && (
        <>
          <Text size="sm" data-testid="household-total">
            {t('hh.listCount', { count: formatNumber(list.data.total) })}
          </Text>
          {!personal && (
            <Text size="xs" c="dimmed" data-testid="household-personal-hidden">
              {t('hh.personalHidden')}
            </Text>
          )}
          {list.data.items.length === 0 ? (
            <Text c="dimmed" data-testid="household-empty">
              {t('hh.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table withTableBorder striped fz="sm" data-testid="household-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hh.houseCode')}</Table.Th>
                    {personal && <Table.Th>{t('hh.headName')}</Table.Th>}
                    {personal && <Table.Th>{t('hh.headCitizenId')}</Table.Th>}
                    <Table.Th>{t('hh.homeUnit')}</Table.Th>
                    <Table.Th>{t('hh.members')}</Table.Th>
                    <Table.Th>{t('hh.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((h) => (
                    <Table.Tr key={h.id} data-testid="household-row" data-house-code={h.houseCode}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/registers/households/${h.id}${contextQuery(filter.unit, fiscalYear)}`}
                          data-testid="household-link"
                        >
                          {h.houseCode}
                        </Anchor>
                      </Table.Td>
                      {personal && (
                        <Table.Td data-testid="household-head-name">{h.personal?.headName ?? '—'}</Table.Td>
                      )}
                      {personal && <Table.Td>{h.personal?.headCitizenId ?? '—'}</Table.Td>}
                      <Table.Td>{h.unit.nameTh}</Table.Td>
                      <Table.Td ta="right">{formatNumber(h.members)}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={h.status === 'developable' ? 'green' : 'gray'}
                          data-testid="household-status"
                        >
                          {t(`status.${h.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group gap="xs">
            {pages.length > 1 && (
              <Button variant="default" size="xs" onClick={() => setPages([0])} data-testid="household-first">
                {t('hh.first')}
              </Button>
            )}
            {list.data.nextAfter !== null && (
              <Button
                variant="default"
                size="xs"
                onClick={() => setPages((p) => [...p, list.data.nextAfter ?? 0])}
                data-testid="household-next"
              >
                {t('hh.more')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
