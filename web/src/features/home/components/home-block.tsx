import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type Props = {
  title: string;
  testId: string;
  /** A count beside the title (waiting, returned, unread). */
  count?: number;
  /** The page where the block's items are acted on. */
  link?: { to: string; label: string };
  children: ReactNode;
};

/** One block of the home page: a title, its items, and a link to the page where they are acted on. */
export function HomeBlock({ title, testId, count, link, children }: Props) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={3} size="h5">
              {title}
            </Title>
            {count !== undefined && count > 0 && (
              <Badge color="red" variant="filled" data-testid={`${testId}-count`}>
                {count}
              </Badge>
            )}
          </Group>
          {link && (
            <Anchor
              component={Link}
              to={link.to}
              size="sm"
              style={{ flexShrink: 0 }}
              data-testid={`${testId}-link`}
            >
              {link.label}
            </Anchor>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** What a block says when it has nothing: what to do next, with where to do it. */
export function HomeEmpty({
  text,
  link,
  testId,
}: {
  text: string;
  link?: { to: string; label: string };
  testId: string;
}) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" c="dimmed">
        {text}
      </Text>
      {link && (
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      )}
    </Stack>
  );
}

/** One item row: a linked title, details under it, badges at the end (they wrap under it on a phone). */
export function HomeRow({
  to,
  title,
  details,
  badges,
  testId,
}: {
  to: string;
  title: string;
  details?: ReactNode;
  badges?: ReactNode;
  testId: string;
}) {
  return (
    <Group justify="space-between" gap="xs" align="flex-start" data-testid={testId}>
      <Stack gap={2} style={{ flex: '1 1 10rem', minWidth: 0 }}>
        <Anchor component={Link} to={to} fw={600} size="sm">
          {title}
        </Anchor>
        {details}
      </Stack>
      {badges && (
        <Group gap={6} wrap="wrap">
          {badges}
        </Group>
      )}
    </Group>
  );
}
