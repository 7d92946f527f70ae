import { Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { HomeBlock } from './home-block';

/** The department's way to the nation dashboard (read from the scores kept on write, not computed at login). */
export function NationBlock() {
  const { t } = useI18n();
  return (
    <HomeBlock title={t('nation.homeLink')} testId="home-nation">
      <Text size="sm">{t('nation.homeHint')}</Text>
      <Button
        component={Link}
        to="/dashboards"
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        data-testid="home-nation-link"
      >
        {t('nation.toNation')}
      </Button>
    </HomeBlock>
  );
}
