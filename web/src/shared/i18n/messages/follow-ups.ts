import type { Message } from './message';

/** Follow-up visits' forms (แบบติดตาม): list, new, fill (offline too), printout, and the form renderer. */
export const followUpMessages = {
  'nav.followUps': { th: 'แบบติดตามงาน', en: 'Follow-up forms' },
  'form.required': { th: 'จำเป็นต้องกรอก', en: 'Required' },
  'form.addRow': { th: 'เพิ่มแถว', en: 'Add a row' },
  'form.removeRow': { th: 'ลบแถว', en: 'Remove row' },
  'form.row': { th: 'แถวที่ {n}', en: 'Row {n}' },
  'form.noRows': { th: 'ยังไม่มีแถว กด "เพิ่มแถว"', en: 'No rows yet: press "Add a row"' },
  'form.rowsLimit': { th: 'ได้ {min}–{max} แถว', en: '{min}–{max} rows' },
  'form.signer': { th: '{label} คนที่ {n}', en: '{label} no. {n}' },
  'form.signName': { th: 'ชื่อ-สกุล', en: 'Name' },
  'form.signPosition': { th: 'ตำแหน่ง', en: 'Position' },
  'form.level': { th: 'ระดับ {level}', en: 'Level {level}' },
  'form.computedEmpty': {
    th: 'คำนวณให้เมื่อกรอกข้อมูลที่ใช้คำนวณครบ',
    en: 'Computed once its inputs are filled',
  },
  'form.computed': { th: 'คำนวณอัตโนมัติ', en: 'Computed' },
  'form.choose': { th: 'เลือก', en: 'Choose' },
  'form.kpi': { th: 'ตัวชี้วัด', en: 'KPI' },
  'form.kpiWeight': { th: 'น้ำหนัก (ร้อยละ)', en: 'Weight (%)' },
  'form.kpiScore': { th: 'คะแนน', en: 'Score' },
  'form.kpiLevel': { th: 'ระดับ', en: 'Level' },
  'form.kpisEmpty': {
    th: 'ระบบจะเติมตัวชี้วัดตามคำรับรองของอำเภอ พร้อมน้ำหนักและคะแนนล่าสุด เมื่อบันทึกแบบติดตาม',
    en: 'The district’s agreement KPIs, weights and current scores are filled in when the form is saved',
  },
  'form.photoAdd': { th: 'ถ่ายรูปหรือเลือกรูป', en: 'Take or choose a photo' },
  'form.photoMax': { th: 'ได้สูงสุด {n} รูป (JPEG, PNG หรือ WebP)', en: 'Up to {n} photos (JPEG, PNG or WebP)' },
  'form.photoRemove': { th: 'ลบรูป', en: 'Remove photo' },
  'form.photoPreview': {
    th: 'ตัวอย่างแบบฟอร์ม: ถ่ายรูปได้เมื่อกรอกแบบติดตามจริง',
    en: 'Preview: photos are taken on a real follow-up',
  },
  'form.photoType': {
    th: 'รูปถ่ายต้องเป็นไฟล์ JPEG, PNG หรือ WebP',
    en: 'A photo must be a JPEG, PNG or WebP file',
  },
  'form.empty': { th: '-', en: '-' },
} satisfies Record<string, Message>;
