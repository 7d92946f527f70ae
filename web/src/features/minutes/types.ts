import type { ApiResponse, Refine } from '../../shared/api/api-types';

/** The minutes as the server sends them (src/modules/minutes). */
export type MinutesTable = {
  kind: 'budget' | 'kpi' | 'timeliness' | 'custom';
  titleTh: string;
  asOf: string | null;
  columns: string[];
  rows: string[][];
  total: string[] | null;
  noteTh: string;
  /** Text lines before the table; null or absent: after the text. */
  afterLine?: number | null;
};
export type MinutesResolution = { phrase: string | null; note: string };
export type MinutesItem = {
  heading: string;
  presenter: string;
  text: string;
  tables: MinutesTable[];
  resolution: MinutesResolution;
};
export type Person = { userId: number | null; name: string; position: string };
export type MinutesBody = {
  attendees: Person[];
  absentees: { name: string; position: string; reason: string }[];
  activities: string[];
  agenda: { title: string; items: MinutesItem[]; resolution: MinutesResolution }[];
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
type MinutesAnswer = ApiResponse<'/api/minutes/{id}'>;

/** One meeting's minutes with its versions and what the user may do; the body is the JSON the web writes. */
export type Minutes = Refine<MinutesAnswer, { body: MinutesBody }>;

/** The minutes the user may read, and whether the user may start new ones. */
export type MinutesList = ApiResponse<'/api/minutes/'>;

export type MinutesSummary = MinutesList['items'][number];

export type MinutesDefaults = ApiResponse<'/api/minutes/defaults'>;
