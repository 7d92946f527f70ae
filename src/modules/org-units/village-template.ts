import ExcelJS from 'exceljs';

/**
 * The xlsx an office fills to import its villages: a header row in Thai (the importer reads these headers or the
 * column keys) and no data, so the template imported unedited adds nothing; the example row sits on the guide sheet.
 */
export async function villageTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('หมู่บ้าน');
  sheet.columns = [
    { header: 'รหัสตำบล', width: 18 },
    { header: 'หมู่ที่', width: 12 },
    { header: 'ชื่อหมู่บ้าน (ภาษาไทย)', width: 30 },
    { header: 'ชื่อหมู่บ้าน (ภาษาอังกฤษ)', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('วิธีกรอก');
  notes.addRows([
    ['รหัสตำบล', 'รหัสตำบล 6 หลักของกรมการปกครอง เช่น 950101'],
    ['หมู่ที่', 'หมู่ที่ 1–99 (เลขไทยหรือเลขอารบิกก็ได้)'],
    ['ชื่อหมู่บ้าน (ภาษาไทย)', 'ชื่อหมู่บ้านภาษาไทย (จำเป็น)'],
    ['ชื่อหมู่บ้าน (ภาษาอังกฤษ)', 'ชื่อหมู่บ้านภาษาอังกฤษ (ไม่บังคับ)'],
    [],
    ['ตัวอย่างแถวในชีต "หมู่บ้าน" (ระบบไม่นำเข้าชีตนี้)'],
    ['950101', 1, 'บ้านตัวอย่าง', 'Ban Example'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
