import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  FileButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PhotoTile } from '../../../shared/ui/photo-tile';
import { useDeleteFile, useUploadFile } from '../api';
import type { ReportField, SubmissionFile } from '../types';

const photoAccept = 'image/jpeg,image/png,image/webp';
const fileAccept =
  'application/pdf,image/jpeg,image/png,image/webp,.xlsx,.docx,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Props = {
  submissionId: number;
  field: ReportField;
  files: SubmissionFile[];
  editable: boolean;
  /** The server's message when the submission was refused for this field. */
  problem?: string;
};

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The rule in words: "อย่างน้อย 1 · ไม่เกิน 2 · รูปถ่าย JPEG, PNG หรือ WebP · ไม่เกิน 20 MB ต่อไฟล์". */
function useRule(field: ReportField): string {
  const { t } = useI18n();
  const min = field.min ?? (field.required ? 1 : 0);
  return [
    min > 0 ? t('attachment.min', { count: min }) : null,
    field.max !== undefined ? t('attachment.max', { count: field.max }) : null,
    field.kind === 'photo' ? t('attachment.photoRule') : t('attachment.fileRule'),
    t('attachment.sizeRule'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Photos (thumbnails from the display copy the server makes) or evidence files of one field. Uploads go one by
 * one as multipart (field `file`); the server checks type by content (415) and size (413) and answers in Thai.
 */
export function AttachmentField({ submissionId, field, files, editable, problem }: Props) {
  const { t } = useI18n();
  const upload = useUploadFile(submissionId);
  const remove = useDeleteFile(submissionId);
  const rule = useRule(field);
  const full = field.max !== undefined && files.length >= field.max;
  const photo = field.kind === 'photo';

  const add = async (chosen: File[]) => {
    upload.reset();
    for (const file of chosen) {
      try {
        await upload.mutateAsync({ fieldId: field.id, file });
      } catch {
        return;
      }
    }
  };

  return (
    <Stack gap={6} data-testid="attachment-field" data-field={field.id} data-count={files.length}>
      <div>
        <Text size="sm" fw={500}>
          {field.labelTh}
          {(field.required || (field.min ?? 0) > 0) && (
            <Text span c="red">
              {' *'}
            </Text>
          )}
        </Text>
        {editable && (
          <Text size="xs" c="dimmed">
            {rule}
          </Text>
        )}
      </div>
      {(editable || files.length > 0) && (
        <Text size="xs" fw={600} data-testid="attachment-count">
          {field.max !== undefined
            ? t('attachment.countOf', { count: files.length, max: field.max })
            : t('attachment.count', { count: files.length })}
        </Text>
      )}
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachment.none')}
        </Text>
      ) : photo ? (
        <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} spacing="xs">
          {files.map((file) => (
            <PhotoTile
              key={file.id}
              href={file.url}
              src={file.displayUrl ?? file.url}
              name={file.originalName}
              remove={
                editable
                  ? {
                      onClick: () => remove.mutate(file.id),
                      disabled: remove.isPending,
                      label: t('attachment.removeNamed', { name: file.originalName }),
                    }
                  : null
              }
              testIds={{
                tile: 'attachment-item',
                thumbnail: 'attachment-thumbnail',
                remove: 'attachment-remove',
              }}
              dataFile={file.id}
            />
          ))}
        </SimpleGrid>
      ) : (
        <Stack gap={4}>
          {files.map((file) => (
            <Group key={file.id} gap="xs" wrap="nowrap" data-testid="attachment-item" data-file={file.id}>
              <Anchor
                href={file.url}
                target="_blank"
                rel="noreferrer"
                size="sm"
                truncate
                style={{ minWidth: 0 }}
              >
                {file.originalName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {sizeText(file.bytes)}
              </Text>
              {editable && (
                <CloseButton
                  size="sm"
                  onClick={() => remove.mutate(file.id)}
                  disabled={remove.isPending}
                  aria-label={t('attachment.removeNamed', { name: file.originalName })}
                  data-testid="attachment-remove"
                />
              )}
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <Group>
          <FileButton
            onChange={(chosen) => void add(chosen)}
            accept={photo ? photoAccept : fileAccept}
            multiple
            inputProps={{ 'data-testid': 'attachment-input', 'data-field': field.id } as object}
          >
            {(props) => (
              <Button
                {...props}
                variant="light"
                size="sm"
                loading={upload.isPending}
                disabled={full}
                data-testid="attachment-add"
              >
                {photo ? t('attachment.addPhoto') : t('attachment.addFile')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {upload.isError && (
        <Stack gap={4}>
          <ErrorAlert error={upload.error} withTitle={false} testId="attachment-error" />
          {isApiError(upload.error, 413) && (
            <Text size="xs" c="red.8">
              {t('attachment.tooLargeHint')}
            </Text>
          )}
        </Stack>
      )}
      {remove.isError && <ErrorAlert error={remove.error} withTitle={false} />}
      {problem && (
        <Alert color="red" p="xs" data-testid="attachment-problem">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
