import { useDebouncedValue } from '@mantine/hooks';
import { useI18n } from '../../../shared/i18n/language';
import { useUnit } from '../../units/api';
import { unitName } from '../../units/unit-name';

/** Under the unit code input: the unit's name once the code is known, else an example. */
export function UnitCodeHint({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const [debounced] = useDebouncedValue(code.trim(), 400);
  const unit = useUnit(debounced, debounced.length >= 2);
  if (!unit.data) return t('users.unitCodeHelp');
  return `${t(`kind.${unit.data.unit.kind}`)} ${unitName(unit.data.unit, lang)}`;
}
