import { Button, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useNewVersion } from '../api';

type Props = { id: number; label: string; variant?: string; testId: string };

/** Starts the next version of a template (a draft copy) and opens it; the server's refusal shows below. */
export function NewVersionButton({ id, label, variant, testId }: Props) {
  const navigate = useNavigate();
  const newVersion = useNewVersion();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant={variant}
        loading={newVersion.isPending}
        onClick={() =>
          newVersion.mutate(id, { onSuccess: (draft) => navigate(`/form-templates/${draft.id}`) })
        }
        data-testid={testId}
      >
        {label}
      </Button>
      {newVersion.isError && <ErrorAlert error={newVersion.error} withTitle={false} />}
    </Stack>
  );
}
