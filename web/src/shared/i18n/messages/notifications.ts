import type { Message } from './message';

export const notificationMessages = {
  'notifications.title': { th: 'การแจ้งเตือน', en: 'Notifications' },
  'notifications.bell': { th: 'การแจ้งเตือน ยังไม่อ่าน {count} รายการ', en: 'Notifications, {count} unread' },
  'notifications.unreadCount': { th: 'ยังไม่อ่าน {count} รายการ', en: '{count} unread' },
  'notifications.allRead': { th: 'อ่านครบทุกรายการแล้ว', en: 'All read' },
  'notifications.empty': {
    th: 'ยังไม่มีการแจ้งเตือน — เมื่อรายงานถูกส่งกลับ ได้รับการอนุมัติ หรือใกล้วันกำหนดส่ง ระบบจะแจ้งที่นี่และที่กระดิ่งด้านบน',
    en: 'No notifications yet — returns, approvals and coming due dates are announced here and on the bell above',
  },
  'notifications.open': { th: 'เปิดดูรายการนี้', en: 'Open this item' },
  'notifications.markRead': { th: 'ทำเครื่องหมายว่าอ่านแล้ว', en: 'Mark as read' },
  'notifications.markAllRead': { th: 'อ่านทั้งหมดแล้ว', en: 'Mark all as read' },
  'notifications.new': { th: 'ใหม่', en: 'New' },
  'notifications.unreadFirst': { th: 'รายการที่ยังไม่อ่านแสดงก่อน', en: 'Unread first' },
} satisfies Record<string, Message>;
