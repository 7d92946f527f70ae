import { Button, Group, NativeSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useTextFields } from '../../../shared/ui/use-text-fields';
import { roles } from '../../auth/types';
import type { UserFormValues } from '../user-values';
import { UnitCodeHint } from './unit-code-hint';

const formFields = ['username', 'password', 'displayName', 'positionTitle', 'role', 'unitCode', 'email'];

type Props = {
  mode: 'create' | 'edit';
  initialValues: UserFormValues;
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
  onCancel: () => void;
};

/** Create or edit a user; the server's field errors show next to their field. */
export function UserForm({ mode, initialValues, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const { values, bind } = useTextFields(initialValues);
  const errorOf = (field: keyof UserFormValues) => fieldError(error, field);
  const generalError = Boolean(error) && !formFields.some((field) => fieldError(error, field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} data-testid={`user-${mode}-form`}>
      <Stack gap="sm">
        {generalError && <ErrorAlert error={error} withTitle={false} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.username')}
            {...bind('username')}
            disabled={mode === 'edit'}
            required
            autoComplete="off"
            error={errorOf('username')}
            data-testid="user-username"
          />
          <PasswordInput
            label={t(mode === 'create' ? 'users.password' : 'users.newPassword')}
            {...bind('password')}
            required={mode === 'create'}
            description={t('users.passwordRule')}
            autoComplete="new-password"
            error={errorOf('password')}
            data-testid="user-password"
          />
          <TextInput
            label={t('users.displayName')}
            {...bind('displayName')}
            required
            error={errorOf('displayName')}
            data-testid="user-display-name"
          />
          <TextInput
            label={t('users.positionTitle')}
            {...bind('positionTitle')}
            error={errorOf('positionTitle')}
            data-testid="user-position-title"
          />
          <NativeSelect
            label={t('users.role')}
            {...bind('role')}
            data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            error={errorOf('role')}
            data-testid="user-role"
          />
          <TextInput
            label={t('users.unitCode')}
            {...bind('unitCode')}
            required
            description={<UnitCodeHint code={values.unitCode} />}
            error={errorOf('unitCode')}
            data-testid="user-unit-code"
          />
          <TextInput
            label={t('users.email')}
            type="email"
            {...bind('email')}
            error={errorOf('email')}
            data-testid="user-email"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} data-testid="user-submit">
            {t(mode === 'create' ? 'users.add' : 'common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
