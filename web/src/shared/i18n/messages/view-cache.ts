import type { Message } from './message';

/** When a cached aggregate view (dashboards, reports board) was read: the server answers it at most 15 s old. */
export const viewCacheMessages = {
  'asOf.text': { th: 'ข้อมูล ณ เวลา {time}', en: 'Data as of {time}' },
} satisfies Record<string, Message>;
