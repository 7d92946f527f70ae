import { List, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { Formula } from '../types';

type Props = {
  /** The formula in Thai words as the API gives it (Kpi.formulaWords). */
  words: string | null;
  /** With the inputs, each input's full Thai label and unit are listed under the words. */
  formula?: Formula | null;
  testId?: string;
};

/**
 * A computable formula as a reader sees it: "(เบิกจ่าย + ใบสั่งซื้อ) × 100 ÷ งบที่ได้รับ", never its input keys.
 * For any page that shows a KPI's formula (the KPI card, the agreement page).
 */
export function FormulaText({ words, formula, testId = 'kpi-formula-words' }: Props) {
  const { t } = useI18n();
  if (!words) return null;
  const described = (formula?.inputs ?? []).filter(
    (input) => input.shortTh && input.shortTh !== input.labelTh,
  );
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm">
        <Text span fw={600}>
          {t('formula.computed')}:{' '}
        </Text>
        {words}
      </Text>
      {described.length > 0 && (
        <List size="xs" c="dimmed" spacing={0}>
          {described.map((input) => (
            <List.Item key={input.id}>
              {input.shortTh} = {input.labelTh}
              {input.unit ? ` (${input.unit})` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
