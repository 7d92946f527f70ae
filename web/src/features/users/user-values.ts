import type { Role } from '../auth/types';
import type { NewUser, User, UserChanges } from './types';

/** What the user form edits, all as text the inputs hold. */
export type UserFormValues = {
  username: string;
  password: string;
  displayName: string;
  positionTitle: string;
  role: Role;
  unitCode: string;
  email: string;
};

export function newUserValues(unitCode: string): UserFormValues {
  return {
    username: '',
    password: '',
    displayName: '',
    positionTitle: '',
    role: 'viewer',
    unitCode,
    email: '',
  };
}

export function userValues(user: User): UserFormValues {
  return {
    username: user.username,
    password: '',
    displayName: user.displayName,
    positionTitle: user.positionTitle ?? '',
    role: user.role,
    unitCode: user.unit.code,
    email: user.email ?? '',
  };
}

export function toNewUser(values: UserFormValues): NewUser {
  const positionTitle = values.positionTitle.trim();
  const email = values.email.trim();
  return {
    username: values.username.trim(),
    password: values.password,
    displayName: values.displayName.trim(),
    role: values.role,
    unitCode: values.unitCode.trim(),
    ...(positionTitle ? { positionTitle } : {}),
    ...(email ? { email } : {}),
  };
}

/** Only the fields that changed; an emptied optional field is sent as null. */
export function toUserChanges(user: User, values: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  const displayName = values.displayName.trim();
  const positionTitle = values.positionTitle.trim() || null;
  const unitCode = values.unitCode.trim();
  const email = values.email.trim() || null;
  if (displayName !== user.displayName) changes.displayName = displayName;
  if (positionTitle !== user.positionTitle) changes.positionTitle = positionTitle;
  if (values.role !== user.role) changes.role = values.role;
  if (unitCode !== user.unit.code) changes.unitCode = unitCode;
  if (email !== user.email) changes.email = email;
  if (values.password) changes.password = values.password;
  return changes;
}
