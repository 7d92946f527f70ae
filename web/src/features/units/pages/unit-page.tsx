import { Anchor, Box, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useUnit } from '../api';
import { AddVillageForm } from '../components/add-village-form';
import { CountCards } from '../components/count-cards';
import { UnitBreadcrumbs } from '../components/unit-breadcrumbs';
import { UnitChildren } from '../components/unit-children';
import { UnitHeader } from '../components/unit-header';
import { UnitSearch } from '../components/unit-search';
import { VillageImport } from '../components/village-import';
import type { UnitKind } from '../types';

const importLevels: UnitKind[] = ['province', 'district', 'subdistrict'];

/** The org browser: /units/:code, the selected unit lives in the URL. */
export function UnitPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const me = useCurrentUser();
  const detail = useUnit(code);

  const search = (
    <Box w={{ base: '100%', sm: 360 }}>
      <UnitSearch />
    </Box>
  );

  if (detail.isPending) return <PageLoader />;
  if (detail.isError)
    return (
      <Stack>
        {search}
        <ResourceError error={detail.error} />
      </Stack>
    );

  const { unit, ancestors, children, counts, groups } = detail.data;
  const canEdit = me.permissions.editUnits;

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <UnitBreadcrumbs ancestors={ancestors} unit={unit} scopeCode={me.scope.code} />
        {search}
      </Group>
      <UnitHeader unit={unit} groups={groups} linkGroups={me.scope.kind === 'department'} />
      {me.permissions.manageUsers && (
        <Anchor component={Link} to={`/users?unit=${unit.code}`} size="sm" data-testid="unit-users-link">
          {t('units.users')}
        </Anchor>
      )}
      <CountCards kind={unit.kind} counts={counts} />
      <UnitChildren units={children} />
      {canEdit && unit.kind === 'subdistrict' && <AddVillageForm subdistrictCode={unit.code} />}
      {canEdit && importLevels.includes(unit.kind) && <VillageImport />}
    </Stack>
  );
}
