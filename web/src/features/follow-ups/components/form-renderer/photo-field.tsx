import { Alert, Button, FileButton, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../../../shared/api/api-error';
import { useI18n } from '../../../../shared/i18n/language';
import { PhotoTile } from '../../../../shared/ui/photo-tile';
import { FieldLabel } from './field-label';
import { photosOf, problemAt } from './field-values';
import type { FieldInputProps, PhotoField, PhotoSupport } from './types';

type Props = FieldInputProps<PhotoField, number[]> & {
  photos: PhotoSupport | undefined;
};

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** Photos taken on the phone's camera (or chosen), uploaded at once and shown as thumbnails. */
export function PhotoFieldInput({ field, value, onChange, problems, readOnly, photos }: Props) {
  const { t } = useI18n();
  const ids = photosOf(value);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const take = async (file: File | null) => {
    if (!file || !photos) return;
    if (!IMAGE_TYPES.includes(file.type)) {
      setError(t('form.photoType'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const id = await photos.upload(field.key, file);
      onChange([...ids, id]);
    } catch (e) {
      setError(isApiError(e) && e.message ? e.message : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };
  const unavailable = photos ? photos.unavailableTh : t('form.photoPreview');
  const shownError = error ?? problemAt(problems, field.key);
  return (
    <Stack gap="xs" data-testid={`form-photo-${field.key}`}>
      <FieldLabel field={field} note={t('form.photoMax', { n: field.maxCount })} />
      {ids.length > 0 && photos && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {ids.map((id, i) => (
            <PhotoTile
              key={id}
              href={photos.url(id)}
              src={photos.url(id)}
              name={`${field.labelTh} ${i + 1}`}
              dataFile={id}
              remove={
                readOnly
                  ? null
                  : {
                      onClick: () => onChange(ids.filter((x) => x !== id)),
                      disabled: busy,
                      label: t('form.photoRemove'),
                    }
              }
              testIds={{
                tile: `form-photo-${field.key}-tile`,
                thumbnail: `form-photo-${field.key}-thumbnail`,
                remove: `form-photo-${field.key}-remove`,
              }}
            />
          ))}
        </SimpleGrid>
      )}
      {!readOnly &&
        ids.length < field.maxCount &&
        (unavailable ? (
          <Text size="sm" c="dimmed" data-testid={`form-photo-${field.key}-unavailable`}>
            {unavailable}
          </Text>
        ) : (
          <FileButton onChange={take} accept="image/*" capture="environment">
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                loading={busy}
                w="fit-content"
                data-testid={`form-photo-${field.key}-add`}
              >
                {t('form.photoAdd')}
              </Button>
            )}
          </FileButton>
        ))}
      {shownError && (
        <Alert color="red" p="xs" data-testid={`form-photo-${field.key}-error`}>
          {shownError}
        </Alert>
      )}
    </Stack>
  );
}
