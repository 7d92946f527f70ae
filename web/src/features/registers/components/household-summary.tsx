import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { formatDate } from '../../../shared/thai-date/format-date';
import { formatPercent } from '../format';
import type { PovertyFigures, HouseholdSummary as Summary } from '../types';
import { householdStatuses } from '../types';

function LevelNeeds({ figures }: { figures: PovertyFigures }) {
  const { t } = useI18n();
  if (!figures.levels) return <Text size="xs">—</Text>;
  return (
    <Stack gap={2}>
      {figures.levels.map((l) => {
        const differs = l.table?.differsFromRule ?? false;
        return (
          <Text
            key={l.level}
            size="xs"
            data-testid="summary-level-need"
            data-level={l.level}
            c={differs ? 'orange.8' : undefined}
          >
            {t('hh.levelN', { level: l.level })}: {t('hh.byRule')}{' '}
            {l.rule ? t('hh.needMore', { count: formatNumber(l.rule.stillNeeded) }) : '—'}
            {' · '}
            {t('hh.byTable')} {l.table ? t('hh.needMore', { count: formatNumber(l.table.stillNeeded) }) : '—'}
            {differs && (
              <Badge ml={4} size="xs" color="orange" variant="light" data-testid="summary-level-differs">
                {t('hh.differs')}
              </Badge>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}

function Row({ name, code, f, bold }: { name: string; code: string; f: PovertyFigures; bold?: boolean }) {
  return (
    <Table.Tr data-testid="summary-row" data-unit={code} fw={bold ? 700 : undefined}>
      <Table.Td data-testid="summary-area">{name}</Table.Td>
      <Table.Td ta="right" data-testid="summary-households">
        {formatNumber(f.households)}
      </Table.Td>
      {householdStatuses.map((s) => (
        <Table.Td key={s} ta="right" data-testid={`summary-status-${s}`}>
          {formatNumber(f.byStatus[s])}
        </Table.Td>
      ))}
      <Table.Td ta="right" data-testid="summary-targets">
        {formatNumber(f.targets)}
      </Table.Td>
      <Table.Td ta="right" data-testid="summary-passed">
        {formatNumber(f.passed)}
      </Table.Td>
      <Table.Td ta="right" data-testid="summary-remaining">
        {formatNumber(f.remaining)}
      </Table.Td>
      <Table.Td ta="right" data-testid="summary-remaining-percent" title={f.reason ?? undefined}>
        {formatPercent(f.remainingPercent)}
      </Table.Td>
      <Table.Td data-testid="summary-level">{f.evaluation?.label ?? '—'}</Table.Td>
      <Table.Td miw={260}>
        <LevelNeeds figures={f} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Sheet 3, live: per district (or province) counts by status, targets, passed, remaining %, level and needs. */
export function HouseholdSummary({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap="sm" data-testid="household-summary">
      <div>
        <Title order={3} size="h4">
          {t('hh.summaryTitle', { year: summary.fiscalYear })} · {summary.unit.nameTh}
        </Title>
        <Text size="sm" c="dimmed">
          {t('hh.summaryYears', { baseline: summary.baselineYear, result: summary.resultYear })}
        </Text>
      </div>
      {summary.binding ? (
        <Badge variant="light" data-testid="summary-binding">
          {t('binding.chip', {
            measure: summary.binding.measureLabelTh,
            date: formatDate(summary.binding.asOf, lang),
          })}
        </Badge>
      ) : (
        <Text size="xs" c="dimmed" data-testid="summary-no-binding">
          {t('hh.noBinding')}
        </Text>
      )}
      {summary.warnings.length > 0 && (
        <Alert color="yellow" title={t('hh.warnings')} data-testid="summary-warnings">
          <Stack gap={4}>
            {summary.warnings.map((w) => (
              <Text key={w.message} size="sm" data-testid="summary-warning" data-code={w.code}>
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Table.ScrollContainer minWidth={1100}>
        <Table withTableBorder withColumnBorders striped fz="sm" data-testid="summary-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hh.area')}</Table.Th>
              <Table.Th>{t('hh.households')}</Table.Th>
              {householdStatuses.map((s) => (
                <Table.Th key={s}>{t(`status.${s}`)}</Table.Th>
              ))}
              <Table.Th>{t('hh.targets')}</Table.Th>
              <Table.Th>{t('hh.passed')}</Table.Th>
              <Table.Th>{t('hh.remaining')}</Table.Th>
              <Table.Th>{t('hh.remainingPercent')}</Table.Th>
              <Table.Th>{t('hh.level')}</Table.Th>
              <Table.Th>
                <Group gap={4}>{t('hh.levelNeeds')}</Group>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.areas.map((a) => (
              <Row key={a.unit.code} name={a.unit.nameTh} code={a.unit.code} f={a} />
            ))}
            <Row
              name={`${t('hh.total')} ${summary.unit.nameTh}`}
              code={summary.unit.code}
              f={summary.total}
              bold
            />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
