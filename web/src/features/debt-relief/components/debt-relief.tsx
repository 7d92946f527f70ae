import { Badge, Checkbox, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { formatPercent } from '../../../shared/i18n/money';
import { ListFilters, MatchCount, NoMatch, oneOf, YesNoFilter } from '../../../shared/ui/list-filters';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { SearchBox } from '../../../shared/ui/search-box';
import {
  FormFooter,
  InPlace,
  type Panel,
  RegisterSection,
  SavedNotice,
  SectionImport,
  usePanel,
} from '../../registers/components/section-panels';
import { debtReliefExportUrl, useAddDebtHousehold, useDebtRelief, useDebtReliefImport } from '../api';
import { type DebtReliefFilter, type DebtReliefList, yesNo } from '../types';

const flags = ['enteredProcess', 'debtRestructured', 'occupationalPromotion'] as const;
const flagLabels = {
  enteredProcess: 'debt.enteredProcess',
  debtRestructured: 'debt.debtRestructured',
  occupationalPromotion: 'debt.occupationalPromotion',
} as const;

type ViewProps = {
  list: DebtReliefList;
  filter: DebtReliefFilter;
  /** Changes to the URL's debtQ and debtReduced. */
  onFilter: (changes: Record<string, string>) => void;
};

/**
 * Reduced ÷ target × 100 over every household of the year, as the server computed them (001 L360–361), then the
 * households that match the search and the reduced filter.
 */
function DebtReliefView({ list, filter, onFilter }: ViewProps) {
  const { t } = useI18n();
  const { relief } = list;
  const filtered = filter.q !== undefined || filter.reduced !== undefined;
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" data-testid="debt-relief">
        <SimpleGrid cols={{ base: 3 }}>
          <div>
            <Text size="xs">{t('debt.reduced')}</Text>
            <Text fw={700} data-testid="debt-reduced">
              {relief.reduced}
            </Text>
          </div>
          <div>
            <Text size="xs">{t('debt.target')}</Text>
            <Text fw={700} data-testid="debt-target">
              {relief.target}
            </Text>
          </div>
          <div>
            <Text size="xs">{t('debt.percent')}</Text>
            <Text fw={700} data-testid="debt-percent">
              {formatPercent(relief.percent)}
            </Text>
          </div>
        </SimpleGrid>
        {relief.reason && (
          <Text size="xs" c="dimmed" mt="xs" data-testid="debt-reason">
            {relief.reason}
          </Text>
        )}
      </Paper>
      <ListFilters testId="debt-filters">
        <SearchBox
          label={t('reg.search')}
          placeholder={t('debt.searchPlaceholder')}
          value={filter.q ?? ''}
          onSearch={(q) => onFilter({ debtQ: q })}
          testId="debt-search"
        />
        <YesNoFilter
          label={t('debt.reducedShort')}
          value={filter.reduced ?? ''}
          onChange={(reduced) => onFilter({ debtReduced: reduced })}
          testId="debt-filter-reduced"
        />
      </ListFilters>
      {filtered && <MatchCount matched={list.matched} total={list.total} testId="debt-matched" />}
      {list.items.length === 0 ? (
        <NoMatch testId="debt-no-match" />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped data-testid="debt-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('debt.label')}</Table.Th>
                {flags.map((flag) => (
                  <Table.Th key={flag}>{t(flagLabels[flag])}</Table.Th>
                ))}
                <Table.Th>{t('debt.reducedShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((d) => (
                <Table.Tr key={d.id} data-testid="debt-row">
                  <Table.Td>
                    <Text size="sm">{d.label}</Text>
                    <Text size="xs" c="dimmed">
                      {d.unit.nameTh}
                    </Text>
                  </Table.Td>
                  {flags.map((flag) => (
                    <Table.Td key={flag}>{d[flag] ? '✓' : '—'}</Table.Td>
                  ))}
                  <Table.Td>
                    {d.reduced ? (
                      <Badge color="teal" data-testid="debt-row-reduced">
                        {t('debt.yes')}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const noFlags = { enteredProcess: false, debtRestructured: false, occupationalPromotion: false };

function DebtReliefForm({
  unit,
  fiscalYear,
  onSaved,
  onCancel,
}: {
  unit: string;
  fiscalYear: number;
  /** With the label saved; the section closes the form. */
  onSaved: (label: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const add = useAddDebtHousehold();
  const [label, setLabel] = useState('');
  const [checked, setChecked] = useState(noFlags);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { unitCode: unit, fiscalYear, label: label.trim(), ...checked },
      { onSuccess: (data) => onSaved(data.household.label) },
    );
  };
  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="debt-form">
        <Stack gap="sm">
          <Title order={4}>{t('debt.addTitle', { year: fiscalYear })}</Title>
          <TextInput
            label={t('debt.label')}
            value={label}
            required
            onChange={(e) => setLabel(e.currentTarget.value)}
            w={{ base: '100%', sm: 360 }}
            data-testid="debt-label"
          />
          {flags.map((flag) => (
            <Checkbox
              key={flag}
              label={t(flagLabels[flag])}
              checked={checked[flag]}
              onChange={(e) => {
                const value = e.currentTarget.checked;
                setChecked((c) => ({ ...c, [flag]: value }));
              }}
              data-testid={`debt-${flag}`}
            />
          ))}
          <FormFooter id="debt" mutation={add} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}

function DebtReliefImport({ unit, fiscalYear }: { unit: string; fiscalYear: number }) {
  const { t } = useI18n();
  const importer = useDebtReliefImport(unit, fiscalYear);
  return (
    <SectionImport
      prefix="debt"
      mutation={importer}
      success={(data) => t('debt.imported', { created: data.created, updated: data.updated })}
    />
  );
}

type SectionProps = {
  unit: string;
  fiscalYear: number;
  params: URLSearchParams;
  /** Changes to the URL's debtQ and debtReduced. */
  onFilter: (changes: Record<string, string>) => void;
  /** Whether the user may add and import households (not a viewer). */
  mayWrite: boolean;
};

/**
 * Debt relief target households of the fiscal year: the share of them all that reduced or cleared debt, the searched
 * list, and behind buttons the add form and the import.
 */
export function DebtReliefSection({ unit, fiscalYear, params, onFilter, mayWrite }: SectionProps) {
  const { t } = useI18n();
  const q = params.get('debtQ');
  const reduced = oneOf(params.get('debtReduced'), yesNo);
  const filter = { ...(q ? { q } : {}), ...(reduced ? { reduced } : {}) };
  const list = useDebtRelief(unit, fiscalYear, filter);
  const panel = usePanel();
  const [saved, setSaved] = useState<string | null>(null);
  const empty = list.data?.total === 0;
  const toggle = (p: Panel) => {
    setSaved(null);
    panel.toggle(p);
  };
  return (
    <RegisterSection
      id="debt"
      title={t('debt.title', { year: fiscalYear })}
      formLabel={t('debt.add')}
      open={panel.open}
      onToggle={toggle}
      mayWrite={mayWrite}
      empty={empty}
      emptyMessage={t('debt.empty', { year: fiscalYear })}
      exportHref={debtReliefExportUrl(unit, fiscalYear)}
    >
      {saved !== null && (
        <SavedNotice testId="debt-saved" onClose={() => setSaved(null)}>
          {t('debt.saved', { label: saved })}
        </SavedNotice>
      )}
      <InPlace open={panel.open === 'form'}>
        <DebtReliefForm
          unit={unit}
          fiscalYear={fiscalYear}
          onSaved={(label) => {
            panel.close();
            setSaved(label);
          }}
          onCancel={panel.close}
        />
      </InPlace>
      <InPlace open={panel.open === 'import'}>
        <DebtReliefImport unit={unit} fiscalYear={fiscalYear} />
      </InPlace>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {list.data && !empty && <DebtReliefView list={list.data} filter={filter} onFilter={onFilter} />}
    </RegisterSection>
  );
}
