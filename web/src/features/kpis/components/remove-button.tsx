import { ActionIcon } from '@mantine/core';

/** The red × that takes a row out of an editor's list; `label` says which row for screen readers. */
export function RemoveButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <ActionIcon variant="subtle" color="red" onClick={onClick} aria-label={label} data-testid={testId}>
      ×
    </ActionIcon>
  );
}
