import { Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { resultValueText } from '../../../shared/i18n/number';
import { formatDate } from '../../../shared/thai-date/format-date';
import { effectiveCriteria } from '../item-criteria';
import type { AgreementItem } from '../types';

/** The reported result in short: the value, the steps done, or each measure; then its as-of date. */
export function ItemResult({ item }: { item: AgreementItem }) {
  const { t, lang } = useI18n();
  const { result } = item;
  if (!result)
    return (
      <Text size="sm" c="dimmed">
        {t('agreement.noResult')}
      </Text>
    );
  const criteria = effectiveCriteria(item);
  const measures = result.inputs?.measures;
  const verified = result.inputs?.verified;
  let shown: string;
  if (criteria?.type === 'milestones' && verified) {
    const total = criteria.levels.flat().length;
    shown =
      lang === 'th' ? `ผ่าน ${verified.length}/${total} ขั้นตอน` : `${verified.length}/${total} steps done`;
  } else if (criteria?.type === 'composite' && measures) {
    shown = criteria.measures.map((measure) => `${measure.label}: ${measures[measure.id] ?? '—'}`).join('; ');
  } else shown = result.value === null ? '—' : resultValueText(result.value);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} data-testid="item-result">
        {shown}
      </Text>
      <Text size="xs" c="dimmed" data-testid="item-as-of">
        {t(result.source === 'register' ? 'agreement.asOfRegister' : 'agreement.asOf', {
          date: formatDate(result.asOf, lang),
        })}
      </Text>
    </Stack>
  );
}
