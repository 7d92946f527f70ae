import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { trimDecimal } from '../../../shared/i18n/number';
import { kpiPageUrl } from '../../dashboards/kpi-api';
import type { Round } from '../../kpis/types';
import { LevelBadge } from '../../scoring/components/level-badge';
import { nextLevelText } from '../../scoring/criteria-text';
import { type WeightList, weightLists } from '../print-rows';
import type { AgreementItem, AgreementView } from '../types';
import { ItemResult } from './item-result';
import { ResultForm } from './result-form';

type Props = {
  view: Pick<AgreementView, 'items' | 'total'>;
  optionalRequired: number;
  unitCode: string;
  /** Whether the user may enter results (not a viewer). */
  canEnterResults: boolean;
  /** The agreement's round: a result entered after it ended is dated its last day by default. */
  round: Round | undefined;
};

const warningColor = { gap: 'yellow', 'out-of-range': 'orange', 'not-counted': 'yellow' } as const;

/** Below this width each KPI is a card, so level and score stay in view on a phone. */
const CARDS = '(max-width: 64em)';

function ItemName({ item, unitCode }: { item: AgreementItem; unitCode: string }) {
  const { t } = useI18n();
  const counted = item.selected;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c={counted ? undefined : 'dimmed'}>
        {item.number}. {item.nameTh}
      </Text>
      <Anchor
        component={Link}
        to={kpiPageUrl(unitCode, item.kpiId)}
        size="xs"
        className="no-print"
        data-testid="agreement-kpi-page"
      >
        {t('kpiDash.open')}
      </Anchor>
      {item.unitOfMeasure && (
        <Text size="xs" c="dimmed">
          {t('agreement.unitOfMeasure', { unit: item.unitOfMeasure })}
        </Text>
      )}
      {item.section === 'optional' && (
        <Badge size="xs" variant={counted ? 'filled' : 'outline'} color={counted ? 'indigo' : 'gray'}>
          {t(counted ? 'agreement.chosen' : 'agreement.notChosen')}
        </Badge>
      )}
    </Stack>
  );
}

function ItemResultCell({ item, onEnter }: { item: AgreementItem; onEnter: (() => void) | null }) {
  const { t } = useI18n();
  return (
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
  );
}

function ItemNext({ item }: { item: AgreementItem }) {
  const { t, lang } = useI18n();
  const { evaluation } = item;
  return (
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
      {noOwnCriteria(item) && (
        <Text size="xs" c="dimmed">
          {t('agreement.noCriteria')}
        </Text>
      )}
    </Stack>
  );
}

const noOwnCriteria = (item: AgreementItem) =>
  !item.evaluation && item.criteria.type === 'project-defined' && !item.unitCriteria;
/** Whether a card has anything to say about the next level. */
const hasNext = (item: AgreementItem) =>
  Boolean(item.evaluation?.next || item.needed || item.evaluation?.warnings.length || noOwnCriteria(item));

const level = (item: AgreementItem) =>
  item.evaluation ? <LevelBadge level={item.evaluation.level} testId="item-level" /> : '—';
const contribution = (item: AgreementItem) => (item.selected ? (item.contribution ?? '—') : '—');

/** One KPI as a card: name, then weight, result, level, score and weighted score, then what the next level needs. */
function ItemCard({
  item,
  unitCode,
  onEnter,
}: {
  item: AgreementItem;
  unitCode: string;
  onEnter: (() => void) | null;
}) {
  const { t } = useI18n();
  const field = (label: string, value: ReactNode, testId?: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Box fz="sm" ff={testId && testId !== 'item-weight' ? 'monospace' : undefined} data-testid={testId}>
        {value}
      </Box>
    </Stack>
  );
  return (
    <Paper withBorder p="sm" data-testid="item-row" data-kpi-key={item.key} data-item-id={item.id}>
      <Stack gap="xs">
        <ItemName item={item} unitCode={unitCode} />
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
          {field(t('agreement.weight'), trimDecimal(item.weight), 'item-weight')}
          {field(t('agreement.level'), level(item))}
          {field(t('agreement.score'), item.evaluation?.score ?? '—', 'item-score')}
          {field(t('agreement.contribution'), contribution(item), 'item-contribution')}
        </SimpleGrid>
        {field(t('agreement.result'), <ItemResultCell item={item} onEnter={onEnter} />)}
        {hasNext(item) && field(t('agreement.next'), <ItemNext item={item} />)}
      </Stack>
    </Paper>
  );
}

function useListLabel() {
  const { t } = useI18n();
  return (list: WeightList) =>
    t('agreement.listTotal', {
      list: t(list.id === 'team' ? 'kpiKind.team' : 'kpiKind.individual'),
      weight: list.section ? trimDecimal(list.section.weightSum) : '—',
    });
}

