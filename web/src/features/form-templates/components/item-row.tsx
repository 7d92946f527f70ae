import { ActionIcon, Badge, Button, Group, Menu, Paper, Text, UnstyledButton } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { RemoveButton } from '../../kpis/components/remove-button';
import type { FieldKind } from '../types';

type RowProps = {
  labelTh: string;
  kind: FieldKind;
  fieldKey: string;
  selected: boolean;
  problem: boolean;
  disabled: boolean;
  onSelect: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  testId: string;
};

/** One field (or table column) in the designer's list: its label, kind and key; select, move and remove. */
export function ItemRow({
  labelTh,
  kind,
  fieldKey,
  selected,
  problem,
  disabled,
  onSelect,
  onMove,
  onRemove,
  testId,
}: RowProps) {
  const { t } = useI18n();
  const label = labelTh.trim() || t('designer.untitled');
  return (
    <Paper
      withBorder
      p={6}
      bg={selected ? 'blue.0' : undefined}
      style={{ borderColor: problem ? 'var(--mantine-color-red-6)' : undefined }}
      data-testid={testId}
      data-selected={selected}
      data-problem={problem}
    >
      <Group gap={4} wrap="nowrap">
        <UnstyledButton onClick={onSelect} style={{ flex: 1, minWidth: 0 }} data-testid={`${testId}-select`}>
          <Text size="sm" fw={selected ? 700 : 500} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {label}
          </Text>
          <Group gap={4} wrap="wrap">
            <Badge size="xs" variant="light" color="gray">
              {t(`designer.kind.${kind}`)}
            </Badge>
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {fieldKey}
            </Text>
          </Group>
        </UnstyledButton>
        {!disabled && (
          <>
            <ActionIcon variant="subtle" onClick={() => onMove(-1)} aria-label={t('designer.moveUp')}>
              ↑
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => onMove(1)} aria-label={t('designer.moveDown')}>
              ↓
            </ActionIcon>
            <RemoveButton
              label={t('designer.removeField', { label })}
              onClick={onRemove}
              testId={`${testId}-remove`}
            />
          </>
        )}
      </Group>
    </Paper>
  );
}

/** "+ เพิ่มช่อง": a menu of the kinds, in Thai. */
export function AddKindMenu<K extends FieldKind>({
  kinds,
  label,
  onAdd,
  testId,
}: {
  kinds: readonly K[];
  label: string;
  onAdd: (kind: K) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" data-testid={testId}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {kinds.map((kind) => (
          <Menu.Item key={kind} onClick={() => onAdd(kind)} data-testid={`${testId}-${kind}`}>
            {t(`designer.kind.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
