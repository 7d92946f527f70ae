import { Alert, Badge, Box, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { trimDecimal } from '../../../shared/i18n/number';
import { kpiKindLabel } from '../../kpis/kpi-sections';
import { type KpiKind, kpiKinds } from '../../kpis/types';
import { LevelBadge } from '../../scoring/components/level-badge';
import { nextLevelText } from '../../scoring/criteria-text';
import type { AgreementItem } from '../types';
import { ItemResult } from './item-result';
import { ResultForm } from './result-form';

type Props = {
  items: AgreementItem[];
  optionalRequired: number;
  unitCode: string;
  /** Whether the user may enter results (not a viewer). */
  canEnterResults: boolean;
};

const warningColor = { gap: 'yellow', 'out-of-range': 'orange', 'not-counted': 'yellow' } as const;

function ItemCells({ item, onEnter }: { item: AgreementItem; onEnter: (() => void) | null }) {
  const { t, lang } = useI18n();
  const { evaluation } = item;
  const counted = item.selected;
  return (
    <>
      <Table.Td>
        <Text size="sm" fw={600} c={counted ? undefined : 'dimmed'}>
          {item.number}. {item.nameTh}
        </Text>
        <Text size="xs" c="dimmed">
          {item.key}
          {item.unitOfMeasure ? ` · ${item.unitOfMeasure}` : ''}
        </Text>
        {item.section === 'optional' && (
          <Badge
            size="xs"
            variant={counted ? 'filled' : 'outline'}
            color={counted ? 'indigo' : 'gray'}
            mt={4}
          >
            {t(counted ? 'agreement.chosen' : 'agreement.notChosen')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="item-weight">
        {trimDecimal(item.weight)}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <ItemResult item={item} />
          {item.resultError && (
            <Text size="xs" c="red" data-testid="item-result-error">
              {item.resultError} {t('agreement.resultExcluded')}
            </Text>
          )}
          {onEnter && (
            <Button size="compact-xs" variant="light" onClick={onEnter} data-testid="result-open">
              {t('agreement.enterResult')}
            </Button>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{evaluation ? <LevelBadge level={evaluation.level} testId="item-level" /> : '—'}</Table.Td>
      <Table.Td ta="right" ff="monospace" data-testid="item-score">
        {evaluation?.score ?? '—'}
      </Table.Td>
      <Table.Td ta="right" ff="monospace" data-testid="item-contribution">
        {counted ? (item.contribution ?? '—') : '—'}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {evaluation?.next && (
            <Text size="sm" data-testid="item-next">
              {nextLevelText(evaluation.next, lang)}
            </Text>
          )}
          {item.needed && (
            <Text size="sm" fw={600} data-testid="item-needed">
              {item.needed.text}
            </Text>
          )}
          {evaluation?.warnings.map((warning) => (
            <Alert
              key={warning.code + warning.message}
              color={warningColor[warning.code]}
              variant="light"
              p={6}
              data-testid="item-warning"
              data-code={warning.code}
            >
              <Text size="xs">{warning.message}</Text>
            </Alert>
          ))}
          {!evaluation && item.criteria.type === 'project-defined' && !item.unitCriteria && (
            <Text size="xs" c="dimmed">
              {t('agreement.noCriteria')}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </>
  );
}

/** One table per section (ตัวชี้วัดรายทีม / รายบุคคล / ทางเลือก): weight, result, level, score, what comes next. */
export function AgreementItemsTable({ items, optionalRequired, unitCode, canEnterResults }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const sections = kpiKinds
    .map((kind) => ({ kind, items: items.filter((item) => item.section === kind) }))
    .filter((section) => section.items.length > 0);

  const heading = (kind: KpiKind) =>
    kind === 'optional'
      ? `${t(kpiKindLabel[kind])} (${t('agreement.optionalRequired', { count: optionalRequired })})`
      : t(kpiKindLabel[kind]);

  return (
    <Stack gap="lg">
      {sections.map((section) => (
        <Stack key={section.kind} gap="xs" data-testid={`agreement-section-${section.kind}`}>
          <Title order={3} size="h4">
            {heading(section.kind)}
          </Title>
          <Table.ScrollContainer minWidth={960}>
            <Table withTableBorder verticalSpacing="sm" styles={{ th: { whiteSpace: 'nowrap' } }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th miw={220}>{t('agreement.kpi')}</Table.Th>
                  <Table.Th ta="right">{t('agreement.weight')}</Table.Th>
                  <Table.Th w={150}>{t('agreement.result')}</Table.Th>
                  <Table.Th w={110}>{t('agreement.level')}</Table.Th>
                  <Table.Th ta="right">{t('agreement.score')}</Table.Th>
                  <Table.Th ta="right">{t('agreement.contribution')}</Table.Th>
                  <Table.Th w="26%">{t('agreement.next')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {section.items.map((item) => (
                  <Fragment key={item.id}>
                    <Table.Tr data-testid="item-row" data-kpi-key={item.key} data-item-id={item.id}>
                      <ItemCells
                        item={item}
                        onEnter={canEnterResults ? () => setOpen(open === item.id ? null : item.id) : null}
                      />
                    </Table.Tr>
                    {open === item.id && (
                      <Table.Tr>
                        <Table.Td colSpan={7} p={0}>
                          {/* Sticky so the form stays in view while the wide table scrolls sideways on a phone. */}
                          <Box p="xs" style={{ position: 'sticky', left: 0, maxWidth: 'calc(100vw - 2rem)' }}>
                            <ResultForm item={item} unitCode={unitCode} onDone={() => setOpen(null)} />
                          </Box>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}
