import ExcelJS from 'exceljs';

/** The xlsx an office fills to import its villages: the header row the importer expects and one example row. */
export async function villageTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('หมู่บ้าน');
  sheet.columns = [
    { header: 'subdistrict_code', width: 18 },
    { header: 'village_no', width: 12 },
    { header: 'name_th', width: 30 },
    { header: 'name_en', width: 30 },
  ];
  sheet.addRow(['950101', 1, 'บ้านตัวอย่าง', 'Ban Example']);
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('คำอธิบาย');
  notes.addRows([
    ['subdistrict_code', 'รหัสตำบล 6 หลักของกรมการปกครอง เช่น 950101'],
    ['village_no', 'หมู่ที่ 1–99 (เลขไทยหรือเลขอารบิกก็ได้)'],
    ['name_th', 'ชื่อหมู่บ้านภาษาไทย (จำเป็น)'],
    ['name_en', 'ชื่อหมู่บ้านภาษาอังกฤษ (ไม่บังคับ)'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
