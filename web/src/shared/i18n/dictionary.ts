import { agreementMessages } from './messages/agreements';
import { auditMessages } from './messages/audit';
import { commonMessages } from './messages/common';
import { homeMessages } from './messages/home';
import { kpiMessages } from './messages/kpis';
import { printMessages } from './messages/print';
import { scoringMessages } from './messages/scoring';
import { unitMessages } from './messages/units';
import { userMessages } from './messages/users';

export const dictionary = {
  ...commonMessages,
  ...homeMessages,
  ...unitMessages,
  ...userMessages,
  ...auditMessages,
  ...kpiMessages,
  ...scoringMessages,
  ...agreementMessages,
  ...printMessages,
};

export type MessageKey = keyof typeof dictionary;
