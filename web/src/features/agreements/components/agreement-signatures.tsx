import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatDate } from '../../../shared/thai-date/format-date';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useSignAgreement } from '../api';
import { agentTitle, principalTitle } from '../pair';
import type { AgreementView, Signature, SignSide } from '../types';

function SideCard({
  side,
  title,
  post,
  signature,
  canSign,
  onSign,
  signing,
}: {
  side: SignSide;
  title: string;
  post: string;
  signature: Signature | null;
  canSign: boolean;
  onSign: () => void;
  signing: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="md" data-testid={`signature-${side}`} data-signed={signature !== null}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {title}
        </Text>
        <Text fw={600}>{post}</Text>
        {signature ? (
          <>
            <Text size="sm">{signature.name}</Text>
            {signature.position && signature.position !== post && <Text size="sm">{signature.position}</Text>}
            <Text size="sm" c="green.8" data-testid={`signed-at-${side}`}>
              {t('agreement.signedOn', { date: formatDate(signature.at, lang) })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('agreement.notSigned')}
          </Text>
        )}
        {canSign && (
          <Button mt="xs" onClick={onSign} loading={signing} data-testid={`sign-${side}`}>
            {t(side === 'principal' ? 'agreement.signPrincipal' : 'agreement.signAgent')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** Both sides' signatures; the account holding each post signs, and the server says why it cannot. */
export function AgreementSignatures({ view }: { view: AgreementView }) {
  const { t, lang } = useI18n();
  const sign = useSignAgreement(view.agreement.id);
  const { agreement } = view;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('agreement.signatures')}
      </Title>
      {sign.isError && <ErrorAlert error={sign.error} withTitle={false} testId="sign-error" />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SideCard
          side="principal"
          title={t('agreement.principalSide')}
          post={principalTitle(agreement, lang)}
          signature={agreement.principalSigned}
          canSign={view.canSign.includes('principal')}
          onSign={() => sign.mutate('principal')}
          signing={sign.isPending && sign.variables === 'principal'}
        />
        <SideCard
          side="agent"
          title={t('agreement.agentSide')}
          post={agentTitle(agreement, lang)}
          signature={agreement.agentSigned}
          canSign={view.canSign.includes('agent')}
          onSign={() => sign.mutate('agent')}
          signing={sign.isPending && sign.variables === 'agent'}
        />
      </SimpleGrid>
    </Stack>
  );
}
