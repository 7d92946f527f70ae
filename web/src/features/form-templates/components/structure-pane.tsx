import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { RemoveButton } from '../../kpis/components/remove-button';
import { allKeys, fieldKinds, move, newField, removeAt, updateSection } from '../definition-edit';
import type { FormDefinition } from '../types';
import { AddKindMenu, ItemRow } from './item-row';

export type Selection = { section: number; field: number } | null;

type Props = {
  definition: FormDefinition;
  onChange: (definition: FormDefinition) => void;
  selected: Selection;
  /** `reveal`: the user opened the field (a click or a new field), so its properties are brought into view. */
  onSelect: (selection: Selection, reveal?: boolean) => void;
  disabled: boolean;
  /** Server messages by place: the form's header, a section's title, a field. */
  problems: { form: Map<string, string>; sections: Map<number, string>; fields: Set<string> };
};

/** The form's header and its sections with their fields: add, rename, reorder and remove. */
export function StructurePane({ definition, onChange, selected, onSelect, disabled, problems }: Props) {
  const { t } = useI18n();
  const sections = definition.sections;
  const addField = (section: number, kind: (typeof fieldKinds)[number]) => {
    const label = t('designer.newFieldLabel', { kind: t(`designer.kind.${kind}`) });
    const field = newField(kind, allKeys(definition), label);
    onChange(updateSection(definition, section, (s) => ({ ...s, fields: [...s.fields, field] })));
    onSelect({ section, field: sections[section]?.fields.length ?? 0 }, true);
  };
  const moveSection = (index: number, by: -1 | 1) => {
    onChange({ ...definition, sections: move(sections, index, by) });
    onSelect(null);
  };
  return (
    <Stack gap="sm" data-testid="designer-structure">
      {[...problems.form]
        .filter(([property]) => property !== 'titleTh' && property !== 'subtitleTh')
        .map(([property, message]) => (
          <Alert key={property} color="red" p="xs" data-testid="designer-form-problem">
            {message}
          </Alert>
        ))}
      <TextInput
        label={t('formTemplates.formTitle')}
        value={definition.titleTh}
        required
        disabled={disabled}
        error={problems.form.get('titleTh')}
        onChange={(e) => onChange({ ...definition, titleTh: e.currentTarget.value })}
        data-testid="designer-title"
      />
      <TextInput
        label={t('designer.subtitle')}
        value={definition.subtitleTh ?? ''}
        disabled={disabled}
        error={problems.form.get('subtitleTh')}
        onChange={(e) => {
          const { subtitleTh: _, ...rest } = definition;
          const text = e.currentTarget.value;
          onChange(text.trim() === '' ? rest : { ...rest, subtitleTh: text });
        }}
        data-testid="designer-subtitle"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('designer.subject')}
        </Text>
        <SegmentedControl
          value={definition.subject}
          disabled={disabled}
          onChange={(value) => onChange({ ...definition, subject: value as FormDefinition['subject'] })}
          data={[
            { value: 'district', label: t('designer.subjectDistrict') },
            { value: 'subdistrict', label: t('designer.subjectSubdistrict') },
          ]}
          data-testid="designer-subject"
        />
      </Stack>
      <Text fw={700}>{t('designer.sections')}</Text>
      {sections.length === 0 && <Text c="dimmed">{t('designer.noSections')}</Text>}
      {sections.map((section, si) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections are edited in place and have no id
        <Paper key={si} withBorder p="sm" data-testid="designer-section">
          <Stack gap={6}>
            <Group gap={4} wrap="nowrap" align="flex-end">
              <TextInput
                label={t('designer.sectionTitle', { number: si + 1 })}
                value={section.titleTh}
                disabled={disabled}
                error={problems.sections.get(si)}
                onChange={(e) => {
                  const titleTh = e.currentTarget.value;
                  onChange(updateSection(definition, si, (s) => ({ ...s, titleTh })));
                }}
                style={{ flex: 1, minWidth: 0 }}
                data-testid="designer-section-title"
              />
              {!disabled && (
                <>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => moveSection(si, -1)}
                    aria-label={t('designer.moveUp')}
                    mb={4}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    onClick={() => moveSection(si, 1)}
                    aria-label={t('designer.moveDown')}
                    mb={4}
                  >
                    ↓
                  </ActionIcon>
                  <RemoveButton
                    label={t('designer.removeSection', { number: si + 1 })}
                    onClick={() => {
                      onChange({ ...definition, sections: removeAt(sections, si) });
                      onSelect(null);
                    }}
                    testId="designer-section-remove"
                  />
                </>
              )}
            </Group>
            {section.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('designer.noFields')}
              </Text>
            )}
            {section.fields.map((field, fi) => (
              <ItemRow
                // biome-ignore lint/suspicious/noArrayIndexKey: fields are edited in place, keys may be retyped
                key={fi}
                labelTh={field.labelTh}
                kind={field.kind}
                fieldKey={field.key}
                selected={selected?.section === si && selected.field === fi}
                problem={problems.fields.has(`${si}.${fi}`)}
                disabled={disabled}
                onSelect={() => onSelect({ section: si, field: fi }, true)}
                onMove={(by) => {
                  onChange(updateSection(definition, si, (s) => ({ ...s, fields: move(s.fields, fi, by) })));
                  const to = Math.max(0, Math.min(section.fields.length - 1, fi + by));
                  onSelect({ section: si, field: to });
                }}
                onRemove={() => {
                  onChange(updateSection(definition, si, (s) => ({ ...s, fields: removeAt(s.fields, fi) })));
                  onSelect(null);
                }}
                testId="designer-field"
              />
            ))}
            {!disabled && (
              <Group>
                <AddKindMenu
                  kinds={fieldKinds}
                  label={t('designer.addField')}
                  onAdd={(kind) => addField(si, kind)}
                  testId={`designer-add-field-${si}`}
                />
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      {!disabled && (
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              onChange({
                ...definition,
                sections: [
                  ...sections,
                  { titleTh: t('designer.newSection', { number: sections.length + 1 }), fields: [] },
                ],
              })
            }
            data-testid="designer-add-section"
          >
            {t('designer.addSection')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
