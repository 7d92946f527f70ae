import type { ApiResponse } from '../../shared/api/api-types';

/** GET /api/notifications: the user's notifications, newest first, and how many are unread. */
export type NotificationList = ApiResponse<'/api/notifications/'>;

/** One notification; `link` is an app path, e.g. /reports/submissions/12. */
export type AppNotification = NotificationList['items'][number];
