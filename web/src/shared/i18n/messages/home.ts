import type { Message } from './message';

export const homeMessages = {
  'home.greeting': { th: 'สวัสดี {name}', en: 'Hello, {name}' },
  'home.today': { th: 'วันนี้', en: 'Today' },
  'home.position': { th: 'ตำแหน่ง', en: 'Position' },
  'home.role': { th: 'บทบาท', en: 'Role' },
  'home.unit': { th: 'หน่วยงานของฉัน', en: 'My unit' },
  'home.scope': { th: 'ขอบเขตข้อมูลที่ดูได้', en: 'Data I may view' },
  'home.openUnit': { th: 'ดูในผังหน่วยงาน', en: 'Open in the unit browser' },
} satisfies Record<string, Message>;
