import { Alert, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ExportLink } from '../../../shared/ui/export-link';
import { FileImportForm } from '../../../shared/ui/file-import-form';

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

/** The files every funds import takes: xlsx or csv. */
const importAccept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A funds section's file import (xlsx or csv): its title, help and file label are the section's own
 * `<prefix>.importTitle`, `.importHelp` and `.importFile` texts, its test ids `<prefix>-import-…`.
 */
export function SectionImport<T>({
  prefix,
  mutation,
  success,
}: {
  prefix: 'cf' | 'wf' | 'wfp' | 'debt';
  mutation: UseMutationResult<T, Error, File>;
  success: (data: T) => string;
}) {
  const { t } = useI18n();
  return (
    <FileImportForm
      testId={`${prefix}-import`}
      title={t(`${prefix}.importTitle`)}
      help={t(`${prefix}.importHelp`)}
      fileLabel={t(`${prefix}.importFile`)}
      accept={importAccept}
      mutation={mutation}
      success={success}
    />
  );
}

/** Keeps an element scrolled into view clear of the app's fixed header. */
const clearOfHeader = {
  scrollMarginTop: 'calc(var(--app-shell-header-height, 0px) + var(--mantine-spacing-sm))',
};

/**
 * A panel opened in place, under the section's title. A new `reveal` (the fund or report an edit button far down the
 * page opened it for) brings it into view: at once when it is already open, else once it has finished opening.
 */
export function InPlace({
  open,
  reveal = null,
  children,
}: {
  open: boolean;
  reveal?: object | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reveal && ref.current?.offsetHeight)
      ref.current.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [reveal]);
  return (
    <Collapse
      ref={ref}
      expanded={open}
      keepMounted={false}
      style={clearOfHeader}
      onTransitionEnd={() => {
        if (open && reveal) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }}
    >
      {children}
    </Collapse>
  );
}

/** A section's title with, on its right (below it on a phone), the buttons that act on it and its export link. */
function SectionHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="center" gap="sm">
      <Title order={3}>{title}</Title>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}

type OpenButton = { panel: Panel; label: string; testId: string };

/** The buttons that open a section's panels; the one whose panel is open is filled. */
function OpenButtons({
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
function EmptySection({
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

/** What the last save did, in view once its form has closed; the user dismisses it. */
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
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <Alert
      ref={ref}
      style={clearOfHeader}
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

/**
 * A register section: its title with the buttons that open its form and its import (for users who may write) and
 * its export link; while it holds nothing, what to do about it with those buttons; then its content. Test ids are
 * `${id}-section`, `-open-form`, `-open-import`, `-export` and `-empty`.
 */
export function RegisterSection({
  id,
  title,
  formLabel,
  open,
  onToggle,
  mayWrite,
  empty,
  emptyMessage,
  exportHref,
  children,
}: {
  id: string;
  title: string;
  formLabel: string;
  open: Panel | null;
  onToggle: (panel: Panel) => void;
  mayWrite: boolean;
  empty: boolean;
  emptyMessage: string;
  exportHref: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const buttons = mayWrite && (
    <OpenButtons
      open={open}
      onToggle={onToggle}
      buttons={[
        { panel: 'form', label: formLabel, testId: `${id}-open-form` },
        { panel: 'import', label: t('funds.import'), testId: `${id}-open-import` },
      ]}
    />
  );
  return (
    <Stack gap="md" component="section" data-testid={`${id}-section`}>
      <SectionHeader title={title}>
        {!empty && buttons}
        <ExportLink href={exportHref} label={t('reg.exportExcel')} testId={`${id}-export`} />
      </SectionHeader>
      {empty && (
        <EmptySection message={mayWrite ? emptyMessage : t('reg.none')} testId={`${id}-empty`}>
          {buttons}
        </EmptySection>
      )}
      {children}
    </Stack>
  );
}

/** The foot of a section's entry form: save (busy while the mutation runs), cancel, and the error it answered. */
export function FormFooter({
  id,
  mutation,
  onCancel,
}: {
  id: string;
  mutation: { isPending: boolean; isError: boolean; error: Error | null };
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Group>
        <Button type="submit" loading={mutation.isPending} data-testid={`${id}-submit`}>
          {t('reg.save')}
        </Button>
        <Button variant="default" onClick={onCancel} data-testid={`${id}-cancel`}>
          {t('reg.cancel')}
        </Button>
      </Group>
      {mutation.isError && <ErrorAlert error={mutation.error} withTitle={false} testId={`${id}-error`} />}
    </>
  );
}
