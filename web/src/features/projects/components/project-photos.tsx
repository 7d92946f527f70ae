import {
  Badge,
  Button,
  CloseButton,
  FileButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PhotoTile } from '../../../shared/ui/photo-tile';
import { useDeleteProjectPhoto, useUploadProjectPhoto } from '../api';
import type { Project } from '../types';

/** The evaluation's photo status: not completed yet, short of photos, or complete; late when past the 7 days. */
function PhotoStatus({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const e = project.evaluation;
  if (!e) {
    return (
      <Text size="sm" c="dimmed" data-testid="project-photos-not-completed">
        {t('prj.photosNotCompleted')}
      </Text>
    );
  }
  return (
    <Group gap="xs">
      {e.missingPhotos > 0 ? (
        <Badge color="orange" data-testid="project-photos-missing">
          {t('prj.missingPhotos', { count: e.missingPhotos })}
        </Badge>
      ) : (
        <Badge color="teal" data-testid="project-photos-complete">
          {t('prj.photosComplete')}
        </Badge>
      )}
      {e.late && (
        <Badge color="red" data-testid="project-photos-late">
          {t('prj.late', { days: e.daysLate })}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {t('prj.photosDue', { date: formatIsoDate(e.dueDate, lang) })}
      </Text>
    </Group>
  );
}

/**
 * A project's evaluation photos (003 L297: at least 3): thumbnails from the server's display copies, and for editors
 * upload (several at once, one request each; `image/*` lets a phone use its camera) and delete.
 */
export function ProjectPhotos({
  project,
  editable,
  onClose,
}: {
  project: Project;
  editable: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const upload = useUploadProjectPhoto(project.id);
  const remove = useDeleteProjectPhoto(project.id);

  const add = async (chosen: File[]) => {
    upload.reset();
    for (const file of chosen) {
      try {
        await upload.mutateAsync(file);
      } catch {
        return;
      }
    }
  };

  return (
    <Paper withBorder p="md" component="section" data-testid="project-photos" data-project-id={project.id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {t('prj.photosTitle', { name: project.name })}
          </Title>
          <CloseButton
            onClick={onClose}
            aria-label={t('prj.photosClose')}
            data-testid="project-photos-close"
          />
        </Group>
        <Text size="sm">{t('prj.photosRule')}</Text>
        <PhotoStatus project={project} />
        <Text size="sm" fw={600} data-testid="project-photo-count">
          {t('prj.photoCount', { count: project.photoCount })}
        </Text>
        {project.photos.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('prj.noPhotos')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, md: 6 }} spacing="xs">
            {project.photos.map((photo) => (
              <PhotoTile
                key={photo.id}
                href={photo.url}
                src={photo.displayUrl}
                name={photo.filename}
                remove={
                  editable
                    ? {
                        onClick: () => remove.mutate(photo.id),
                        disabled: remove.isPending,
                        label: t('prj.removePhoto', { name: photo.filename }),
                      }
                    : null
                }
                testIds={{
                  tile: 'project-photo',
                  thumbnail: 'project-photo-thumbnail',
                  remove: 'project-photo-remove',
                }}
              />
            ))}
          </SimpleGrid>
        )}
        {editable && (
          <Group>
            <FileButton
              onChange={(chosen) => void add(chosen)}
              accept="image/*"
              multiple
              inputProps={{ 'data-testid': 'project-photo-input' } as object}
            >
              {(props) => (
                <Button {...props} variant="light" loading={upload.isPending} data-testid="project-photo-add">
                  {t('prj.addPhotos')}
                </Button>
              )}
            </FileButton>
          </Group>
        )}
        {upload.isError && <ErrorAlert error={upload.error} withTitle={false} testId="project-photo-error" />}
        {remove.isError && <ErrorAlert error={remove.error} withTitle={false} />}
      </Stack>
    </Paper>
  );
}
