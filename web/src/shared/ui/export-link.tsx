import { Anchor } from '@mantine/core';

/** A plain download link to a file export (Excel, CSV). */
export function ExportLink({ href, label, testId }: { href: string; label: string; testId: string }) {
  return (
    <Anchor href={href} download size="sm" data-testid={testId}>
      {label}
    </Anchor>
  );
}
