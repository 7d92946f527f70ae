import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, Fragment, useState } from 'react';
import {
  type PortfolioStatus,
  portfolioStatuses,
} from '../../../../../src/domain/registers/womens-fund-portfolio.ts';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney, formatPercent } from '../../../shared/i18n/money';
import { formatNumber } from '../../../shared/i18n/number';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import {
  FormFooter,
  InPlace,
  type Panel,
  RegisterSection,
  SavedNotice,
  SectionImport,
  usePanel,
} from '../../registers/components/section-panels';
import { usePortfolioImport, usePortfolios, useSavePortfolio, womensFundExportUrls } from '../api';
import type { PortfolioInput, WomensFundPortfolio } from '../types';

const statusLabels = {
  'principal-repaid': 'wfp.status.principal-repaid',
  paying: 'wfp.status.paying',
  'in-default': 'wfp.status.in-default',
  'debt-acknowledged': 'wfp.status.debt-acknowledged',
  restructured: 'wfp.status.restructured',
  moratorium: 'wfp.status.moratorium',
  'penalty-waived': 'wfp.status.penalty-waived',
  litigation: 'wfp.status.litigation',
} as const;

const groupLabels = {
  repaid: 'wfp.group.repaid',
  debtor: 'wfp.group.debtor',
  relief: 'wfp.group.relief',
} as const;
const groupColors = { repaid: 'gray', debtor: 'blue', relief: 'orange' } as const;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs">{label}</Text>
      <Text fw={700} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** The report's eight lines as the seed prints them (003 L1135–1151), with the server's checks and derived figures. */
