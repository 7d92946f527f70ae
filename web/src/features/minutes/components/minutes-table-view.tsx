import { Table, Text } from '@mantine/core';
import type { MinutesTable } from '../types';

const numeric = (text: string) => /^[\d,.\-–/ ]+$/.test(text);

/** A table inside an item, as inserted (a live table keeps the figures of its as-of date). */
export function MinutesTableView({ table, testId }: { table: MinutesTable; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text size="sm" fw={600} mb={4}>
        {table.titleTh}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder withColumnBorders striped>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot's rows never move
              <Table.Tr key={i}>
                {row.map((cell, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot's cells never move
                  <Table.Td key={j} ta={numeric(cell) ? 'right' : undefined}>
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {table.total && (
              <Table.Tr fw={700}>
                {table.total.map((cell, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot's cells never move
                  <Table.Td key={j} ta={numeric(cell) ? 'right' : undefined}>
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.noteTh && (
        <Text size="xs" c="dimmed">
          {table.noteTh}
        </Text>
      )}
    </div>
  );
}
