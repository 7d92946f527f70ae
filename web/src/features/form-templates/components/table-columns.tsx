import { Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { columnKinds, move, newColumn, removeAt, replaceAt } from '../definition-edit';
import type { ColumnField, FormField } from '../types';
import { AddKindMenu, ItemRow } from './item-row';

/** How the table's owner draws one column's properties (FieldProperties, handed in so the two files need no cycle). */
export type ColumnEditor = (props: {
  column: ColumnField;
  onChange: (column: FormField) => void;
  columns: ColumnField[];
  otherKeys: string[];
  problem: string | undefined;
}) => ReactNode;

type Props = {
  columns: ColumnField[];
  onChange: (columns: ColumnField[]) => void;
  disabled: boolean;
  problem: { column: number; message: string } | undefined;
  editor: ColumnEditor;
};

/** A table field's columns: add by kind, reorder, remove, and the selected column's properties below the list. */
export function TableColumns({ columns, onChange, disabled, problem, editor }: Props) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(problem?.column ?? 0);
  const current = columns[selected];
  const keys = columns.map((c) => c.key);
  return (
    <Stack gap={6} data-testid="designer-columns">
      <Text size="sm" fw={500}>
        {t('designer.columns')}
      </Text>
      {columns.map((column, index) => (
        <ItemRow
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are edited in place, keys may be retyped
          key={index}
          labelTh={column.labelTh}
          kind={column.kind}
          fieldKey={column.key}
          selected={index === selected}
          problem={problem?.column === index}
          disabled={disabled}
          onSelect={() => setSelected(index)}
          onMove={(by) => {
            onChange(move(columns, index, by));
            setSelected(Math.max(0, Math.min(columns.length - 1, index + by)));
          }}
          onRemove={() => {
            onChange(removeAt(columns, index));
            setSelected(0);
          }}
          testId="designer-column"
        />
      ))}
      {!disabled && (
        <Group>
          <AddKindMenu
            kinds={columnKinds}
            label={t('designer.addColumn')}
            onAdd={(kind) => {
              const label = t('designer.newFieldLabel', { kind: t(`designer.kind.${kind}`) });
              onChange([...columns, newColumn(kind, keys, label)]);
              setSelected(columns.length);
            }}
            testId="designer-add-column"
          />
        </Group>
      )}
      {current && (
        <Stack gap="xs" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-blue-2)' }}>
          <Text size="xs" c="dimmed">
            {t('designer.column', { number: selected + 1 })}
          </Text>
          {editor({
            column: current,
            onChange: (column) => onChange(replaceAt(columns, selected, column as ColumnField)),
            columns,
            otherKeys: keys.filter((_, index) => index !== selected),
            problem: problem?.column === selected ? problem.message : undefined,
          })}
        </Stack>
      )}
    </Stack>
  );
}
