import { ActionIcon, Button, Group, Input, Stack, Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { Evidence } from '../types';

type Props = { value: Evidence[]; onChange: (value: Evidence[]) => void; error?: string };

/** หลักฐานเชิงประจักษ์: a level or range of levels ("1-5", "4") and the evidence text. */
export function EvidenceEditor({ value, onChange, error }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<Evidence>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <Input.Wrapper label={t('kpi.evidence')} error={error} data-testid="evidence-editor">
      <Stack gap="xs" mt={4}>
        {value.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap" data-testid="evidence-row">
            <TextInput
              aria-label={t('kpi.evidenceLevels')}
              placeholder="1-5"
              value={row.levels}
              onChange={(event) => update(index, { levels: event.currentTarget.value })}
              w={80}
            />
            <Textarea
              aria-label={t('kpi.evidenceText')}
              value={row.text}
              onChange={(event) => update(index, { text: event.currentTarget.value })}
              autosize
              minRows={1}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('kpi.remove')}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              mt={6}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => onChange([...value, { levels: '1-5', text: '' }])}
            data-testid="evidence-add"
          >
            {t('kpi.add')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
