import { agreementMessages } from './messages/agreements';
import { auditMessages } from './messages/audit';
import { commonMessages } from './messages/common';
import { dashboardKpiMessages } from './messages/dashboard-kpi';
import { dashboardNationMessages } from './messages/dashboard-nation';
import { dashboardRegisterMessages } from './messages/dashboard-registers';
import { dashboardMessages } from './messages/dashboards';
import { followUpMessages } from './messages/follow-ups';
import { formTemplateMessages } from './messages/form-templates';
import { fundMessages } from './messages/funds';
import { homeMessages } from './messages/home';
import { kpiMessages } from './messages/kpis';
import { minutesMessages } from './messages/minutes';
import { notificationMessages } from './messages/notifications';
import { printMessages } from './messages/print';
import { quarterlyMessages } from './messages/quarterly';
import { registerMessages } from './messages/registers';
import { reportMessages } from './messages/reports';
import { rowVersionMessages } from './messages/row-versions';
import { scoringMessages } from './messages/scoring';
import { unitMessages } from './messages/units';
import { userMessages } from './messages/users';
import { viewCacheMessages } from './messages/view-cache';
import { visitMessages } from './messages/visits';

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
  ...reportMessages,
  ...notificationMessages,
  ...registerMessages,
  ...fundMessages,
  ...dashboardMessages,
  ...dashboardKpiMessages,
  ...dashboardNationMessages,
  ...dashboardRegisterMessages,
  ...quarterlyMessages,
  ...minutesMessages,
  ...formTemplateMessages,
  ...followUpMessages,
  ...visitMessages,
  ...rowVersionMessages,
  ...viewCacheMessages,
};

export type MessageKey = keyof typeof dictionary;
