import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useAddVillage } from '../api';
import { unitName } from '../unit-name';

/** Adds one village (หมู่ที่ 1–99) under a sub-district. */
export function AddVillageForm({ subdistrictCode }: { subdistrictCode: string }) {
  const { t, lang } = useI18n();
  const add = useAddVillage(subdistrictCode);
  const [number, setNumber] = useState<string | number>('');
  const [nameTh, setNameTh] = useState('');
  const [nameEn, setNameEn] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { number: Number(number), nameTh: nameTh.trim(), nameEn: nameEn.trim() || undefined },
      {
        onSuccess: () => {
          setNumber('');
          setNameTh('');
          setNameEn('');
        },
      },
    );
  };

  const numberError =
    fieldError(add.error, 'number') ?? (isApiError(add.error, 409) ? add.error.message : undefined);
  const nameThError = fieldError(add.error, 'nameTh');
  const nameEnError = fieldError(add.error, 'nameEn');
  const shownOnField = numberError ?? nameThError ?? nameEnError;

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="add-village-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('village.addTitle')}
          </Title>
          {add.isSuccess && (
            <Alert color="green" data-testid="add-village-success">
              {t('village.added', { name: unitName(add.data, lang) })}
            </Alert>
          )}
          {add.isError && !shownOnField && <ErrorAlert error={add.error} withTitle={false} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('village.number')}
              value={number}
              onChange={setNumber}
              min={1}
              max={99}
              allowDecimal={false}
              allowNegative={false}
              required
              error={numberError}
              data-testid="village-number"
            />
            <TextInput
              label={t('village.nameTh')}
              value={nameTh}
              onChange={(event) => setNameTh(event.currentTarget.value)}
              required
              error={nameThError}
              data-testid="village-name-th"
            />
            <TextInput
              label={t('village.nameEn')}
              value={nameEn}
              onChange={(event) => setNameEn(event.currentTarget.value)}
              error={nameEnError}
              data-testid="village-name-en"
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={add.isPending} data-testid="village-submit">
              {t('village.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
