import type { Language } from '../../../shared/i18n/language';
import type { Message } from '../../../shared/i18n/messages/message';

/** The offline drafts' own texts (Thai first), kept beside them. */
const messages = {
  pendingTitle: {
    th: 'มีร่างแบบติดตาม {count} ฉบับที่ยังไม่ได้ส่งขึ้นระบบ',
    en: '{count} follow-up draft(s) not yet sent',
  },
  pendingBody: {
    th: 'ร่างเหล่านี้เก็บไว้ในเครื่องนี้ ระบบจะส่งให้เองเมื่อกลับมาออนไลน์และเข้าสู่ระบบอยู่ กดชื่อแบบเพื่อเปิดกรอกต่อ',
    en: 'They are kept on this device and sent by themselves once online and signed in. Open one to continue.',
  },
  newDraft: { th: 'แบบติดตามใหม่ (ยังไม่เคยส่ง)', en: 'New follow-up (never sent)' },
  editedAt: { th: 'แก้ไขล่าสุด {at}', en: 'last edited {at}' },
  conflict: {
    th: 'มีการแก้ไขจากเครื่องอื่น เปิดเพื่อเลือกฉบับที่จะใช้',
    en: 'Edited elsewhere: open it to choose a copy',
  },
} satisfies Record<string, Message>;

export function draftText(
  key: keyof typeof messages,
  lang: Language,
  params: Record<string, string | number> = {},
) {
  return messages[key][lang].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
