import {
  Alert,
  Button,
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
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { FileImportForm } from '../../../shared/ui/file-import-form';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { ResourceError } from '../../auth/components/resource-error';
import { type SnapshotInput, useSaveSnapshot, useWomensFund, type WomensFundSnapshot } from '../budget-api';
import {
  CommunityFundFilters,
  CommunityFundForm,
  CommunityFundList,
  CommunityFundTotals,
} from '../components/community-funds';
import { ContextBar } from '../components/context-bar';
import { DebtReliefForm, DebtReliefView } from '../components/debt-relief';
import { ExportLink } from '../components/export-link';
import { MatchCount, oneOf } from '../components/list-filters';
import { RegistersTabs } from '../components/registers-tabs';
import { PortfolioForm, PortfolioReport } from '../components/womens-fund-portfolio';
import { formatMoney, formatPercent } from '../format';
import {
  type CommunityFund,
  fundExportUrls,
  fundTypes,
  useCommunityFundImport,
  useCommunityFunds,
  useDebtRelief,
  useDebtReliefImport,
  usePortfolios,
  useWomensFundImport,
  type WomensFundPortfolio,
  yesNo,
} from '../funds-api';
import { useRegisterContext } from '../register-context';

const moneyFields = ['outstanding', 'notYetDue', 'suspended', 'litigation'] as const;
const labels = {
  outstanding: 'wf.outstanding',
  notYetDue: 'wf.notYetDue',
  suspended: 'wf.suspended',
  litigation: 'wf.litigation',
} as const;

const count = (value: string) => (value.trim() === '' ? null : Number(value.trim().replaceAll(',', '')));

/** B, C = B ÷ A × 100 and the membership % of one snapshot, as the server computed them. */
function SnapshotAnswer({ snapshot }: { snapshot: WomensFundSnapshot }) {
  const { t, lang } = useI18n();
  return (
    <Alert
      color="teal"
      data-testid="wf-answer"
      title={`${snapshot.unit.nameTh} · ${formatIsoDate(snapshot.asOf, lang)}`}
    >
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <div>
          <Text size="xs">{t('wf.overdue')}</Text>
          <Text fw={700} data-testid="wf-overdue">
            {formatMoney(snapshot.overdue)}
          </Text>
        </div>
        <div>
          <Text size="xs">{t('wf.overduePercent')}</Text>
          <Text fw={700} data-testid="wf-overdue-percent">
            {formatPercent(snapshot.overduePercent.percent)}
          </Text>
        </div>
        <div>
          <Text size="xs">{t('wf.membershipPercent')}</Text>
          <Text fw={700} data-testid="wf-membership-percent">
            {formatPercent(snapshot.membershipPercent?.percent)}
          </Text>
        </div>
      </SimpleGrid>
    </Alert>
  );
}

function SnapshotForm({ unit }: { unit: string }) {
  const { t } = useI18n();
  const save = useSaveSnapshot();
  const [asOf, setAsOf] = useState(todayIso());
  const [money, setMoney] = useState<Record<(typeof moneyFields)[number], string>>({
    outstanding: '',
    notYetDue: '0',
    suspended: '0',
    litigation: '0',
  });
  const [members, setMembers] = useState('');
  const [women, setWomen] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: SnapshotInput = {
      unitCode: unit,
      asOf: asOf.trim(),
      ...money,
      members: count(members),
      womenAged15Plus: count(women),
    };
    save.mutate(input);
  };
  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="wf-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('wf.formTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <ThaiDateInput label={t('wf.asOf')} value={asOf} onChange={setAsOf} testId="wf-as-of" />
            {moneyFields.map((field) => (
              <TextInput
                key={field}
                label={t(labels[field])}
                value={money[field]}
                inputMode="decimal"
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setMoney((current) => ({ ...current, [field]: value }));
                }}
                data-testid={`wf-${field}`}
              />
            ))}
            <TextInput
              label={t('wf.members')}
              value={members}
              inputMode="numeric"
              onChange={(e) => setMembers(e.currentTarget.value)}
              data-testid="wf-members"
            />
            <TextInput
              label={t('wf.women')}
              value={women}
              inputMode="numeric"
              onChange={(e) => setWomen(e.currentTarget.value)}
              data-testid="wf-women"
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="wf-submit">
              {t('reg.save')}
            </Button>
          </Group>
          {save.isError && <ErrorAlert error={save.error} withTitle={false} testId="wf-error" />}
          {save.data && <SnapshotAnswer snapshot={save.data.snapshot} />}
        </Stack>
      </form>
    </Paper>
  );
}

