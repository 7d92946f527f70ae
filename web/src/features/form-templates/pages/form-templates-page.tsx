import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { SearchBox } from '../../../shared/ui/search-box';
import { useCurrentUser } from '../../auth/api';
import { useTemplate, useTemplates } from '../api';
import { NewTemplateForm } from '../components/new-template-form';
import { TemplateCard } from '../components/template-card';
import { canDesign } from '../template-access';

/** "?copy=<id>": the new-form box starts from that template's definition. */
function CopyForm({ id, onCancel }: { id: number; onCancel: () => void }) {
  const source = useTemplate(id);
  if (source.isPending) return <PageLoader />;
  if (source.isError) return <ResourceError error={source.error} />;
  return <NewTemplateForm from={source.data.definition} onCancel={onCancel} />;
}

/** /form-templates?q=&status=: the department-wide forms and the province's own, searched in the URL. */
export function FormTemplatesPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const creating = params.get('new') === '1';
  const copy = Number(params.get('copy') ?? Number.NaN);
  const list = useTemplates({ q, status });
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const closeForm = () => set({ new: '', copy: '' });

  if (!canDesign(me)) return <AccessDenied />;

  return (
    <Stack maw={1100} data-testid="form-templates-page">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2}>{t('formTemplates.title')}</Title>
        {list.data?.canCreate && !creating && Number.isNaN(copy) && (
          <Button onClick={() => set({ new: '1' })} data-testid="form-template-new">
            {t('formTemplates.new')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('formTemplates.intro')}
      </Text>
      {creating && <NewTemplateForm onCancel={closeForm} />}
      {Number.isInteger(copy) && <CopyForm id={copy} onCancel={closeForm} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SearchBox
          label={t('formTemplates.search')}
          placeholder={t('formTemplates.searchPlaceholder')}
          value={q}
          onSearch={(text) => set({ q: text })}
          testId="form-template-search"
        />
        <Select
          label={t('formTemplates.statusFilter')}
          value={status}
          onChange={(value) => set({ status: value ?? '' })}
          data={[
            { value: '', label: t('formTemplates.allStatuses') },
            { value: 'draft', label: t('formTemplates.draft') },
            { value: 'published', label: t('formTemplates.published') },
            { value: 'retired', label: t('formTemplates.retired') },
          ]}
          allowDeselect={false}
          data-testid="form-template-status-filter"
        />
      </SimpleGrid>
      {list.isPending && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {list.data && list.data.templates.length === 0 && (
        <Alert data-testid="form-templates-empty">{t('formTemplates.empty')}</Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {list.data?.templates.map((template) => (
          <TemplateCard
            key={template.id}
            template={template}
            onCopy={() => set({ copy: String(template.id), new: '' })}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
