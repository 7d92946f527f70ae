import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDate } from '../../../shared/thai-date/format-date';
import { useCurrentUser } from '../../auth/api';
import type { Unit } from '../../units/types';
import { unitName } from '../../units/unit-name';

function UnitCard({ title, unit, testId }: { title: string; unit: Unit; testId: string }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <Group gap="xs" mt={4}>
        <Badge variant="light">{t(`kind.${unit.kind}`)}</Badge>
        <Text fw={600}>{unitName(unit, lang)}</Text>
        <Text c="dimmed" size="sm">
          {unit.code}
        </Text>
      </Group>
      <Anchor component={Link} to={`/units/${unit.code}`} size="sm" mt="xs" display="inline-block">
        {t('home.openUnit')}
      </Anchor>
    </Paper>
  );
}

export function HomePage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Text c="dimmed" data-testid="home-today">
          {t('home.today')} {formatDate(new Date(), lang)}
        </Text>
        <Title order={2} data-testid="home-name">
          {t('home.greeting', { name: me.displayName })}
        </Title>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('home.position')}
          </Text>
          <Text fw={600} data-testid="home-position">
            {me.positionTitle ?? '—'}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('home.role')}
          </Text>
          <Text fw={600} data-testid="home-role">
            {t(`role.${me.role}`)}
          </Text>
        </Paper>
        <UnitCard title={t('home.unit')} unit={me.unit} testId="home-unit" />
        {me.scope.code !== me.unit.code && (
          <UnitCard title={t('home.scope')} unit={me.scope} testId="home-scope" />
        )}
      </SimpleGrid>
    </Stack>
  );
}
