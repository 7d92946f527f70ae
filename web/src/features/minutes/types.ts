/** The minutes as the server sends them (src/modules/minutes). */
export type MinutesTable = {
  kind: 'budget' | 'kpi' | 'timeliness' | 'custom';
  titleTh: string;
  asOf: string | null;
  columns: string[];
  rows: string[][];
  total: string[] | null;
  noteTh: string;
};
export type MinutesItem = {
  heading: string;
  presenter: string;
  text: string;
  tables: MinutesTable[];
  resolution: { phrase: string | null; note: string };
};
export type Person = { userId: number | null; name: string; position: string };
export type MinutesBody = {
  attendees: Person[];
  absentees: { name: string; position: string; reason: string }[];
  activities: string[];
  agenda: { title: string; items: MinutesItem[] }[];
  previous: {
    minutesId: number | null;
    number: string;
    date: string | null;
    circulatedBy: string;
    pages: number | null;
    circulatedOn: string | null;
  };
  nextMeeting: { date: string | null; timeFrom: string | null; venueTh: string };
  taker: { name: string; position: string };
  reviewer: { name: string; position: string };
};
export type MinutesHeader = {
  titleTh: string;
  meetingDate: string;
  timeFrom: string;
  timeTo: string | null;
  venueTh: string;
};
export type MinutesSummary = MinutesHeader & {
  id: number;
  unit: { code: string; nameTh: string };
  number: string;
  version: number;
  status: 'draft' | 'finished';
  updatedAt: string;
  finishedAt: string | null;
};
export type Minutes = MinutesSummary & {
  amendsId: number | null;
  body: MinutesBody;
  versions: { id: number; version: number; status: 'draft' | 'finished' }[];
  canEdit: boolean;
  canAmend: boolean;
};
export type MinutesDefaults = {
  unit: { code: string; nameTh: string };
  number: string;
  titleTh: string;
  resolutionPhrases: string[];
  previous: { id: number; number: string; date: string; venueTh: string; attendees: Person[] } | null;
  directory: (Person & { unitNameTh: string })[];
};
