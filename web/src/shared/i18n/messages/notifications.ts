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
  // Where each province's and district's reminders are pushed on LINE (the LINE groups page).
  'nav.lineGroups': { th: 'กลุ่มไลน์แจ้งเตือน', en: 'LINE groups' },
  'lineGroups.title': { th: 'กลุ่มไลน์ที่รับการแจ้งเตือน', en: 'LINE groups for reminders' },
  'lineGroups.subtitle': {
    th: 'จังหวัด{province}และอำเภอในจังหวัด',
    en: '{province} and its districts',
  },
  'lineGroups.whatTitle': { th: 'ระบบส่งอะไรเข้ากลุ่มไลน์', en: 'What is sent to the LINE group' },
  'lineGroups.what': {
    th: 'ระบบเตือนการส่งรายงานที่ยังไม่ได้ส่งทุกวันที่ 1 ของเดือน และ 3 วันก่อนวันกำหนดส่งของแต่ละรายงาน ข้อความเตือนของหน่วยงานจะส่งเข้ากลุ่มไลน์ที่กำหนดไว้ที่นี่ เมื่อผู้ดูแลระบบตั้งค่าบัญชีไลน์ทางการของระบบไว้แล้ว',
    en: 'Reminders of reports not yet sent go out on the 1st of each month and 3 days before each due date, to the group set here, once the system’s LINE Official Account is configured',
  },
  'lineGroups.howTitle': { th: 'หารหัสกลุ่มไลน์ได้อย่างไร', en: 'How to get a group id' },
  'lineGroups.how': {
    th: 'เชิญบัญชีไลน์ทางการของระบบเข้าร่วมกลุ่มไลน์ของหน่วยงาน เมื่อบัญชีเข้ากลุ่มแล้ว ไลน์จะแจ้งรหัสกลุ่มไปยังเว็บฮุกของบัญชี ขอรหัสนี้จากผู้ดูแลบัญชีไลน์ทางการของกรม รหัสขึ้นต้นด้วยตัว C ตามด้วยตัวอักษร 0-9 และ a-f อีก 32 ตัว แล้วนำมาวางในช่อง "รหัสกลุ่มไลน์"',
    en: 'Invite the system’s LINE Official Account to the unit’s group. Once it joins, LINE sends the group id to the account’s webhook: ask the department’s account administrator for it. It starts with C followed by 32 characters 0-9 and a-f; paste it in the group id field',
  },
  'lineGroups.noneTitle': { th: 'หน่วยงานที่ยังไม่มีกลุ่มไลน์', en: 'Units without a group' },
  'lineGroups.none': {
    th: 'ระบบจะไม่ส่งข้อความทางไลน์ให้หน่วยงานนั้น การเตือนจะแสดงเฉพาะที่กระดิ่งแจ้งเตือนในระบบของเจ้าหน้าที่อำเภอ และส่งทางอีเมลของเจ้าหน้าที่ที่มีอีเมล (เมื่อระบบตั้งค่าการส่งอีเมลไว้) เท่านั้น การกำหนดหรือเปลี่ยนกลุ่มมีผลกับการเตือนครั้งถัดไป',
    en: 'No LINE message is sent for it: reminders reach the district officers in the app and by e-mail (when e-mail is configured) only. A new or changed group applies from the next reminder',
  },
  'lineGroups.province': { th: 'จังหวัด', en: 'Province' },
  'lineGroups.district': { th: 'อำเภอ', en: 'District' },
  'lineGroups.group': { th: 'กลุ่มไลน์', en: 'LINE group' },
  'lineGroups.noGroup': { th: 'ยังไม่มีกลุ่มไลน์', en: 'No group' },
  'lineGroups.set': { th: 'กำหนดกลุ่มไลน์', en: 'Set group' },
  'lineGroups.change': { th: 'เปลี่ยนกลุ่ม', en: 'Change' },
  'lineGroups.remove': { th: 'ยกเลิกกลุ่มไลน์', en: 'Remove group' },
  'lineGroups.removeConfirm': {
    th: 'ยกเลิกกลุ่มไลน์ของ{unit}? การเตือนครั้งถัดไปของหน่วยงานนี้จะไม่ส่งเข้ากลุ่มไลน์ แต่ยังแสดงในระบบและส่งทางอีเมลตามเดิม',
    en: 'Remove the LINE group of {unit}? Its next reminders will not go to LINE, still in the app and by e-mail',
  },
  'lineGroups.dialogTitle': { th: 'กลุ่มไลน์ของ{unit}', en: 'LINE group of {unit}' },
  'lineGroups.groupId': { th: 'รหัสกลุ่มไลน์', en: 'Group id' },
  'lineGroups.groupIdHint': {
    th: 'ขึ้นต้นด้วย C ตามด้วยตัวอักษร 0-9 และ a-f อีก 32 ตัว',
    en: 'C followed by 32 characters 0-9 and a-f',
  },
  'lineGroups.empty': {
    th: 'ยังไม่มีหน่วยงานใดในจังหวัดนี้กำหนดกลุ่มไลน์ — เชิญบัญชีไลน์ทางการของระบบเข้ากลุ่มไลน์ของอำเภอ ขอรหัสกลุ่ม แล้วกด "กำหนดกลุ่มไลน์" ที่แถวของอำเภอนั้น',
    en: 'No unit of this province has a LINE group yet — invite the system’s LINE Official Account to a district’s group, get the group id, then press "Set group" on that district’s row',
  },
  'lineGroups.chooseProvince': {
    th: 'เลือกจังหวัดด้านบนเพื่อดูและกำหนดกลุ่มไลน์ของจังหวัดและอำเภอ',
    en: 'Choose a province above to see and set its LINE groups',
  },
  'lineGroups.count': {
    th: 'มีกลุ่มไลน์แล้ว {count} จาก {total} หน่วยงาน',
    en: '{count} of {total} units have a LINE group',
  },
} satisfies Record<string, Message>;
