import { Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney, formatPercent } from '../../../shared/i18n/money';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
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
import { useSaveSnapshot, useWomensFund, useWomensFundImport, womensFundExportUrls } from '../api';
import type { SnapshotInput, WomensFundSnapshot } from '../types';

const moneyFields = ['outstanding', 'notYetDue', 'suspended', 'litigation'] as const;
const labels = {
  outstanding: 'wf.outstanding',
  notYetDue: 'wf.notYetDue',
  suspended: 'wf.suspended',
  litigation: 'wf.litigation',
} as const;

const count = (value: string) => (value.trim() === '' ? null : Number(value.trim().replaceAll(',', '')));

/** B, C = B ÷ A × 100 and the membership % of the snapshot just saved, as the server computed them. */
function SnapshotAnswer({ snapshot, onClose }: { snapshot: WomensFundSnapshot; onClose: () => void }) {
  const { t, lang } = useI18n();
  return (
    <SavedNotice
      testId="wf-answer"
      title={t('wf.saved', { unit: snapshot.unit.nameTh, date: formatIsoDate(snapshot.asOf, lang) })}
      onClose={onClose}
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
    </SavedNotice>
  );
}

function SnapshotForm({
  unit,
  stored,
  onSaved,
  onCancel,
}: {
  unit: string;
  /** The snapshots listed: the one at the date typed (if any) is the version this save replaces. */
  stored: WomensFundSnapshot[];
  /** With the snapshot as saved; the section closes the form and shows what the server computed. */
  onSaved: (snapshot: WomensFundSnapshot) => void;
  onCancel: () => void;
}) {
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
      rowVersion: stored.find((s) => s.asOf === asOf.trim())?.rowVersion ?? 0,
    };
    save.mutate(input, { onSuccess: (data) => onSaved(data.snapshot) });
  };
  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="wf-form">
        <Stack gap="sm">
          <Title order={4}>{t('wf.formTitle')}</Title>
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
          <FormFooter id="wf" mutation={save} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}

function WomensFundImport({ unit }: { unit: string }) {
  const { t } = useI18n();
  const importer = useWomensFundImport(unit);
  return (
    <SectionImport
      prefix="wf"
      mutation={importer}
      success={(data) => t('wf.imported', { created: data.created, replaced: data.replaced })}
    />
  );
}

function SnapshotTable({ items }: { items: WomensFundSnapshot[] }) {
  const { t, lang } = useI18n();
  return (
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
          {items.map((s) => (
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
  );
}

/** The women's fund debtor and member snapshots saved so far, then behind buttons the form and the import. */
export function SnapshotsSection({ unit, mayWrite }: { unit: string; mayWrite: boolean }) {
  const { t } = useI18n();
  const list = useWomensFund(unit);
  const panel = usePanel();
  const [saved, setSaved] = useState<WomensFundSnapshot | null>(null);
  const items = list.data?.items ?? [];
  const empty = list.data !== undefined && items.length === 0;
  const toggle = (p: Panel) => {
    setSaved(null);
    panel.toggle(p);
  };
  return (
    <RegisterSection
      id="wf"
      title={t('wf.snapshotsTitle')}
      formLabel={t('funds.enter')}
      open={panel.open}
      onToggle={toggle}
      mayWrite={mayWrite}
      empty={empty}
      emptyMessage={t('wf.empty')}
      exportHref={womensFundExportUrls.snapshots(unit)}
    >
      {saved && <SnapshotAnswer snapshot={saved} onClose={() => setSaved(null)} />}
      <InPlace open={panel.open === 'form'}>
        <SnapshotForm
          unit={unit}
          stored={items}
          onSaved={(snapshot) => {
            panel.close();
            setSaved(snapshot);
          }}
          onCancel={panel.close}
        />
      </InPlace>
      <InPlace open={panel.open === 'import'}>
        <WomensFundImport unit={unit} />
      </InPlace>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {items.length > 0 && <SnapshotTable items={items} />}
    </RegisterSection>
  );
}
