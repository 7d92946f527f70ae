import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatPercent } from '../../../shared/i18n/money';
import { formatNumber } from '../../../shared/i18n/number';
import { formatDate } from '../../../shared/thai-date/format-date';
import type { PovertyFigures, HouseholdSummary as Summary } from '../types';
import { householdStatuses } from '../types';

const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * One cell per level: households still to pass by the rule, and after a slash by the agreement's table where that
 * count differs (seed 001's table does not always follow its own rule), in orange; both spelled out on hover.
 */
function LevelNeedCells({ figures }: { figures: PovertyFigures }) {
  const { t } = useI18n();
  return LEVELS.map((level) => {
    const l = figures.levels?.find((x) => x.level === level);
    const differs = l?.rule != null && l.table != null && l.rule.stillNeeded !== l.table.stillNeeded;
    // No count by the rule when the level cannot be reached: a dash, not 0 households.
    const rule = l?.rule?.stillNeeded != null ? formatNumber(l.rule.stillNeeded) : '—';
    const table = l?.table ? formatNumber(l.table.stillNeeded) : '—';
    return (
      <Table.Td
        key={level}
        ta="right"
        c={differs ? 'orange.8' : undefined}
        title={l ? `${t('hh.byRule')} ${rule} · ${t('hh.byTable')} ${table}` : undefined}
        data-testid="summary-level-need"
        data-level={level}
        data-differs={differs || undefined}
      >
        {l ? (differs ? `${rule} / ${table}` : rule) : '—'}
      </Table.Td>
    );
  });
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
      <LevelNeedCells figures={f} />
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
      <Text size="xs" c="dimmed" data-testid="summary-needs-legend">
        {t('hh.needsLegend')}
      </Text>
      <Table.ScrollContainer minWidth={1150}>
        <Table withTableBorder withColumnBorders striped fz="sm" data-testid="summary-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{t('hh.area')}</Table.Th>
              <Table.Th rowSpan={2}>{t('hh.households')}</Table.Th>
              {householdStatuses.map((s) => (
                <Table.Th key={s} rowSpan={2}>
                  {t(`status.${s}`)}
                </Table.Th>
              ))}
              <Table.Th rowSpan={2}>{t('hh.targets')}</Table.Th>
              <Table.Th rowSpan={2}>{t('hh.passed')}</Table.Th>
              <Table.Th rowSpan={2}>{t('hh.remaining')}</Table.Th>
              <Table.Th rowSpan={2}>{t('hh.remainingPercent')}</Table.Th>
              <Table.Th rowSpan={2}>{t('hh.level')}</Table.Th>
              <Table.Th colSpan={LEVELS.length} ta="center">
                {t('hh.levelNeeds')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              {LEVELS.map((level) => (
                <Table.Th key={level} ta="right">
                  {t('hh.levelN', { level })}
                </Table.Th>
              ))}
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
