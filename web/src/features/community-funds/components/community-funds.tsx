import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney, formatPercent } from '../../../shared/i18n/money';
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
import { communityFundsExportUrl, useCommunityFundImport, useCommunityFunds, useSaveFund } from '../api';
import { emptyFields, type FundFields, fieldsOf, fundChangesOf } from '../fund-fields';
import {
  type CommunityFund,
  type CommunityFundFilter,
  type CommunityFundReport,
  type FundType,
  fixedRounds,
  fundTypes,
  yesNo,
} from '../types';

const typeLabels = {
  village: 'cf.type.village',
  urban: 'cf.type.urban',
  military: 'cf.type.military',
} as const;
const roundLabels = {
  'government-allocation': 'cf.round.government-allocation',
  'rating-bonus': 'cf.round.rating-bonus',
  'phase-2': 'cf.round.phase-2',
  'phase-3': 'cf.round.phase-3',
} as const;

function Figure({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <div>
      <Text size="xs">{label}</Text>
      <Text fw={700} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** Seed 000's follow-up form totals as the server computed them (000 L102–139). */
function CommunityFundTotals({ report }: { report: CommunityFundReport }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" data-testid="cf-report">
      <Stack gap="sm">
        <Title order={4}>{t('cf.reportTitle')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('cf.total')} value={report.total} testId="cf-total" />
          {fundTypes.map((type) => (
            <Figure
              key={type}
              label={t(typeLabels[type])}
              value={report.byType[type]}
              testId={`cf-count-${type}`}
            />
          ))}
          <Figure
            label={t('cf.juristicRegistered')}
            value={report.juristicPersons.registered}
            testId="cf-juristic"
          />
          <Figure
            label={t('cf.juristicPercent')}
            value={formatPercent(report.juristicPersons.percent)}
            testId="cf-juristic-percent"
          />
          <Figure
            label={t('cf.juristicRemaining')}
            value={report.juristicPersons.remaining}
            testId="cf-juristic-remaining"
          />
        </SimpleGrid>
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder data-testid="cf-rounds">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cf.round')}</Table.Th>
                <Table.Th>{t('cf.years')}</Table.Th>
                <Table.Th ta="right">{t('cf.funds')}</Table.Th>
                <Table.Th ta="right">{t('cf.millionBaht')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rounds.map((r) => (
                <Table.Tr key={r.round} data-testid={`cf-round-${r.round}`}>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td>{r.years}</Table.Td>
                  <Table.Td ta="right">{r.funds}</Table.Td>
                  <Table.Td ta="right">{r.millionBaht}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Figure label={t('cf.account1')} value={report.account1.millionBaht} testId="cf-account1" />
          <Figure label={t('cf.account2Funds')} value={report.account2.funds} testId="cf-account2-funds" />
          <Figure label={t('cf.account2')} value={report.account2.millionBaht} testId="cf-account2" />
        </SimpleGrid>
        <div data-testid="cf-without-phase3">
          <Text size="xs">{t('cf.withoutPhase3', { count: report.withoutPhase3.length })}</Text>
          <Text size="sm">{report.withoutPhase3.join(', ') || '—'}</Text>
        </div>
      </Stack>
    </Paper>
  );
}

/** The search box, type and juristic-person filters above the fund list, kept in the URL (cfQ, cfType, cfJuristic). */
function CommunityFundFilters({
  filter,
  onFilter,
}: {
  filter: CommunityFundFilter;
  onFilter: (changes: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  return (
    <ListFilters testId="cf-filters">
      <SearchBox
        label={t('reg.search')}
        placeholder={t('cf.searchPlaceholder')}
        value={filter.q ?? ''}
        onSearch={(q) => onFilter({ cfQ: q })}
        testId="cf-search"
      />
      <Select
        label={t('cf.type')}
        placeholder={t('cf.allTypes')}
        value={filter.type ?? null}
        onChange={(v) => onFilter({ cfType: v ?? '' })}
        data={fundTypes.map((type) => ({ value: type, label: t(typeLabels[type]) }))}
        clearable
        w={{ base: '100%', xs: 220 }}
        data-testid="cf-filter-type"
      />
      <YesNoFilter
        label={t('cf.juristic')}
        value={filter.juristicPerson ?? ''}
        onChange={(v) => onFilter({ cfJuristic: v })}
        testId="cf-filter-juristic"
      />
    </ListFilters>
  );
}

/** The funds that match the search; `onEdit` (for those who may write) adds an edit button to each row. */
function CommunityFundList({
  items,
  onEdit,
}: {
  items: CommunityFund[];
  onEdit?: (f: CommunityFund) => void;
}) {
  const { t } = useI18n();
  if (items.length === 0) return <NoMatch testId="cf-no-match" />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped data-testid="cf-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cf.name')}</Table.Th>
            <Table.Th>{t('cf.type')}</Table.Th>
            <Table.Th>{t('cf.juristic')}</Table.Th>
            <Table.Th>{t('cf.capital')}</Table.Th>
            <Table.Th ta="right">{t('cf.savings')}</Table.Th>
            {onEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id} data-testid="cf-row" data-fund-id={f.id}>
              <Table.Td>
                <Text size="sm">{f.name}</Text>
                <Text size="xs" c="dimmed">
                  {f.unit.nameTh}
                </Text>
              </Table.Td>
              <Table.Td>{t(typeLabels[f.type])}</Table.Td>
              <Table.Td>{f.juristicPerson ? '✓' : '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {f.capital.map((c) => (
                    <Badge key={c.round} variant="light" size="sm">
                      {t(roundLabels[c.round])}
                      {c.round === 'phase-2' ? ` ${formatMoney(c.amount)}` : ''}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(f.savings)}</Table.Td>
              {onEdit && (
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => onEdit(f)} data-testid="cf-edit">
                    {t('reg.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Adds a fund, or changes `editing`; the section remounts it for each fund, so the fields start from it. */
function CommunityFundForm({
  unit,
  editing,
  onSaved,
  onCancel,
}: {
  unit: string;
  editing: CommunityFund | null;
  /** With the saved fund's name; the section closes the form. */
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveFund();
  const [fields, setFields] = useState<FundFields>(() => (editing ? fieldsOf(editing) : emptyFields));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { editing, unitCode: unit, fund: fundChangesOf(fields) },
      { onSuccess: (data) => onSaved(data.fund.name) },
    );
  };

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="cf-form">
        <Stack gap="sm">
          <Title order={4}>{editing ? t('cf.editTitle', { name: editing.name }) : t('cf.addTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <TextInput
              label={t('cf.name')}
              value={fields.name}
              required
              onChange={(e) => {
                const name = e.currentTarget.value;
                setFields((c) => ({ ...c, name }));
              }}
              data-testid="cf-name"
            />
            <Select
              label={t('cf.type')}
              value={fields.type}
              onChange={(v) => v && setFields((c) => ({ ...c, type: v as FundType }))}
              data={fundTypes.map((type) => ({ value: type, label: t(typeLabels[type]) }))}
              allowDeselect={false}
              data-testid="cf-type"
            />
            <TextInput
              label={t('cf.savingsInput')}
              value={fields.savings}
              inputMode="decimal"
              onChange={(e) => {
                const savings = e.currentTarget.value;
                setFields((c) => ({ ...c, savings }));
              }}
              data-testid="cf-savings"
            />
          </SimpleGrid>
          <Checkbox
            label={t('cf.juristic')}
            checked={fields.juristicPerson}
            onChange={(e) => {
              const juristicPerson = e.currentTarget.checked;
              setFields((c) => ({ ...c, juristicPerson }));
            }}
            data-testid="cf-juristic-input"
          />
          <Checkbox.Group
            label={t('cf.capital')}
            value={fields.rounds}
            onChange={(rounds) => setFields((c) => ({ ...c, rounds }))}
          >
            <Stack gap={6} mt={4}>
              {fixedRounds.map((round) => (
                <Checkbox
                  key={round}
                  value={round}
                  label={t(roundLabels[round])}
                  data-testid={`cf-capital-${round}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group align="flex-end">
            <Checkbox
              label={t('cf.round.phase-2')}
              checked={fields.phase2}
              onChange={(e) => {
                const phase2 = e.currentTarget.checked;
                setFields((c) => ({ ...c, phase2 }));
              }}
              data-testid="cf-capital-phase-2"
            />
            {fields.phase2 && (
              <TextInput
                label={t('cf.phase2Amount')}
                value={fields.phase2Amount}
                inputMode="decimal"
                onChange={(e) => {
                  const phase2Amount = e.currentTarget.value;
                  setFields((c) => ({ ...c, phase2Amount }));
                }}
                w={{ base: '100%', xs: 200 }}
                data-testid="cf-phase2-amount"
              />
            )}
          </Group>
          <FormFooter id="cf" mutation={save} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}

function CommunityFundImport({ unit }: { unit: string }) {
  const { t } = useI18n();
  const importer = useCommunityFundImport(unit);
  return (
    <SectionImport
      prefix="cf"
      mutation={importer}
      success={(data) => t('cf.imported', { created: data.created })}
    />
  );
}

type SectionProps = {
  unit: string;
  params: URLSearchParams;
  /** Changes to the URL's cfQ, cfType and cfJuristic. */
  onFilter: (changes: Record<string, string>) => void;
  /** Whether the user may add, edit and import funds (not a viewer). */
  mayWrite: boolean;
};

/**
 * Village and urban community funds: seed 000's totals over them all and the searched list, then behind buttons the
 * add/edit form and the import.
 */
export function CommunityFundsSection({ unit, params, onFilter, mayWrite }: SectionProps) {
  const { t } = useI18n();
  const q = params.get('cfQ');
  const type = oneOf(params.get('cfType'), fundTypes);
  const juristicPerson = oneOf(params.get('cfJuristic'), yesNo);
  const filter = {
    ...(q ? { q } : {}),
    ...(type ? { type } : {}),
    ...(juristicPerson ? { juristicPerson } : {}),
  };
  const funds = useCommunityFunds(unit, filter);
  const panel = usePanel();
  const [editing, setEditing] = useState<CommunityFund | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const noFunds = funds.data?.total === 0;
  const openForm = (fund: CommunityFund | null) => {
    setSaved(null);
    setEditing(fund);
    panel.show('form');
  };
  /** "เพิ่มกองทุน" over an open edit switches the form to a new fund rather than closing it. */
  const toggle = (p: Panel) => {
    if (p === 'form' && editing) return openForm(null);
    setSaved(null);
    panel.toggle(p);
  };
  return (
    <RegisterSection
      id="cf"
      title={t('cf.title')}
      formLabel={t('cf.add')}
      open={panel.open}
      onToggle={toggle}
      mayWrite={mayWrite}
      empty={noFunds}
      emptyMessage={t('cf.empty')}
      exportHref={communityFundsExportUrl(unit)}
    >
      {saved !== null && (
        <SavedNotice testId="cf-saved" onClose={() => setSaved(null)}>
          {t('cf.saved', { name: saved })}
        </SavedNotice>
      )}
      <InPlace open={panel.open === 'form'} reveal={editing}>
        <CommunityFundForm
          key={editing?.id ?? 'new'}
          unit={unit}
          editing={editing}
          onSaved={(name) => {
            panel.close();
            setSaved(name);
          }}
          onCancel={panel.close}
        />
      </InPlace>
      <InPlace open={panel.open === 'import'}>
        <CommunityFundImport unit={unit} />
      </InPlace>
      {funds.isPending && unit !== '' && <PageLoader />}
      {funds.isError && <ResourceError error={funds.error} />}
      {funds.data && !noFunds && (
        <>
          <CommunityFundTotals report={funds.data.report} />
          <CommunityFundFilters filter={filter} onFilter={onFilter} />
          {(q || type || juristicPerson) && (
            <MatchCount matched={funds.data.matched} total={funds.data.total} testId="cf-matched" />
          )}
          <CommunityFundList items={funds.data.items} onEdit={mayWrite ? openForm : undefined} />
        </>
      )}
    </RegisterSection>
  );
}
