import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';

/** What a register section opens in place, under its title: its entry form or its file import. */
export type Panel = 'form' | 'import';

/** Which of a section's panels is open: none at first, one at a time. */
export function usePanel() {
  const [open, setOpen] = useState<Panel | null>(null);
  return {
    open,
    toggle: (panel: Panel) => setOpen((current) => (current === panel ? null : panel)),
    show: (panel: Panel) => setOpen(panel),
    close: () => setOpen(null),
  };
}

export const importAccept =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A section's title with, on its right (below it on a phone), the buttons that act on it and its export link. */
export function SectionHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="center" gap="sm">
      <Title order={3}>{title}</Title>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}

type OpenButton = { panel: Panel; label: string; testId: string };

/** The buttons that open a section's panels; the one whose panel is open is filled. */
export function OpenButtons({
  buttons,
  open,
  onToggle,
}: {
  buttons: OpenButton[];
  open: Panel | null;
  onToggle: (panel: Panel) => void;
}) {
  return (
    <Group gap="xs">
      {buttons.map((b) => (
        <Button
          key={b.panel}
          size="xs"
          variant={open === b.panel ? 'filled' : 'light'}
          aria-expanded={open === b.panel}
          onClick={() => onToggle(b.panel)}
          data-testid={b.testId}
        >
          {b.label}
        </Button>
      ))}
    </Group>
  );
}

/** A section with nothing in it yet: what to do about it, and the buttons to do it with. */
export function EmptySection({
  message,
  testId,
  children,
}: {
  message: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" style={{ borderStyle: 'dashed' }}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="dimmed" data-testid={testId}>
          {message}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** What the last save did, once its form has closed; the user dismisses it. */
export function SavedNotice({
  title,
  children,
  testId,
  onClose,
}: {
  title?: string;
  children?: ReactNode;
  testId: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Alert
      color="green"
      title={title}
      withCloseButton
      closeButtonLabel={t('reg.close')}
      onClose={onClose}
      data-testid={testId}
    >
      {children}
    </Alert>
  );
}
