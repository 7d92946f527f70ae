import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { Topic, TopicTemplate } from '../types';

const asTopic = (t: TopicTemplate): Topic => ({ titleTh: t.titleTh, detailTh: t.detailTh, lines: t.lines });

/** A row's topics: the chosen ones (copied from the templates, so later template edits leave them be) and a picker. */
export function TopicPicker({
  value,
  templates,
  onChange,
  readOnly,
}: {
  value: Topic[];
  templates: TopicTemplate[];
  onChange: (topics: Topic[]) => void;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const chosen = new Set(value.map((topic) => topic.titleTh));
  const left = templates.filter((topic) => !chosen.has(topic.titleTh));
  return (
    <Stack gap={6} data-testid="visits-row-topics">
      <Text size="sm" fw={500}>
        {t('visits.topics')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('visits.noTopics')}
        </Text>
      )}
      {value.map((topic, i) => (
        <Paper key={topic.titleTh} withBorder px="sm" py={4} data-testid="visits-row-topic">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" lineClamp={2}>
              {i + 1}. {topic.titleTh}
            </Text>
            {!readOnly && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onChange(value.filter((x) => x.titleTh !== topic.titleTh))}
              >
                {t('visits.remove')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      {!readOnly && left.length > 0 && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            aria-label={t('visits.addTopic')}
            placeholder={t('visits.addTopic')}
            data={left.map((topic) => ({ value: String(topic.id), label: topic.titleTh }))}
            value={null}
            onChange={(id) => {
              const picked = left.find((topic) => String(topic.id) === id);
              if (picked) onChange([...value, asTopic(picked)]);
            }}
            flex={1}
            miw={200}
            comboboxProps={{ width: 'target' }}
            data-testid="visits-topic-select"
          />
          <Button
            variant="light"
            onClick={() => onChange([...value, ...left.map(asTopic)])}
            data-testid="visits-all-topics"
          >
            {t('visits.allTopics')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
