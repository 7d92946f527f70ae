/** GET /api/notifications (src/modules/notifications/service.ts listMine). */
export type AppNotification = {
  id: number;
  at: string;
  title: string;
  body: string;
  /** An app path, e.g. /reports/submissions/12. */
  link: string | null;
  readAt: string | null;
};

export type NotificationList = { unread: number; items: AppNotification[] };
