import { Alert, Anchor, Button, Grid, Group, Modal, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { usePublishTemplate, useSaveTemplate, useTemplate } from '../api';
import { DefinitionProblems } from '../components/definition-problems';
import { FieldProperties } from '../components/field-properties';
import { NewVersionButton } from '../components/new-version-button';
import { PreviewPane } from '../components/preview-pane';
import { TemplateStatusBadge } from '../components/status-badge';
import { type Selection, StructurePane } from '../components/structure-pane';
import { allKeys, updateField } from '../definition-edit';
import { isDefinitionRefusal, placeProblems } from '../server-problems';
import { canDesign, canWrite } from '../template-access';
import type { FormDefinition, Template } from '../types';

/** The selected field's properties, or a hint to pick one. */
function PropertiesPane({
  definition,
  onChange,
  selected,
  disabled,
  messages,
}: {
  definition: FormDefinition;
  onChange: (definition: FormDefinition) => void;
  selected: Selection;
  disabled: boolean;
  messages: Map<string, string>;
}) {
  const { t } = useI18n();
  const field = selected ? definition.sections[selected.section]?.fields[selected.field] : undefined;
  if (!selected || !field) {
    return (
      <Text c="dimmed" size="sm" data-testid="designer-no-selection">
        {t('designer.selectField')}
      </Text>
    );
  }
  const at = `${selected.section}.${selected.field}`;
  const columnEntry = [...messages].find(([key]) => key.startsWith(`${at}.`));
  const fields = definition.sections.flatMap((section) => section.fields);
  const keys = allKeys(definition);
  const ownIndex = fields.indexOf(field);
  return (
    <FieldProperties
      key={at}
      field={field}
      onChange={(next) => onChange(updateField(definition, selected.section, selected.field, () => next))}
      scope={fields}
      otherKeys={keys.filter((_, index) => index !== ownIndex)}
      disabled={disabled}
      problem={messages.get(at)}
      columnProblem={
        columnEntry ? { column: Number(columnEntry[0].split('.')[2]), message: columnEntry[1] } : undefined
      }
    />
  );
}

/** Why a version cannot be changed, and the way on: a new version, its open draft, or a province's own copy. */
function LockedNotice({ template, writable }: { template: Template; writable: boolean }) {
  const { t } = useI18n();
  const draft = template.versions.find((v) => v.status === 'draft' && v.id !== template.id);
  const status = t(`formTemplates.${template.status}`);
  const text = !writable
    ? t('designer.readOnly')
    : draft
      ? t('designer.draftExists', { status, version: draft.version })
      : t('designer.locked', { status });
  return (
    <Alert color={writable ? 'blue' : 'gray'} data-testid="designer-locked">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        {template.canVersion && (
          <NewVersionButton id={template.id} label={t('designer.newVersion')} testId="designer-new-version" />
        )}
        {writable && draft && (
          <Button
            size="xs"
            component={Link}
            to={`/form-templates/${draft.id}`}
            data-testid="designer-open-draft"
          >
            {t('designer.openDraft', { version: draft.version })}
          </Button>
        )}
        {!writable && (
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/form-templates?copy=${template.id}`}
            data-testid="designer-copy"
          >
            {t('formTemplates.copyFrom')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

function Designer({ template }: { template: Template }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [definition, setDefinition] = useState<FormDefinition>(template.definition);
  const [selected, setSelected] = useState<Selection>(null);
  const [confirming, setConfirming] = useState(false);
  const [tab, setTab] = useState<string | null>('design');
  const properties = useRef<HTMLDivElement>(null);
  // Side by side from md (62em); stacked on a phone, where an opened field's properties lie below the list.
  const wide = useMediaQuery('(min-width: 62em)');
  const select = (selection: Selection, reveal = false) => {
    setSelected(selection);
    if (reveal && !wide) requestAnimationFrame(() => properties.current?.scrollIntoView({ block: 'start' }));
  };
  const save = useSaveTemplate(template.id);
  const publish = usePublishTemplate(template.id);
  const writable = canWrite(me, template);
  const locked = !template.canEdit;
  const dirty = useMemo(
    () => JSON.stringify(definition) !== JSON.stringify(template.definition),
    [definition, template.definition],
  );
  const failure = save.error ?? publish.error;
  /** Below the app's header, and the save bar when there is one. */
  const stickyTop = locked ? 72 : 136;
  const problems = placeProblems(failure);

  // A saved or reloaded template is what the designer shows next.
  useEffect(() => {
    setDefinition(template.definition);
  }, [template.definition]);

  const saveDraft = () => save.mutate({ definition, rowVersion: template.rowVersion });
  const publishNow = async () => {
    setConfirming(false);
    if (dirty) await save.mutateAsync({ definition, rowVersion: template.rowVersion });
    await publish.mutateAsync();
  };

  return (
    <Stack gap="md" data-testid="designer">
      <Anchor component={Link} to="/form-templates" size="sm">
        {t('formTemplates.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }} data-testid="designer-heading">
            {definition.titleTh || t('designer.untitled')}
          </Title>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {template.code} · {template.unit ? template.unit.nameTh : t('formTemplates.departmentWide')}
          </Text>
        </Stack>
        <TemplateStatusBadge status={template.status} version={template.version} testId="designer-status" />
      </Group>
      {template.versions.length > 1 && (
        <Group gap="xs" data-testid="designer-versions">
          <Text size="sm">{t('designer.versions')}:</Text>
          {template.versions.map((v) => (
            <Anchor
              key={v.id}
              component={Link}
              to={`/form-templates/${v.id}`}
              size="sm"
              fw={v.id === template.id ? 700 : undefined}
            >
              {t('formTemplates.version', { version: v.version })} ({t(`formTemplates.${v.status}`)})
            </Anchor>
          ))}
        </Group>
      )}
      {locked && <LockedNotice template={template} writable={writable} />}
      {!locked && (
        <Paper withBorder p="sm" pos="sticky" top={60} style={{ zIndex: 5 }}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} data-testid="designer-save-state">
              {dirty ? t('designer.unsaved') : t('designer.saved')}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                loading={save.isPending}
                disabled={!dirty}
                onClick={saveDraft}
                data-testid="designer-save"
              >
                {t('designer.save')}
              </Button>
              <Button
                color="green"
                loading={publish.isPending}
                onClick={() => setConfirming(true)}
                data-testid="designer-publish"
              >
                {t('designer.publish')}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      {failure &&
        (isDefinitionRefusal(failure) ? (
          <DefinitionProblems
            problems={problems.all}
            definition={definition}
            onSelect={(at) => {
              setTab('design');
              select(at, true);
            }}
          />
        ) : (
          <ErrorAlert error={failure} testId="designer-save-error" />
        ))}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="design" data-testid="designer-tab-design">
            {t('designer.tabDesign')}
          </Tabs.Tab>
          <Tabs.Tab value="preview" data-testid="designer-tab-preview">
            {t('designer.tabPreview')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="design" pt="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <StructurePane
                definition={definition}
                onChange={setDefinition}
                selected={selected}
                onSelect={select}
                disabled={locked}
                problems={problems}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Paper
                ref={properties}
                withBorder
                p="md"
                data-testid="designer-properties"
                style={{
                  scrollMarginTop: stickyTop,
                  ...(wide
                    ? {
                        position: 'sticky',
                        top: stickyTop,
                        maxHeight: `calc(100vh - ${stickyTop + 16}px)`,
                        overflowY: 'auto',
                      }
                    : {}),
                }}
              >
                <PropertiesPane
                  definition={definition}
                  onChange={setDefinition}
                  selected={selected}
                  disabled={locked}
                  messages={problems.messages}
                />
              </Paper>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <PreviewPane definition={definition} />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('designer.publishConfirmTitle')}
        data-testid="designer-publish-modal"
      >
        <Stack>
          <Text size="sm">{t('designer.publishConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('formTemplates.cancel')}
            </Button>
            <Button
              color="green"
              onClick={() => void publishNow().catch(() => undefined)}
              data-testid="designer-publish-confirm"
            >
              {t('designer.publishYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** /form-templates/:id: a template's designer; a published or retired version opens read-only. */
export function FormTemplateDesignerPage() {
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const template = useTemplate(id);
  if (!canDesign(me)) return <AccessDenied />;
  if (template.isPending) return <PageLoader />;
  if (template.isError) return <ResourceError error={template.error} />;
  return <Designer key={template.data.id} template={template.data} />;
}
