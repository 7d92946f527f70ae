import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { RegisterDashboards } from '../components/register-dashboards';

/**
 * /dashboards/registers?unit=&fiscalYear=&surveyYear=: the budget curve against its plan and household progress of a
 * district, a province or the nation (the department's default), its provinces or districts listed in the tables.
 */
export function RegistersDashboardPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const unit = params.get('unit') || null;
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/dashboards" size="sm" className="no-print">
        {t('dreg.back')}
      </Anchor>
      <Title order={2}>{t('dreg.title')}</Title>
      <RegisterDashboards unit={unit} />
    </Stack>
  );
}
