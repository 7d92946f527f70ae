import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

type Column = { label: string; width?: number | string; center?: boolean };

type Props = { columns: Column[]; rows: ReactNode[][]; testId: string };

/**
 * A small table of a KPI card: bordered columns on a desktop, and on a phone one box per row with each cell under
 * its column's name, so no column is cut off at 390 px.
 */
export function ResponsiveRows({ columns, rows, testId }: Props) {
  const phone = useMediaQuery('(max-width: 48em)');
  if (phone) {
    return (
      <Stack gap="xs" data-testid={testId}>
        {rows.map((cells, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows keep their printed order
          <Paper key={index} withBorder p="xs">
            <Stack gap={4}>
              {cells.map((cell, at) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the columns
                <div key={at}>
                  <Text size="xs" c="dimmed">
                    {columns[at]?.label}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {cell}
                  </Text>
                </div>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table withTableBorder withColumnBorders data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.label} w={column.width}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((cells, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows keep their printed order
          <Table.Tr key={index}>
            {cells.map((cell, at) => (
              <Table.Td
                // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the columns
                key={at}
                ta={columns[at]?.center ? 'center' : undefined}
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
