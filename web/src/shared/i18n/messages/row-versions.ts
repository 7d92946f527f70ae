import type { Message } from './message';

/** A save refused because someone else saved the record after it was opened (409 stale, issue R2-6 item 5). */
export const rowVersionMessages = {
  'stale.title': { th: 'ข้อมูลมีการเปลี่ยนแปลง', en: 'The record has changed' },
  'stale.reload': { th: 'โหลดข้อมูลล่าสุด', en: 'Load the latest' },
} satisfies Record<string, Message>;
