import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useI18n } from '../../../../shared/i18n/language';
import { FieldLabel } from './field-label';
import { emptyRow, problemAt, rowsOf } from './field-values';
import { ScalarInput } from './scalar-field';
import type { FieldInputProps, ScalarValue, TableField, TableRow } from './types';

type Props = FieldInputProps<TableField, TableRow[]>;

/** Repeating rows: a table on a wide screen, one card per row on a phone; rows added and removed within min–max. */
export function TableFieldInput({ field, value, onChange, problems, readOnly }: Props) {
  const { t } = useI18n();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const rows = rowsOf(value);
  const setCell = (index: number, key: string, cell: ScalarValue) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: cell } : row)));
  const removeRow = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const canAdd = !readOnly && rows.length < field.maxRows;
  const canRemove = !readOnly && rows.length > field.minRows;
  const cell = (index: number, row: TableRow, hideLabel: boolean) =>
    field.columns.map((column) => {
      const input = (
        <ScalarInput
          key={column.key}
          field={column}
          value={row[column.key]}
          onChange={(next) => setCell(index, column.key, next)}
          error={problemAt(problems, `${field.key}.${index}.${column.key}`)}
          readOnly={readOnly}
          hideLabel={hideLabel}
          testId={`form-input-${field.key}-${index}-${column.key}`}
        />
      );
      return hideLabel ? (
        <Table.Td key={column.key} miw={column.kind === 'number' || column.kind === 'computed' ? 110 : 160}>
          {input}
        </Table.Td>
      ) : (
        input
      );
    });
  const removeButton = (index: number) =>
    canRemove && (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => removeRow(index)}
        data-testid={`form-table-${field.key}-remove-${index}`}
      >
        {t('form.removeRow')}
      </Button>
    );
  const tableError = problemAt(problems, field.key);
  return (
    <Stack gap="xs" data-testid={`form-table-${field.key}`}>
      <FieldLabel field={field} note={t('form.rowsLimit', { min: field.minRows, max: field.maxRows })} />
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noRows')}
        </Text>
      )}
      {rows.length > 0 && wide && (
        <Table.ScrollContainer minWidth={field.columns.length * 140}>
          <Table withTableBorder withColumnBorders verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                {field.columns.map((c) => (
                  <Table.Th key={c.key}>
                    {c.labelTh}
                    {'unit' in c && c.unit ? ` (${c.unit})` : ''}
                    {c.required && <span style={{ color: 'var(--mantine-color-red-6)' }}> *</span>}
                  </Table.Th>
                ))}
                {canRemove && <Table.Th w={70} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; problems name them by index
                <Table.Tr key={index} data-testid={`form-table-${field.key}-row`}>
                  <Table.Td>{index + 1}</Table.Td>
                  {cell(index, row, true)}
                  {canRemove && <Table.Td>{removeButton(index)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > 0 &&
        !wide &&
        rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; problems name them by index
          <Paper key={index} withBorder p="sm" bg="gray.0" data-testid={`form-table-${field.key}-row`}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {t('form.row', { n: index + 1 })}
                </Text>
                {removeButton(index)}
              </Group>
              {cell(index, row, false)}
            </Stack>
          </Paper>
        ))}
      {canAdd && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => onChange([...rows, emptyRow(field.columns)])}
            data-testid={`form-table-${field.key}-add`}
          >
            {t('form.addRow')}
          </Button>
        </Group>
      )}
      {tableError && (
        <Text size="xs" c="red">
          {tableError}
        </Text>
      )}
    </Stack>
  );
}
