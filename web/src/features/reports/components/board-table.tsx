import { Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { reportsLink } from '../report-context';
import type { BoardCell, BoardView, StateColour } from '../types';

const legend: StateColour[] = ['green', 'orange', 'red', 'blue', 'yellow', 'gray'];

function Cell({
  cell,
  unitCode,
  month,
  testIds,
}: {
  cell: BoardCell;
  unitCode: string;
  month: string;
  testIds: Record<string, string>;
}) {
  const { t } = useI18n();
  if (!cell.expected) {
    return (
      <Text size="xs" c="dimmed" ta="center" data-testid="board-cell" data-state="not-expected" {...testIds}>
        {t('board.notExpected')}
      </Text>
    );
  }
  const points = cell.timeliness.points;
  const to =
    cell.submissionId !== null
      ? `/reports/submissions/${cell.submissionId}`
      : reportsLink('/reports', { month, unit: unitCode });
  return (
    <UnstyledButton
      component={Link}
      to={to}
      display="block"
      p={6}
      style={{
        borderRadius: 6,
        background: `var(--mantine-color-${cell.colour}-light)`,
        color: `var(--mantine-color-${cell.colour}-light-color)`,
        border: `1px solid var(--mantine-color-${cell.colour}-outline)`,
        minWidth: 96,
      }}
      data-testid="board-cell"
      data-state={cell.state}
      data-colour={cell.colour}
      data-points={points ?? ''}
      {...testIds}
    >
      <Text size="xs" fw={700} lh={1.3} data-testid="board-cell-state">
        {t(`reportStateShort.${cell.state}`)}
      </Text>
      <Text size="xs" lh={1.3} data-testid="board-cell-points">
        {points === null ? '—' : t('points.value', { points })}
      </Text>
    </UnstyledButton>
  );
}

/** Every district × every report due in the month, coloured by the API's hint; a cell opens that report. */
export function BoardTable({ board }: { board: BoardView }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p={0}>
      <Table.ScrollContainer minWidth={Math.max(340, 160 + board.columns.length * 120)}>
        <Table stickyHeader verticalSpacing={4} horizontalSpacing="xs" data-testid="board-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th
                style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}
              >
                {t('board.district')}
              </Table.Th>
              {board.columns.map((column) => (
                <Table.Th
                  key={`${column.reportTypeId}-${column.periodKey}`}
                  data-testid="board-column"
                  data-report-type={column.reportTypeId}
                >
                  <Text size="sm" fw={700} lh={1.3}>
                    {column.nameTh}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('mine.due', { date: formatIsoDate(column.dueDate, lang) })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {board.rows.map((row) => (
              <Table.Tr key={row.unit.code} data-testid="board-row" data-unit={row.unit.code}>
                <Table.Td
                  style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}
                >
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {row.unit.nameTh}
                  </Text>
                </Table.Td>
                {row.cells.map((cell, index) => {
                  const column = board.columns[index];
                  return (
                    <Table.Td key={`${column?.reportTypeId}-${column?.periodKey}`}>
                      <Cell
                        cell={cell}
                        unitCode={row.unit.code}
                        month={board.month}
                        testIds={{
                          'data-unit': row.unit.code,
                          'data-report-type': String(column?.reportTypeId ?? ''),
                        }}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs" p="xs" wrap="wrap" data-testid="board-legend">
        <Text size="xs" c="dimmed">
          {t('board.legend')}:
        </Text>
        {legend.map((colour) => (
          <Group key={colour} gap={4} wrap="nowrap">
            <span
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                borderRadius: 3,
                background: `var(--mantine-color-${colour}-light)`,
                border: `1px solid var(--mantine-color-${colour}-outline)`,
              }}
            />
            <Text size="xs">{t(`board.legend.${colour}`)}</Text>
          </Group>
        ))}
      </Group>
    </Paper>
  );
}
