import { Alert, Anchor, List, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { PlacedProblem } from '../server-problems';
import type { FormDefinition } from '../types';
import type { Selection } from './structure-pane';

const headerLabels = {
  titleTh: 'formTemplates.formTitle',
  subtitleTh: 'designer.subtitle',
  subject: 'designer.subject',
  sections: 'designer.sections',
} as const;

/** The problems the server found in the definition, each named by its place in Thai; a field's opens it. */
export function DefinitionProblems({
  problems,
  definition,
  onSelect,
}: {
  problems: PlacedProblem[];
  definition: FormDefinition;
  onSelect: (selection: Selection) => void;
}) {
  const { t } = useI18n();
  const placeOf = ({ place, property, message }: PlacedProblem): string => {
    if (place.at === 'form')
      return property in headerLabels ? t(headerLabels[property as keyof typeof headerLabels]) : '';
    const section = t('designer.newSection', { number: place.section + 1 });
    if (place.at === 'section') return section;
    const field = definition.sections[place.section]?.fields[place.field];
    const column = field?.kind === 'table' && place.column !== null ? field.columns[place.column] : undefined;
    // The server's message often names the field itself ('ช่อง "รวม": …'): the place then stops above it.
    const named = (label: string | undefined) => label !== undefined && message.includes(`"${label}"`);
    if (!field || named(field.labelTh)) return section;
    const fieldPlace = t(column ? 'designer.placeTable' : 'designer.placeField', { label: field.labelTh });
    if (!column || named(column.labelTh)) return `${section} ${fieldPlace}`;
    return `${section} ${fieldPlace} ${t('designer.placeColumn', { label: column.labelTh })}`;
  };
  return (
    <Alert
      color="red"
      title={t('designer.problems', { count: problems.length })}
      data-testid="designer-problems"
    >
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => {
          const place = placeOf(problem);
          const text = place === '' ? problem.message : `${place}: ${problem.message}`;
          const { place: at } = problem;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the server's list, shown as it came
            <List.Item key={index} data-testid="designer-problem">
              {at.at === 'field' ? (
                <Anchor
                  component="button"
                  size="sm"
                  ta="left"
                  style={{ display: 'inline' }}
                  onClick={() => onSelect({ section: at.section, field: at.field })}
                >
                  {text}
                </Anchor>
              ) : (
                <Text size="sm">{text}</Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
