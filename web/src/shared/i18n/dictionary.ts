import { auditMessages } from './messages/audit';
import { commonMessages } from './messages/common';
import { homeMessages } from './messages/home';
import { unitMessages } from './messages/units';
import { userMessages } from './messages/users';

export const dictionary = {
  ...commonMessages,
  ...homeMessages,
  ...unitMessages,
  ...userMessages,
  ...auditMessages,
};

export type MessageKey = keyof typeof dictionary;
