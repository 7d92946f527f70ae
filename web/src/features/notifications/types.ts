import type { ApiResponse } from '../../shared/api/api-types';

/** GET /api/notifications: the user's notifications, newest first, and how many are unread. */
export type NotificationList = ApiResponse<'/api/notifications/'>;

/** One notification; `link` is an app path, e.g. /reports/submissions/12. */
export type AppNotification = NotificationList['items'][number];

/** GET /api/notifications/line-groups?unit=: the LINE groups stored under a unit, each with its row version. */
export type LineGroupList = ApiResponse<'/api/notifications/line-groups'>;

export type LineGroup = LineGroupList['items'][number];

/** PUT /api/notifications/line-groups/{unitCode}: the unit's group after the save (null once removed). */
export type SavedLineGroup = ApiResponse<'/api/notifications/line-groups/{unitCode}', 'put'>;
