import { ActionIcon, Button, Group, Input, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { ContactValues } from '../kpi-form-values';

type Props = { value: ContactValues[]; onChange: (value: ContactValues[]) => void; error?: string };

/** ผู้รับผิดชอบตัวชี้วัด / ผู้ประสานงานตัวชี้วัด: name, position and phone. */
export function ContactsEditor({ value, onChange, error }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<ContactValues>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <Input.Wrapper label={t('kpi.contacts')} error={error} data-testid="contacts-editor">
      <Stack gap="xs" mt={4}>
        {value.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
          <Paper key={index} withBorder p="xs" data-testid="contact-row">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
                <Select
                  aria-label={t('kpi.contactRole')}
                  value={row.role}
                  onChange={(role) => role && update(index, { role: role as ContactValues['role'] })}
                  data={[
                    { value: 'responsible', label: t('kpi.responsible') },
                    { value: 'coordinator', label: t('kpi.coordinator') },
                  ]}
                  allowDeselect={false}
                />
                <TextInput
                  aria-label={t('kpi.contactName')}
                  placeholder={t('kpi.contactName')}
                  value={row.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                />
                <TextInput
                  aria-label={t('kpi.contactPosition')}
                  placeholder={t('kpi.contactPosition')}
                  value={row.position}
                  onChange={(event) => update(index, { position: event.currentTarget.value })}
                />
                <TextInput
                  aria-label={t('kpi.contactPhone')}
                  placeholder={t('kpi.contactPhone')}
                  value={row.phone}
                  onChange={(event) => update(index, { phone: event.currentTarget.value })}
                  inputMode="tel"
                />
              </SimpleGrid>
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
          </Paper>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              onChange([
                ...value,
                {
                  role: value.length === 0 ? 'responsible' : 'coordinator',
                  name: '',
                  position: '',
                  phone: '',
                },
              ])
            }
            data-testid="contact-add"
          >
            {t('kpi.add')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
