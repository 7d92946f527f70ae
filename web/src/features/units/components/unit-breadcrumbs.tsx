import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import type { Unit } from '../types';
import { unitName } from '../unit-name';

type Props = { ancestors: Unit[]; unit: Unit; scopeCode: string };

/** Ancestors above the user's scope are shown without a link: opening them would only answer 403. */
export function UnitBreadcrumbs({ ancestors, unit, scopeCode }: Props) {
  const { t, lang } = useI18n();
  const scopeIndex = ancestors.findIndex((ancestor) => ancestor.code === scopeCode);
  return (
    <nav aria-label={t('units.breadcrumb')}>
      <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }} data-testid="unit-breadcrumbs">
        {ancestors.map((ancestor, index) =>
          scopeIndex >= 0 && index >= scopeIndex ? (
            <Anchor key={ancestor.code} component={Link} to={`/units/${ancestor.code}`} size="sm">
              {unitName(ancestor, lang)}
            </Anchor>
          ) : (
            <Text key={ancestor.code} size="sm">
              {unitName(ancestor, lang)}
            </Text>
          ),
        )}
        <Text size="sm" c="dimmed">
          {unitName(unit, lang)}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
