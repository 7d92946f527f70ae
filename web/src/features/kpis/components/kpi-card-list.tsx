import { Accordion, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useKpiBindings } from '../../register-bindings/api';
import { KpiBindingChip } from '../../register-bindings/components/kpi-binding-chip';
import { KpiBindingForm } from '../../register-bindings/components/kpi-binding-form';
import type { RegisterBinding } from '../../registers/types';
import { useDeleteKpi } from '../api';
import { kpiKindLabel, kpisByKind } from '../kpi-sections';
import type { Kpi } from '../types';
import { KpiCardDetails } from './kpi-card-details';

type Props = { kpiSetId: number; kpis: Kpi[]; canEdit: boolean };

/** Cards grouped ตัวชี้วัดรายทีม / รายบุคคล / ทางเลือก; each opens to the full card. */
export function KpiCardList({ kpiSetId, kpis, canEdit }: Props) {
  const { t } = useI18n();
  const remove = useDeleteKpi(kpiSetId);
  const bindings = useKpiBindings(kpiSetId);
  const bindingOf = (kpiId: number) => bindings.data?.find((b) => b.kpiId === kpiId);
  const [toDelete, setToDelete] = useState<Kpi | null>(null);

  if (kpis.length === 0)
    return (
      <Text c="dimmed" data-testid="kpi-cards-empty">
        {t('kpiSet.noKpis')}
      </Text>
    );

  const closeDelete = () => {
    remove.reset();
    setToDelete(null);
  };

  return (
    <Stack gap="lg">
      {remove.isError && !toDelete && <ErrorAlert error={remove.error} withTitle={false} />}
      {kpisByKind(kpis).map((group) => (
        <Stack key={group.kind} gap="xs" data-testid={`kpi-group-${group.kind}`}>
          <Title order={3} size="h4">
            {t(kpiKindLabel[group.kind])}
          </Title>
          <Accordion variant="separated" multiple>
            {group.kpis.map((kpi) => (
              <Accordion.Item key={kpi.id} value={String(kpi.id)} data-testid="kpi-card" data-key={kpi.key}>
                <Accordion.Control>
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {t('kpi.title', { number: kpi.number, name: kpi.nameTh })}
                    </Text>
                    <Group gap={6}>
                      <Badge variant="light" size="sm" tt="none">
                        {kpi.key}
                      </Badge>
                      {kpi.weight && (
                        <Badge variant="outline" size="sm" color="gray">
                          {t('kpi.weight')} {kpi.weight}
                        </Badge>
                      )}
                      {kpi.unitOfMeasure && (
                        <Badge variant="outline" size="sm" color="gray">
                          {kpi.unitOfMeasure}
                        </Badge>
                      )}
                      {kpi.workGroup && (
                        <Badge variant="outline" size="sm" color="gray">
                          {t(`workGroup.${kpi.workGroup}`)}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Accordion.Control>
                {bindingOf(kpi.id) && (
                  <Box px="md" pb="xs">
                    <KpiBindingChip
                      kpiSetId={kpiSetId}
                      binding={bindingOf(kpi.id) as RegisterBinding}
                      canEdit={canEdit}
                    />
                  </Box>
                )}
                <Accordion.Panel>
                  <Stack gap="md">
                    {canEdit && (
                      <Group gap="xs">
                        <Button
                          component={Link}
                          to={`/kpi-sets/${kpiSetId}/kpis/${kpi.id}/edit`}
                          size="xs"
                          variant="light"
                          data-testid="kpi-card-edit"
                        >
                          {t('kpi.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setToDelete(kpi)}
                          data-testid="kpi-card-delete"
                        >
                          {t('kpi.delete')}
                        </Button>
                      </Group>
                    )}
                    {canEdit && kpi.formula && (
                      <KpiBindingForm kpiSetId={kpiSetId} kpi={kpi} binding={bindingOf(kpi.id)} />
                    )}
                    <KpiCardDetails kpi={kpi} />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      ))}
      <ConfirmDialog
        opened={toDelete !== null}
        title={t('kpi.delete')}
        message={toDelete && t('kpi.deleteConfirm', { name: toDelete.nameTh })}
        confirmLabel={t('kpi.delete')}
        loading={remove.isPending}
        error={remove.error}
        errorTestId="kpi-delete-error"
        confirmTestId="kpi-delete-confirm"
        onConfirm={() =>
          toDelete &&
          remove.mutate({ id: toDelete.id, rowVersion: toDelete.rowVersion }, { onSuccess: closeDelete })
        }
        onClose={closeDelete}
      />
    </Stack>
  );
}
