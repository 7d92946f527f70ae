import { Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useTopicMutations } from '../api';
import type { Topic, TopicTemplate } from '../types';

/** Lines as the user types them: one a line, "# " before a heading (seed 000's "๓.๑ ตัวชี้วัดรายทีม"). */
const linesText = (topic: Topic) =>
  topic.lines.map((l) => (l.kind === 'heading' ? `# ${l.text}` : l.text)).join('\n');
const linesOf = (text: string): Topic['lines'] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line.startsWith('#')
        ? { kind: 'heading' as const, text: line.replace(/^#+\s*/, '') }
        : { kind: 'point' as const, text: line },
    );

function TopicForm({
  unit,
  template,
  onDone,
}: {
  unit: string;
  template: TopicTemplate | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { save } = useTopicMutations(unit);
  const [title, setTitle] = useState(template?.titleTh ?? '');
  const [detail, setDetail] = useState(template?.detailTh ?? '');
  const [lines, setLines] = useState(template ? linesText(template) : '');
  return (
    <Stack gap="xs" data-testid="visits-template-form">
      <Textarea
        label={t('visits.topicTitle')}
        autosize
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-testid="visits-template-title"
      />
      <Textarea
        label={t('visits.topicDetail')}
        autosize
        value={detail}
        onChange={(e) => setDetail(e.currentTarget.value)}
      />
      <Textarea
        label={t('visits.topicLines')}
        autosize
        minRows={3}
        value={lines}
        onChange={(e) => setLines(e.currentTarget.value)}
      />
      {save.isError && <ErrorAlert error={save.error} withTitle={false} />}
      <Group>
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              {
                id: template?.id ?? null,
                topic: { titleTh: title.trim(), detailTh: detail.trim(), lines: linesOf(lines) },
                rowVersion: template?.rowVersion,
              },
              { onSuccess: onDone },
            )
          }
          data-testid="visits-template-save"
        >
          {t('visits.saveTopic')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('visits.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The province's reusable topics: add, edit, remove (province writers only; the server checks). */
export function TopicTemplatesModal({
  unit,
  templates,
  opened,
  onClose,
}: {
  unit: string;
  templates: TopicTemplate[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { remove } = useTopicMutations(unit);
  const [editing, setEditing] = useState<TopicTemplate | 'new' | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} title={t('visits.templates')} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('visits.templatesHint')}
        </Text>
        {templates.map((topic, i) =>
          editing !== 'new' && editing?.id === topic.id ? (
            <TopicForm key={topic.id} unit={unit} template={topic} onDone={() => setEditing(null)} />
          ) : (
            <Paper key={topic.id} withBorder p="xs" data-testid="visits-template">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {i + 1}. {topic.titleTh}
                  </Text>
                  {topic.lines.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('visits.lineCount', { count: topic.lines.length })}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(topic)}>
                    {t('visits.edit')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={remove.isPending && remove.variables === topic.id}
                    onClick={() => remove.mutate(topic.id)}
                  >
                    {t('visits.remove')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          ),
        )}
        {remove.isError && <ErrorAlert error={remove.error} withTitle={false} />}
        {editing === 'new' ? (
          <TopicForm unit={unit} template={null} onDone={() => setEditing(null)} />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setEditing('new')} data-testid="visits-template-new">
              {t('visits.newTemplate')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
