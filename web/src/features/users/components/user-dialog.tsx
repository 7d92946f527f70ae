import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useI18n } from '../../../shared/i18n/language';
import { useCurrentUser } from '../../auth/api';
import { useCreateUser, useUpdateUser } from '../api';
import type { User } from '../types';
import { newUserValues, toNewUser, toUserChanges, type UserFormValues, userValues } from '../user-values';
import { UserForm } from './user-form';

type Props = {
  /** 'new' to add a user, a user to edit, null when closed. */
  target: User | 'new' | null;
  onClose: () => void;
  onSaved: (notice: string) => void;
};

export function UserDialog({ target, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const fullScreen = useMediaQuery('(max-width: 48em)');
  const create = useCreateUser();
  const update = useUpdateUser();

  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };

  const submit = (values: UserFormValues) => {
    if (target === 'new') {
      create.mutate(toNewUser(values), {
        onSuccess: (user) => {
          onSaved(t('users.created', { username: user.username }));
          close();
        },
      });
      return;
    }
    if (!target) return;
    const changes = toUserChanges(target, values);
    if (Object.keys(changes).length === 0) return close();
    update.mutate(
      { user: target, changes },
      {
        onSuccess: (user) => {
          onSaved(t('users.updated', { username: user.username }));
          close();
        },
      },
    );
  };

  const creating = target === 'new';
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t(creating ? 'users.add' : 'users.edit')}
      size="lg"
      fullScreen={fullScreen}
    >
      {target !== null && (
        <UserForm
          key={creating ? 'new' : target.id}
          mode={creating ? 'create' : 'edit'}
          initialValues={creating ? newUserValues(me.scope.code) : userValues(target)}
          pending={creating ? create.isPending : update.isPending}
          error={creating ? create.error : update.error}
          onSubmit={submit}
          onCancel={close}
        />
      )}
    </Modal>
  );
}
