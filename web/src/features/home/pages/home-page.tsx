import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { AsOf } from '../../../shared/ui/as-of';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useCurrentUser } from '../../auth/api';
import { unitName } from '../../units/unit-name';
import { useHome } from '../api';
import { NotificationsBlock, ProvincesBlock } from '../components/common-blocks';
import { AgreementBlock, DueReportsBlock, ReturnedBlock } from '../components/district-blocks';
import { NationBlock } from '../components/nation-block';
import { AlertsBlock, LateBlock, ScoresBlock, WaitingBlock } from '../components/province-blocks';
import { RegionQuarterlyBlock } from '../components/region-block';
import type { Home } from '../types';

function Blocks({ home }: { home: Home }) {
  if (home.kind === 'district') {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: 'start' }} data-testid="home-district">
        <DueReportsBlock home={home} />
        <ReturnedBlock home={home} />
        <AgreementBlock home={home} />
        <NotificationsBlock home={home} />
      </SimpleGrid>
    );
  }
  if (home.kind === 'province') {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: 'start' }} data-testid="home-province">
        <WaitingBlock home={home} />
        <LateBlock home={home} />
        <ScoresBlock home={home} />
        <AlertsBlock home={home} />
        <NotificationsBlock home={home} />
      </SimpleGrid>
    );
  }
  if (home.kind === 'region') {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: 'start' }} data-testid="home-region">
        <RegionQuarterlyBlock />
        <NotificationsBlock home={home} />
      </SimpleGrid>
    );
  }
  return (
    <Stack data-testid="home-department">
      <NationBlock />
      <NotificationsBlock home={home} />
      <ProvincesBlock home={home} />
    </Stack>
  );
}

/** The home: who and where the user is in one line, then what their unit should look at now, each item linked. */
export function HomePage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const home = useHome();
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        {home.data && (
          <Text c="dimmed" size="sm" data-testid="home-today">
            {t('home.today')} {formatIsoDate(home.data.today, lang)} ·{' '}
            {t('home.fiscalYear', { year: home.data.fiscalYear })}
          </Text>
        )}
        <Title order={2} data-testid="home-name">
          {t('home.greeting', { name: me.displayName })}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`role.${me.role}`)}
          {me.positionTitle ? ` · ${me.positionTitle}` : ''} ·{' '}
          <span data-testid="home-unit">{unitName(me.unit, lang)}</span>
          {me.scope.code !== me.unit.code && (
            <span data-testid="home-scope"> ({unitName(me.scope, lang)})</span>
          )}
        </Text>
      </div>
      {home.isPending && <PageLoader />}
      {home.isError && <ErrorAlert error={home.error} />}
      {home.data && <Blocks home={home.data} />}
      {home.data && <AsOf at={home.data.asOf} />}
    </Stack>
  );
}