const accepted = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type SectionProps = {
  unit: string;
  params: URLSearchParams;
  onFilter: (changes: Record<string, string>) => void;
};

/** Village and urban community funds: seed 000's totals over them all, the searched list, the add/edit form and the import. */
function CommunityFundsSection({ unit, params, onFilter }: SectionProps) {
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
  const importer = useCommunityFundImport(unit);
  const [editing, setEditing] = useState<CommunityFund | null>(null);
  return (
    <Stack gap="md" component="section" data-testid="cf-section">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('cf.title')}</Title>
        <ExportLink
          href={fundExportUrls.communityFunds(unit)}
          label={t('reg.exportExcel')}
          testId="cf-export"
        />
      </Group>
      {funds.isPending && unit !== '' && <PageLoader />}
      {funds.isError && <ResourceError error={funds.error} />}
      {funds.data && (
        <>
          <CommunityFundTotals report={funds.data.report} />
          <CommunityFundFilters filter={filter} onFilter={onFilter} />
          {(q || type || juristicPerson) && (
            <MatchCount matched={funds.data.matched} total={funds.data.total} testId="cf-matched" />
          )}
          <CommunityFundList
            items={funds.data.items}
            total={funds.data.total}
            onEdit={(f) => {
              setEditing(f);
              document.querySelector('[data-testid="cf-form"]')?.scrollIntoView({ behavior: 'smooth' });
            }}
          />
        </>
      )}
      <CommunityFundForm unit={unit} editing={editing} onDone={() => setEditing(null)} />
      <FileImportForm
        testId="cf-import"
        title={t('cf.importTitle')}
        help={t('cf.importHelp')}
        fileLabel={t('cf.importFile')}
        accept={accepted}
        mutation={importer}
        success={(data) => t('cf.imported', { created: data.created })}
      />
    </Stack>
  );
}

/** Debt relief target households of the fiscal year (searched) and the share of them all that reduced or cleared debt. */
function DebtReliefSection({ unit, fiscalYear, params, onFilter }: SectionProps & { fiscalYear: number }) {
  const { t } = useI18n();
  const q = params.get('debtQ');
  const reduced = oneOf(params.get('debtReduced'), yesNo);
  const filter = { ...(q ? { q } : {}), ...(reduced ? { reduced } : {}) };
  const list = useDebtRelief(unit, fiscalYear, filter);
  const importer = useDebtReliefImport(unit, fiscalYear);
  return (
    <Stack gap="md" component="section" data-testid="debt-section">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('debt.title', { year: fiscalYear })}</Title>
        <ExportLink
          href={fundExportUrls.debtRelief(unit, fiscalYear)}
          label={t('reg.exportExcel')}
          testId="debt-export"
        />
      </Group>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {list.data && <DebtReliefView list={list.data} filter={filter} onFilter={onFilter} />}
      <DebtReliefForm unit={unit} fiscalYear={fiscalYear} />
      <FileImportForm
        testId="debt-import"
        title={t('debt.importTitle')}
        help={t('debt.importHelp')}
        fileLabel={t('debt.importFile')}
        accept={accepted}
        mutation={importer}
        success={(data) => t('debt.imported', { created: data.created, updated: data.updated })}
      />
    </Stack>
  );
}