/**
 * The agreement's two weight lists (ตัวชี้วัดรายทีม; รายบุคคล with the optional KPIs after it), each KPI with its
 * weight, result, level, score, weighted score and what comes next, and each list's total: a table that fits a
 * 1366 px screen, and one card per KPI on a phone.
 */
export function AgreementItemsTable({ view, optionalRequired, unitCode, canEnterResults, round }: Props) {
  const { t } = useI18n();
  const listLabel = useListLabel();
  const cards = useMediaQuery(CARDS);
  const [open, setOpen] = useState<number | null>(null);
  const onEnter = (item: AgreementItem) =>
    canEnterResults ? () => setOpen(open === item.id ? null : item.id) : null;
  const form = (item: AgreementItem) =>
    open === item.id ? (
      <ResultForm item={item} unitCode={unitCode} round={round} onDone={() => setOpen(null)} />
    ) : null;
  const optionalHeading = `${t('kpiKind.optional')} (${t('agreement.optionalRequired', { count: optionalRequired })})`;

  const tableRows = (items: AgreementItem[]) =>
    items.map((item) => (
      <Fragment key={item.id}>
        <Table.Tr data-testid="item-row" data-kpi-key={item.key} data-item-id={item.id}>
          <Table.Td>
            <ItemName item={item} unitCode={unitCode} />
          </Table.Td>
          <Table.Td ta="right" data-testid="item-weight">
            {trimDecimal(item.weight)}
          </Table.Td>
          <Table.Td>
            <ItemResultCell item={item} onEnter={onEnter(item)} />
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              {level(item)}
              <Text size="sm" ff="monospace" data-testid="item-score">
                {item.evaluation?.score ?? '—'}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td ta="right" ff="monospace" data-testid="item-contribution">
            {contribution(item)}
          </Table.Td>
          <Table.Td>
            <ItemNext item={item} />
          </Table.Td>
        </Table.Tr>
        {open === item.id && (
          <Table.Tr>
            <Table.Td colSpan={6} p="xs">
              {form(item)}
            </Table.Td>
          </Table.Tr>
        )}
      </Fragment>
    ));

  const cardList = (items: AgreementItem[]) =>
    items.map((item) => (
      <Stack key={item.id} gap="xs">
        <ItemCard unitCode={unitCode} item={item} onEnter={onEnter(item)} />
        {form(item)}
      </Stack>
    ));

  return (
    <Stack gap="lg">
      {weightLists(view).map((list) => (
        <Stack key={list.id} gap="xs" data-testid={`agreement-section-${list.id}`}>
          <Title order={3} size="h4">
            {t(list.id === 'team' ? 'kpiKind.team' : 'kpiKind.individual')}
          </Title>
          {cards ? (
            <>
              {cardList(list.items)}
              {list.optional.length > 0 && (
                <Title order={4} size="h5" data-testid="agreement-section-optional">
                  {optionalHeading}
                </Title>
              )}
              {cardList(list.optional)}
              <Paper withBorder p="sm" bg="gray.0" data-testid="list-total" data-list={list.id}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={700}>
                    {listLabel(list)}
                  </Text>
                  <Text size="sm" fw={700} ff="monospace" data-testid="list-total-score">
                    {list.section?.score ?? '—'}
                  </Text>
                </Group>
              </Paper>
            </>
          ) : (
            <Table withTableBorder verticalSpacing="sm" layout="fixed" data-testid="agreement-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="25%">{t('agreement.kpi')}</Table.Th>
                  <Table.Th w="7%" ta="right">
                    {t('agreement.weight')}
                  </Table.Th>
                  <Table.Th w="17%">{t('agreement.result')}</Table.Th>
                  <Table.Th w="12%">{t('agreement.levelScore')}</Table.Th>
                  <Table.Th w="13%" ta="right">
                    {t('agreement.contribution')}
                  </Table.Th>
                  <Table.Th>{t('agreement.next')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tableRows(list.items)}
                {list.optional.length > 0 && (
                  <Table.Tr data-testid="agreement-section-optional">
                    <Table.Td colSpan={6} bg="gray.0" fw={600}>
                      {optionalHeading}
                    </Table.Td>
                  </Table.Tr>
                )}
                {tableRows(list.optional)}
                <Table.Tr bg="gray.0" data-testid="list-total" data-list={list.id}>
                  <Table.Td colSpan={4} fw={700}>
                    {listLabel(list)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" fw={700} data-testid="list-total-score">
                    {list.section?.score ?? '—'}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
