import { Anchor, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { LanguageToggle } from '../../../shared/ui/language-toggle';
import { authKeys } from '../../auth/api';
import { apiDocsUrl } from '../api';
import { EvaluationPreview } from '../components/evaluation-preview';
import { ThresholdCriteriaEditor } from '../components/threshold-criteria-editor';
import { isThresholdDraftComplete, type ThresholdDraft, thresholdCriteriaOf } from '../threshold-draft';

/** 001 T1 "ร้อยละของการใช้จ่ายงบประมาณ": ไม่น้อยกว่าร้อยละ ๘๐ … ร้อยละ ๑๐๐. */
const exampleDraft: ThresholdDraft = {
  direction: 'higher',
  inclusive: true,
  thresholds: ['80', '85', '90', '95', '100'],
  interpolate: false,
};

/** /calculator: the public KPI calculator, open without login. */
export function CalculatorPage() {
  const { t } = useI18n();
  // The page is public: a user who came from inside the app (the session is loaded) goes back home, not to login.
  const signedIn = useQueryClient().getQueryData(authKeys.me) !== undefined;
  const [draft, setDraft] = useState(exampleDraft);
  const criteria = isThresholdDraftComplete(draft) ? thresholdCriteriaOf(draft) : null;

  return (
    <Box>
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" c="inherit" underline="never">
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
          </Anchor>
          <Group gap="sm" wrap="nowrap">
            <LanguageToggle />
            {signedIn ? (
              <Button component={Link} to="/" variant="default" size="xs" data-testid="calc-home">
                {t('noAccess.home')}
              </Button>
            ) : (
              <Button component={Link} to="/login" variant="default" size="xs" data-testid="calc-login">
                {t('calculator.login')}
              </Button>
            )}
          </Group>
        </Group>
      </Box>
      <Container size="md" py="lg" px={{ base: 'sm', sm: 'md' }}>
        <Stack gap="lg">
          <div>
            <Title order={2} data-testid="calc-title">
              {t('calculator.title')}
            </Title>
            <Text c="dimmed" mt={4}>
              {t('calculator.intro')}
            </Text>
          </div>
          <Paper withBorder p="md" component="section">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('calculator.criteria')}
              </Title>
              <ThresholdCriteriaEditor value={draft} onChange={setDraft} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('calculator.result')}
              </Title>
              <EvaluationPreview criteria={criteria} testIdPrefix="calc" valueLabel={t('calculator.value')} />
            </Stack>
          </Paper>
          <Anchor href={apiDocsUrl} size="sm" data-testid="calc-api-docs">
            {t('calculator.apiDocs')}
          </Anchor>
        </Stack>
      </Container>
    </Box>
  );
}
