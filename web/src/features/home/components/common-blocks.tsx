import { Anchor, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import type { DepartmentHome, Home } from '../types';
import { HomeBlock, HomeEmpty, HomeRow } from './home-block';

export function NotificationsBlock({ home }: { home: Home }) {
  const { t, lang } = useI18n();
  const { notifications } = home;
  return (
    <HomeBlock
      title={t('home.notifications.title')}
      testId="home-block-notifications"
      count={notifications.unread}
      link={{ to: '/notifications', label: t('home.openAll') }}
    >
      {notifications.items.length === 0 ? (
        <HomeEmpty testId="home-empty-notifications" text={t('home.notifications.none')} />
      ) : (
        notifications.items.map((n) => (
          <HomeRow
            key={n.id}
            testId="home-notification"
            to={n.link ?? '/notifications'}
            title={n.title}
            details={
              <Text size="xs" c="dimmed">
                {formatDateTime(n.at, lang)}
              </Text>
            }
          />
        ))
      )}
    </HomeBlock>
  );
}

/** The department's provinces, found by name, each with its district count and links to its board and unit tree. */
export function ProvincesBlock({ home }: { home: DepartmentHome }) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const name = (p: DepartmentHome['provinces'][number]) =>
    lang === 'en' ? (p.nameEn ?? p.nameTh) : p.nameTh;
  const wanted = q.trim().toLowerCase();
  const shown = home.provinces
    .filter((p) => wanted === '' || `${p.nameTh} ${p.nameEn ?? ''} ${p.code}`.toLowerCase().includes(wanted))
    .sort((a, b) => name(a).localeCompare(name(b), lang));
  return (
    <HomeBlock
      title={t('home.provinces.title')}
      testId="home-block-provinces"
      link={{ to: `/units/${home.unit.code}`, label: t('home.provinces.unit') }}
    >
      <TextInput
        label={t('home.provinces.search')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={320}
        data-testid="home-provinces-search"
      />
      {shown.length === 0 ? (
        <HomeEmpty testId="home-empty-provinces" text={t('home.provinces.none')} />
      ) : (
        <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing="xs">
          {shown.map((p) => (
            <Paper key={p.code} withBorder p="xs" data-testid="home-province">
              <Stack gap={2}>
                <Anchor component={Link} to={`/units/${p.code}`} fw={600} size="sm">
                  {name(p)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('home.provinces.districts', { count: p.districts })}
                </Text>
                <Group gap="xs">
                  <Anchor
                    component={Link}
                    to={`/reports/board?province=${p.code}`}
                    size="xs"
                    data-testid="home-province-board"
                  >
                    {t('home.provinces.board')}
                  </Anchor>
                </Group>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </HomeBlock>
  );
}
