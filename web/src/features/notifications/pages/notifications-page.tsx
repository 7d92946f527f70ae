import { Badge, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api';
import type { AppNotification } from '../types';

/** Unread first, then newest first (the API gives newest first). */
function ordered(items: AppNotification[]): AppNotification[] {
  return [...items.filter((n) => n.readAt === null), ...items.filter((n) => n.readAt !== null)];
}

function Item({ notification }: { notification: AppNotification }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;

  const open = () => {
    if (unread) markRead.mutate(notification.id);
    if (notification.link) void navigate(notification.link);
  };

  return (
    <Paper
      withBorder
      p="sm"
      bg={unread ? 'indigo.0' : undefined}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-indigo-6)' } : undefined}
      data-testid="notification-item"
      data-id={notification.id}
      data-read={unread ? 'false' : 'true'}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <UnstyledButton
          onClick={open}
          style={{ flex: '1 1 260px', minWidth: 0 }}
          data-testid="notification-open"
        >
          <Group gap={6} wrap="wrap">
            {unread && (
              <Badge size="xs" color="red" style={{ textTransform: 'none' }}>
                {t('notifications.new')}
              </Badge>
            )}
            <Text fw={unread ? 700 : 500} data-testid="notification-title">
              {notification.title}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="notification-body">
            {notification.body}
          </Text>
          <Text size="xs" c="dimmed" mt={2} data-testid="notification-time">
            {formatDateTime(notification.at, lang)}
          </Text>
          {notification.link && (
            <Text size="sm" c="indigo.7" fw={600} mt={4} data-testid="notification-link">
              {t('notifications.open')} ›
            </Text>
          )}
        </UnstyledButton>
        {unread && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => markRead.mutate(notification.id)}
            loading={markRead.isPending}
            data-testid="notification-read"
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** /notifications: my notifications, unread first; mark one or all read; a notice opens what it is about. */
export function NotificationsPage() {
  const { t } = useI18n();
  const list = useNotifications();
  const markAll = useMarkAllRead();

  return (
    <Stack gap="lg" maw={820}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>{t('notifications.title')}</Title>
          {list.data && (
            <Text size="sm" c="dimmed" data-testid="notifications-unread" data-count={list.data.unread}>
              {list.data.unread > 0
                ? `${t('notifications.unreadCount', { count: list.data.unread })} · ${t('notifications.unreadFirst')}`
                : t('notifications.allRead')}
            </Text>
          )}
        </div>
        {list.data && list.data.unread > 0 && (
          <Button
            variant="light"
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            data-testid="notifications-read-all"
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {markAll.isError && <ErrorAlert error={markAll.error} withTitle={false} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="notifications-empty">
            {t('notifications.empty')}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="notifications">
            {ordered(list.data.items).map((notification) => (
              <Item key={notification.id} notification={notification} />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
