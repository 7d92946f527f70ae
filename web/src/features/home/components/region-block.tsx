import { Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { HomeBlock } from './home-block';

/** A CODI region office's way to its work: its region's results and narrative in the quarterly report. */
export function RegionQuarterlyBlock() {
  const { t } = useI18n();
  return (
    <HomeBlock title={t('home.region.title')} testId="home-region-quarterly">
      <Text size="sm">{t('home.region.hint')}</Text>
      <Button
        component={Link}
        to="/quarterly"
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        data-testid="home-region-link"
      >
        {t('home.region.open')}
      </Button>
    </HomeBlock>
  );
}