function PortfolioReport({ portfolio }: { portfolio: WomensFundPortfolio }) {
  const { t, lang } = useI18n();
  const line = (status: PortfolioStatus) => portfolio.lines.find((l) => l.status === status);
  return (
    <Paper withBorder p="md" data-testid="wfp-report">
      <Stack gap="sm">
        <Title order={4}>
          {t('wfp.heading', { date: formatIsoDate(portfolio.asOf, lang), unit: portfolio.unit.nameTh })}
        </Title>
        <Text size="sm" data-testid="wfp-approved">
          {t('wfp.approved', {
            from: portfolio.approvedFrom,
            to: portfolio.approvedTo,
            projects: formatNumber(portfolio.approved.projects),
            amount: formatMoney(portfolio.approved.amount),
          })}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder striped data-testid="wfp-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('wfp.no')}</Table.Th>
                <Table.Th>{t('wfp.status')}</Table.Th>
                <Table.Th ta="right">{t('wfp.projects')}</Table.Th>
                <Table.Th ta="right">{t('wfp.amount')}</Table.Th>
                <Table.Th>{t('wfp.kind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {portfolio.lines.map((l, index) => (
                <Table.Tr key={l.status} data-testid={`wfp-line-${l.status}`}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{t(statusLabels[l.status])}</Table.Td>
                  <Table.Td ta="right" data-testid="wfp-line-projects">
                    {formatNumber(l.projects)}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="wfp-line-amount">
                    {formatMoney(l.amount)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm" color={groupColors[l.group]}>
                      {t(groupLabels[l.group])}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Figure
            label={t('wfp.outstanding')}
            value={formatMoney(portfolio.outstanding.amount)}
            testId="wfp-outstanding-amount"
          />
          <Figure
            label={t('wfp.outstandingProjects')}
            value={formatNumber(portfolio.outstanding.projects)}
            testId="wfp-outstanding-projects"
          />
          <Figure
            label={t('wfp.defaultByProjects')}
            value={formatPercent(portfolio.defaultShare.projects.percent)}
            testId="wfp-default-projects"
          />
          <Figure
            label={t('wfp.defaultByAmount')}
            value={formatPercent(portfolio.defaultShare.amount.percent)}
            testId="wfp-default-amount"
          />
        </SimpleGrid>
        <Figure
          label={t('wfp.relief')}
          value={t('wfp.reliefValue', {
            projects: formatNumber(portfolio.relief.projects),
            amount: formatMoney(portfolio.relief.amount),
          })}
          testId="wfp-relief"
        />
        <Text size="sm" c="teal" data-testid="wfp-check">
          ✓{' '}
          {t('wfp.check', {
            paying: formatNumber(line('paying')?.projects ?? 0),
            inDefault: formatNumber(line('in-default')?.projects ?? 0),
            total: formatNumber(portfolio.outstanding.projects),
          })}
        </Text>
        {portfolio.notes.length > 0 && (
          <Alert color="blue" title={t('wfp.notes')} data-testid="wfp-notes">
            <List size="sm" spacing={4}>
              {portfolio.notes.map((n) => (
                <List.Item key={n.code} data-testid="wfp-note">
                  {n.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

type LineFields = { projects: string; amount: string };
type Fields = {
  asOf: string;
  approvedFrom: string;
  approvedTo: string;
  approvedProjects: string;
  approvedAmount: string;
  statuses: Record<PortfolioStatus, LineFields>;
};

const emptyLines = () =>
  Object.fromEntries(portfolioStatuses.map((s) => [s, { projects: '', amount: '' }])) as Record<
    PortfolioStatus,
    LineFields
  >;

const emptyFields = (): Fields => ({
  asOf: '',
  approvedFrom: '',
  approvedTo: '',
  approvedProjects: '',
  approvedAmount: '',
  statuses: emptyLines(),
});

function fieldsOf(p: WomensFundPortfolio): Fields {
  const statuses = emptyLines();
  for (const l of p.lines) statuses[l.status] = { projects: String(l.projects), amount: l.amount };
  return {
    asOf: p.asOf,
    approvedFrom: String(p.approvedFrom),
    approvedTo: String(p.approvedTo),
    approvedProjects: String(p.approved.projects),
    approvedAmount: p.approved.amount,
    statuses,
  };
}

/** Counts go as typed (commas dropped): the server refuses anything that is not a whole number, in Thai. */
const whole = (value: string) => value.trim().replaceAll(',', '');

/**
 * Enters or replaces a province's report as of a date; the server checks it and answers with what it derived. The
 * section remounts it for each report edited, so the fields start from it.
 */
function PortfolioForm({
  unit,
  editing,
  onSaved,
  onCancel,
}: {
  unit: string;
  editing: WomensFundPortfolio | null;
  /** With the report as saved; the section closes the form. */
  onSaved: (portfolio: WomensFundPortfolio) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSavePortfolio();
  const [fields, setFields] = useState<Fields>(() => (editing ? fieldsOf(editing) : emptyFields()));

  const set = (key: Exclude<keyof Fields, 'statuses'>) => (value: string) =>
    setFields((c) => ({ ...c, [key]: value }));
  const setLine = (status: PortfolioStatus, key: keyof LineFields, value: string) =>
    setFields((c) => ({
      ...c,
      statuses: { ...c.statuses, [status]: { ...c.statuses[status], [key]: value } },
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: PortfolioInput = {
      unitCode: unit,
      asOf: fields.asOf.trim(),
      approvedFrom: whole(fields.approvedFrom),
      approvedTo: whole(fields.approvedTo),
      approvedProjects: whole(fields.approvedProjects),
      approvedAmount: fields.approvedAmount.trim(),
      statuses: Object.fromEntries(
        portfolioStatuses.map((s) => [
          s,
          { projects: whole(fields.statuses[s].projects), amount: fields.statuses[s].amount.trim() },
        ]),
      ) as PortfolioInput['statuses'],
      ...(editing && editing.asOf === fields.asOf.trim() ? { rowVersion: editing.rowVersion } : {}),
    };
    save.mutate(input, { onSuccess: (data) => onSaved(data.portfolio) });
  };

  const header = [
    ['approvedFrom', 'wfp.approvedFrom', 'wfp-approved-from', 'numeric'],
    ['approvedTo', 'wfp.approvedTo', 'wfp-approved-to', 'numeric'],
    ['approvedProjects', 'wfp.approvedProjects', 'wfp-approved-projects', 'numeric'],
    ['approvedAmount', 'wfp.approvedAmount', 'wfp-approved-amount', 'decimal'],
  ] as const;

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="wfp-form">
        <Stack gap="sm">
          <Title order={4}>{t('wfp.formTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('wfp.formHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
            <ThaiDateInput
              label={t('wfp.asOf')}
              value={fields.asOf}
              onChange={set('asOf')}
              required
              testId="wfp-as-of"
            />
            {header.map(([key, label, testId, mode]) => (
              <TextInput
                key={key}
                label={t(label)}
                value={fields[key]}
                inputMode={mode}
                required
                onChange={(e) => set(key)(e.currentTarget.value)}
                data-testid={testId}
              />
            ))}
          </SimpleGrid>
          <Grid gap="xs" align="center">
            <Grid.Col span={{ base: 12, sm: 4 }} visibleFrom="sm">
              <Text size="sm" fw={600}>
                {t('wfp.status')}
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 5, sm: 3 }}>
              <Text size="sm" fw={600}>
                {t('wfp.projects')}
              </Text>
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 5 }}>
              <Text size="sm" fw={600}>
                {t('wfp.amount')}
              </Text>
            </Grid.Col>
            {portfolioStatuses.map((s, index) => {
              const status = t(statusLabels[s]);
              return (
                <Fragment key={s}>
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <Text size="sm">
                      {index + 1}) {status}
                    </Text>
                  </Grid.Col>
                  <Grid.Col span={{ base: 5, sm: 3 }}>
                    <TextInput
                      aria-label={t('wfp.lineProjects', { status })}
                      value={fields.statuses[s].projects}
                      inputMode="numeric"
                      required
                      onChange={(e) => setLine(s, 'projects', e.currentTarget.value)}
                      data-testid={`wfp-${s}-projects`}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 7, sm: 5 }}>
                    <TextInput
                      aria-label={t('wfp.lineAmount', { status })}
                      value={fields.statuses[s].amount}
                      inputMode="decimal"
                      required
                      onChange={(e) => setLine(s, 'amount', e.currentTarget.value)}
                      data-testid={`wfp-${s}-amount`}
                    />
                  </Grid.Col>
                </Fragment>
              );
            })}
          </Grid>
          <FormFooter id="wfp" mutation={save} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}

function PortfolioImport({ unit }: { unit: string }) {
  const { t } = useI18n();
  const importer = usePortfolioImport(unit);
  return (
    <SectionImport
      prefix="wfp"
      mutation={importer}
      success={(data) => t('wf.imported', { created: data.created, replaced: data.replaced })}
    />
  );
}

/**
 * A province's women's fund reports (003 L1135–1151): the one picked, newest first, then behind a button the form to
 * enter one or edit the one shown.
 */
export function PortfolioSection({ unit, mayWrite }: { unit: string; mayWrite: boolean }) {
  const { t, lang } = useI18n();
  const list = usePortfolios(unit);
  const panel = usePanel();
  const [picked, setPicked] = useState<number | null>(null);
  const [editing, setEditing] = useState<WomensFundPortfolio | null>(null);
  const [saved, setSaved] = useState<WomensFundPortfolio | null>(null);
  const items = list.data?.items ?? [];
  const shown = items.find((p) => p.id === picked) ?? items[0];
  const empty = list.data !== undefined && items.length === 0;
  const openForm = (portfolio: WomensFundPortfolio | null) => {
    setSaved(null);
    setEditing(portfolio);
    panel.show('form');
  };
  /** "บันทึกข้อมูล" over an open edit switches the form to a new report rather than closing it. */
  const toggle = (p: Panel) => {
    if (p !== 'form') return panel.toggle(p);
    if (panel.open === 'form' && editing === null) return panel.close();
    openForm(null);
  };
  return (
    <RegisterSection
      id="wfp"
      title={t('wfp.title')}
      formLabel={t('funds.enter')}
      open={panel.open}
      onToggle={toggle}
      mayWrite={mayWrite}
      empty={empty}
      emptyMessage={t('wfp.empty')}
      exportHref={womensFundExportUrls.portfolio(unit)}
    >
      {saved && (
        <SavedNotice testId="wfp-saved" onClose={() => setSaved(null)}>
          {t('wfp.saved', { date: formatIsoDate(saved.asOf, lang) })}
        </SavedNotice>
      )}
      <InPlace open={panel.open === 'form'} reveal={editing}>
        <PortfolioForm
          key={editing?.id ?? 'new'}
          unit={unit}
          editing={editing}
          onSaved={(portfolio) => {
            panel.close();
            setPicked(portfolio.id);
            setSaved(portfolio);
          }}
          onCancel={panel.close}
        />
      </InPlace>
      <InPlace open={panel.open === 'import'}>
        <PortfolioImport unit={unit} />
      </InPlace>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
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
          {mayWrite && (
            <Group>
              <Button variant="default" size="xs" onClick={() => openForm(shown)} data-testid="wfp-edit">
                {t('wfp.editThis')}
              </Button>
            </Group>
          )}
        </>
      )}
    </RegisterSection>
  );
}