/** A province's women's fund reports (003 L1135–1151): the one picked, newest first, and the form to enter one. */
function PortfolioSection({ unit }: { unit: string }) {
  const { t, lang } = useI18n();
  const list = usePortfolios(unit);
  const [picked, setPicked] = useState<number | null>(null);
  const [editing, setEditing] = useState<WomensFundPortfolio | null>(null);
  const items = list.data?.items ?? [];
  const shown = items.find((p) => p.id === picked) ?? items[0];
  return (
    <Stack gap="md" component="section" data-testid="wfp-section">
      <Group justify="space-between" align="baseline">
        <Title order={3}>{t('wfp.title')}</Title>
        <ExportLink href={fundExportUrls.portfolio(unit)} label={t('reg.exportExcel')} testId="wfp-export" />
      </Group>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {list.data && items.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="wfp-empty">
          {t('reg.none')}
        </Text>
      )}
      {items.length > 1 && (
        <Select
          label={t('wfp.pick')}
          value={shown ? String(shown.id) : null}
          onChange={(v) => setPicked(v === null ? null : Number(v))}
          data={items.map((p) => ({
            value: String(p.id),
            label: `${formatIsoDate(p.asOf, lang)} · ${p.unit.nameTh}`,
          }))}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
          data-testid="wfp-pick"
        />
      )}
      {shown && (
        <>
          <PortfolioReport portfolio={shown} />
          <Group>
            <Button variant="default" size="xs" onClick={() => setEditing(shown)} data-testid="wfp-edit">
              {t('wfp.editThis')}
            </Button>
          </Group>
        </>
      )}
      <PortfolioForm unit={unit} editing={editing} />
    </Stack>
  );
}

/**
 * /registers/funds?unit=&fiscalYear=&cfQ=&cfType=&cfJuristic=&debtQ=&debtReduced=: the women's fund snapshots, the
 * community funds and debt relief, each list with its own search.
 */
export function FundsPage() {
  const { t, lang } = useI18n();
  const { params, unit, fiscalYear, update } = useRegisterContext();
  const list = useWomensFund(unit);
  const importer = useWomensFundImport(unit);
  return (
    <Stack gap="lg" maw={1400}>
      <RegistersTabs active="funds" unit={unit} fiscalYear={fiscalYear} />
      <ContextBar unit={unit} fiscalYear={fiscalYear} onChange={update} />
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('wf.title')}</Title>
        <ExportLink href={fundExportUrls.womensFund(unit)} label={t('reg.exportExcel')} testId="wf-export" />
      </Group>
      <SnapshotForm unit={unit} />
      <Title order={3} size="h4">
        {t('wf.history')}
      </Title>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('reg.none')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder striped data-testid="wf-snapshots">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('wf.unit')}</Table.Th>
                <Table.Th>{t('wf.asOf')}</Table.Th>
                <Table.Th ta="right">{t('wf.outstanding')}</Table.Th>
                <Table.Th ta="right">{t('wf.overdue')}</Table.Th>
                <Table.Th ta="right">{t('wf.overduePercent')}</Table.Th>
                <Table.Th ta="right">{t('wf.membershipPercent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.id} data-testid="wf-snapshot">
                  <Table.Td>{s.unit.nameTh}</Table.Td>
                  <Table.Td>{formatIsoDate(s.asOf, lang)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(s.outstanding)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(s.overdue)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(s.overduePercent.percent)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(s.membershipPercent?.percent)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FileImportForm
        testId="wf-import"
        title={t('wf.importTitle')}
        help={t('wf.importHelp')}
        fileLabel={t('wf.importFile')}
        accept={accepted}
        mutation={importer}
        success={(data) => t('wf.imported', { created: data.created, replaced: data.replaced })}
      />
      <PortfolioSection unit={unit} />
      <CommunityFundsSection unit={unit} params={params} onFilter={update} />
      <DebtReliefSection unit={unit} fiscalYear={fiscalYear} params={params} onFilter={update} />
    </Stack>
  );
}
