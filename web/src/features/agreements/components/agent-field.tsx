import { Select, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { useUnit } from '../../units/api';
import { unitName } from '../../units/unit-name';
import { agentKindOf } from '../pair';
import type { AgreementPair } from '../types';

type Props = {
  pair: AgreementPair;
  /** The set's owner: a province code, or CDD. */
  ownerCode: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
};

/**
 * The lower side: the province itself for dg_province; otherwise its districts or work groups
 * (children of the province, GET /api/units/<code>). A department set takes a typed province code.
 */
export function AgentField({ pair, ownerCode, value, onChange, error }: Props) {
  const { t, lang } = useI18n();
  const ownerIsProvince = ownerCode !== 'CDD';
  const owner = useUnit(ownerCode, ownerIsProvince);

  if (!ownerIsProvince)
    return (
      <TextInput
        label={t('builder.agent')}
        description={t('builder.agentCode')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        required
        error={error}
        data-testid="agreement-agent"
      />
    );

  const kind = agentKindOf[pair];
  const units =
    kind === 'province'
      ? owner.data
        ? [owner.data.unit]
        : []
      : (owner.data?.children ?? []).filter((unit) => unit.kind === kind);

  return (
    <Select
      label={t('builder.agent')}
      placeholder={t('builder.chooseAgent')}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      data={units.map((unit) => ({
        value: unit.code,
        label: `${t(`kind.${unit.kind}`)}${unitName(unit, lang)} (${unit.code})`,
      }))}
      searchable
      required
      error={error ?? (owner.isError ? t('error.generic') : undefined)}
      disabled={owner.isPending}
      data-testid="agreement-agent"
    />
  );
}
