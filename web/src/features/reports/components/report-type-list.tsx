import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { scheduleText } from '../schedule-text';
import type { ReportType } from '../types';

/** The province's report forms: name, owner, schedule, fields, who submits. */
export function ReportTypeList({ types, canEdit }: { types: ReportType[]; canEdit: boolean }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap="sm" data-testid="report-types">
      {types.map((type) => (
        <Paper key={type.id} withBorder p="md" data-testid="report-type" data-id={type.id}>
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <div style={{ flex: '1 1 260px', minWidth: 0 }}>
              {canEdit ? (
                <Anchor
                  component={Link}
                  to={`/reports/types/${type.id}`}
                  fw={700}
                  data-testid="report-type-name"
                >
                  {type.nameTh}
                </Anchor>
              ) : (
                <Text fw={700} data-testid="report-type-name">
                  {type.nameTh}
                </Text>
              )}
              {type.workGroup && (
                <Text size="sm" c="dimmed">
                  {type.workGroup.nameTh}
                </Text>
              )}
            </div>
            <Badge color={type.active ? 'green' : 'gray'} variant="light" style={{ textTransform: 'none' }}>
              {type.active ? t('types.active') : t('types.inactive')}
            </Badge>
          </Group>
          <Group gap="lg" mt="xs" wrap="wrap">
            <Text size="sm" data-testid="report-type-schedule">
              {scheduleText(type.schedule, t, lang)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('types.fieldCount', { count: type.fields.length })}
            </Text>
            <Text size="sm" c="dimmed">
              {type.unitScope === 'all-districts'
                ? t('types.allDistricts')
                : t('types.chosenDistricts', { count: type.unitCodes.length })}
            </Text>
          </Group>
          <Group gap={4} mt={6} wrap="wrap">
            {type.fields.map((field) => (
              <Badge
                key={field.id}
                variant="outline"
                color="gray"
                size="sm"
                style={{ textTransform: 'none' }}
              >
                {field.labelTh} · {t(`typeForm.kind.${field.kind}`)}
              </Badge>
            ))}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
