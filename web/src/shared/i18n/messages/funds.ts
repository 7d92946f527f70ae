import type { Message } from './message';

/**
 * The funds page's sections and the buttons that open their forms, the women's fund imports and portfolio report, the
 * debt-relief import, and the list filters.
 */
export const fundMessages = {
  'funds.title': { th: 'ทะเบียนกองทุนและหนี้สิน', en: 'Funds and debt register' },
  'funds.enter': { th: 'บันทึกข้อมูล', en: 'Enter data' },
  'funds.import': { th: 'นำเข้าไฟล์', en: 'Import a file' },
  'debt.tab': { th: 'ครัวเรือนเป้าหมายบริหารจัดการหนี้', en: 'Debt management households' },
  'cf.add': { th: 'เพิ่มกองทุน', en: 'Add a fund' },
  'debt.add': { th: 'เพิ่มครัวเรือนเป้าหมาย', en: 'Add a household' },

  'wf.empty': {
    th: 'ยังไม่มีข้อมูลลูกหนี้และสมาชิกของหน่วยงานนี้ กด “บันทึกข้อมูล” เพื่อกรอกทีละวันที่ หรือ “นำเข้าไฟล์” เพื่อนำเข้าหลายวันที่จากไฟล์ xlsx หรือ csv',
    en: 'No debtor and member snapshots for this unit yet. Use “Enter data” to type one date, or “Import a file” to bring in several from an xlsx or csv file.',
  },
  'wfp.empty': {
    th: 'ยังไม่มีรายงานผลการบริหารจัดการหนี้ของหน่วยงานนี้ กด “บันทึกข้อมูล” แล้วกรอกตัวเลข 8 บรรทัดตามรายงานของจังหวัด ณ วันที่',
    en: 'No debt management report for this unit yet. Use “Enter data” and type the eight lines of the province’s report as of a date.',
  },
  'cf.empty': {
    th: 'ยังไม่มีกองทุนในทะเบียนของหน่วยงานนี้ กด “เพิ่มกองทุน” เพื่อบันทึกทีละกองทุน หรือ “นำเข้าไฟล์” เพื่อนำเข้าทั้งทะเบียนจากไฟล์ xlsx หรือ csv (คอลัมน์ตามไฟล์ส่งออก)',
    en: 'No funds registered for this unit yet. Use “Add a fund” to enter one at a time, or “Import a file” to bring in the whole register from an xlsx or csv file (in the export’s columns).',
  },
  'debt.empty': {
    th: 'ยังไม่มีครัวเรือนเป้าหมายของปี {year} กด “เพิ่มครัวเรือนเป้าหมาย” เพื่อบันทึกทีละครัวเรือน หรือ “นำเข้าไฟล์” เพื่อนำเข้าจากไฟล์ xlsx หรือ csv',
    en: 'No target households for FY {year} yet. Use “Add a household” to enter one at a time, or “Import a file” for an xlsx or csv file.',
  },
  'wf.saved': { th: 'บันทึกแล้ว · {unit} · {date}', en: 'Saved · {unit} · {date}' },
  'wfp.saved': { th: 'บันทึกรายงาน ณ วันที่ {date} แล้ว', en: 'Report as of {date} saved' },
  'cf.saved': { th: 'บันทึกกองทุน “{name}” แล้ว', en: 'Saved the fund “{name}”' },
  'debt.saved': { th: 'เพิ่มครัวเรือน “{label}” แล้ว', en: 'Added the household “{label}”' },

  'cf.searchPlaceholder': { th: 'ชื่อกองทุน', en: 'Fund name' },
  'cf.allTypes': { th: 'ทุกประเภท', en: 'All types' },
  'debt.searchPlaceholder': { th: 'รหัสหรือชื่อย่อครัวเรือน', en: 'Household code or short name' },

  'wf.importTitle': { th: 'นำเข้าไฟล์ข้อมูลลูกหนี้และสมาชิก', en: 'Import debtor and member snapshots' },
  'wf.importHelp': {
    th: 'ไฟล์ xlsx หรือ csv หนึ่งแถวต่อหน่วยงานและวันที่ ใช้ไฟล์ส่งออก (Excel) เป็นแม่แบบ คอลัมน์: รหัสหน่วยงาน (ไม่ใส่ = หน่วยงานที่เลือก), ข้อมูล ณ วันที่, ลูกหนี้คงเหลือ (A), ยังไม่ถึงกำหนดชำระ, พักชำระหนี้, อยู่ระหว่างดำเนินคดี (บาท), สมาชิก, สตรีอายุ 15 ปีขึ้นไป — คอลัมน์หนี้เกินกำหนดชำระ (B) ระบบคำนวณใหม่ วันที่ที่มีอยู่แล้วจะถูกแทนที่ ผิดแถวใดไม่บันทึกทั้งไฟล์',
    en: 'xlsx or csv in the export’s columns, one row per unit and date: unit_code (blank = the unit shown), as_of, outstanding, not_yet_due, suspended, litigation (baht), members, women_aged_15_plus — overdue is computed again; a date already saved is replaced; one bad row and nothing is saved',
  },
  'wf.importFile': { th: 'ไฟล์ข้อมูลลูกหนี้', en: 'Snapshot file' },
  'wfp.importTitle': { th: 'นำเข้าไฟล์รายงานผลการบริหารจัดการหนี้', en: 'Import portfolio reports' },
  'wfp.importHelp': {
    th: 'ไฟล์ xlsx หรือ csv หนึ่งแถวต่อจังหวัดและวันที่ ใช้ไฟล์ส่งออก (Excel) เป็นแม่แบบ: รหัสหน่วยงาน, ข้อมูล ณ วันที่, ช่วงปีที่อนุมัติ, จำนวนโครงการและเงินที่อนุมัติ และโครงการ/จำนวนเงินของทั้ง 8 สถานะ — คอลัมน์ลูกหนี้คงเหลือระบบคำนวณใหม่ วันที่ที่มีอยู่แล้วจะถูกแทนที่ ผิดแถวใดไม่บันทึกทั้งไฟล์',
    en: 'xlsx or csv in the export’s columns, one row per province and date: unit_code, as_of, approved_from, approved_to, approved_projects, approved_amount and the projects/amount of all 8 statuses — the outstanding columns are computed again; a date already saved is replaced; one bad row and nothing is saved',
  },
  'wfp.importFile': { th: 'ไฟล์รายงาน', en: 'Report file' },
  'wf.imported': {
    th: 'นำเข้าแล้ว: เพิ่มใหม่ {created} รายการ แทนที่ของเดิม {replaced} รายการ',
    en: 'Imported: {created} new, {replaced} replaced',
  },

  'debt.importTitle': { th: 'นำเข้าไฟล์ครัวเรือนเป้าหมาย', en: 'Import target households' },
  'debt.importHelp': {
    th: 'ไฟล์ xlsx หรือ csv หนึ่งครัวเรือนต่อแถว ใช้ไฟล์ส่งออก (Excel) เป็นแม่แบบ คอลัมน์: รหัสหน่วยงาน (ไม่ใส่ = หน่วยงานที่เลือก), ปีงบประมาณ (ไม่ใส่ = ปีที่เลือก), รหัสหรือชื่อย่อครัวเรือน, เข้าสู่กระบวนการ, ปรับโครงสร้างหนี้, ส่งเสริมอาชีพ (1 = ใช่) — ครัวเรือนที่มีหน่วยงาน ปี และชื่อเดิมจะถูกปรับปรุง ผิดแถวใดไม่บันทึกทั้งไฟล์',
    en: 'xlsx or csv in the export’s columns, one household per row: unit_code (blank = the unit shown), fiscal_year (blank = the year shown), label, entered_process, debt_restructured, occupational_promotion (1 = yes) — a household with the same unit, year and label is updated; one bad row and nothing is saved',
  },
  'debt.importFile': { th: 'ไฟล์ครัวเรือนเป้าหมาย', en: 'Household file' },
  'debt.imported': {
    th: 'นำเข้าแล้ว: เพิ่มใหม่ {created} ครัวเรือน ปรับปรุง {updated} ครัวเรือน',
    en: 'Imported: {created} new, {updated} updated',
  },

  'wfp.title': { th: 'ผลการบริหารจัดการหนี้ (รายงานรายจังหวัด)', en: 'Debt management report (by province)' },
  'wfp.heading': { th: 'ข้อมูล ณ วันที่ {date} · {unit}', en: 'As of {date} · {unit}' },
  'wfp.approved': {
    th: 'อนุมัติโครงการเงินทุนหมุนเวียน ปีงบประมาณ {from}–{to}: {projects} โครงการ งบประมาณ {amount} บาท',
    en: 'Revolving-fund projects approved FY {from}–{to}: {projects} projects, {amount} baht',
  },
  'wfp.pick': { th: 'ข้อมูล ณ วันที่', en: 'As of' },
  'wfp.no': { th: 'ที่', en: 'No.' },
  'wfp.status': { th: 'สถานะ', en: 'Status' },
  'wfp.projects': { th: 'โครงการ', en: 'Projects' },
  'wfp.amount': { th: 'จำนวนเงิน (บาท)', en: 'Amount (baht)' },
  'wfp.kind': { th: 'ลักษณะ', en: 'Kind' },
  'wfp.group.repaid': { th: 'นับซ้อนกับลูกหนี้', en: 'Overlaps the debtors' },
  'wfp.group.debtor': { th: 'แบ่งโครงการที่อนุมัติ', en: 'Splits the approved projects' },
  'wfp.group.relief': { th: 'มาตรการ นับซ้อนกันได้', en: 'Measure; may overlap' },
  'wfp.status.principal-repaid': { th: 'เงินต้นรับชำระ', en: 'Principal repaid' },
  'wfp.status.paying': { th: 'ลูกหนี้ชำระเงินตามสัญญา', en: 'Paying per contract' },
  'wfp.status.in-default': { th: 'ผิดนัดชำระ', en: 'In default' },
  'wfp.status.debt-acknowledged': { th: 'รับสภาพหนี้', en: 'Debt acknowledged' },
  'wfp.status.restructured': { th: 'ปรับโครงสร้างหนี้', en: 'Restructured' },
  'wfp.status.moratorium': { th: 'พักชำระหนี้', en: 'Moratorium' },
  'wfp.status.penalty-waived': { th: 'งดเบี้ยปรับ', en: 'Penalty waived' },
  'wfp.status.litigation': { th: 'ดำเนินคดี', en: 'Litigation' },
  'wfp.outstanding': {
    th: 'ลูกหนี้คงเหลือ (ชำระตามสัญญา + ผิดนัดชำระ)',
    en: 'Outstanding (paying + in default)',
  },
  'wfp.outstandingProjects': { th: 'โครงการลูกหนี้', en: 'Debtor projects' },
  'wfp.defaultByProjects': { th: 'ร้อยละผิดนัดชำระ (โครงการ)', en: 'In default, % of projects' },
  'wfp.defaultByAmount': { th: 'ร้อยละผิดนัดชำระ (จำนวนเงิน)', en: 'In default, % of amount' },
  'wfp.relief': { th: 'มาตรการช่วยเหลือ (บรรทัด 4–8) รวม', en: 'Relief measures (lines 4–8)' },
  'wfp.reliefValue': { th: '{projects} โครงการ · {amount} บาท', en: '{projects} projects · {amount} baht' },
  'wfp.check': {
    th: 'ตรวจ: ชำระตามสัญญา {paying} + ผิดนัดชำระ {inDefault} = {total} โครงการ เท่ากับโครงการที่อนุมัติ',
    en: 'Check: paying {paying} + in default {inDefault} = {total}, the approved projects',
  },
  'wfp.notes': { th: 'ข้อสังเกต (ไม่ใช่ข้อผิดพลาด)', en: 'Notes (not errors)' },
  'wfp.formTitle': { th: 'บันทึกผลการบริหารจัดการหนี้ ณ วันที่', en: 'Enter a debt management report' },
  'wfp.formHelp': {
    th: 'บันทึกเป็นรายจังหวัด วันที่เดิมจะแทนที่ของเดิม ลูกหนี้ชำระตามสัญญา + ผิดนัดชำระ ต้องเท่ากับจำนวนโครงการที่อนุมัติ ส่วนบรรทัด 1 และ 4–8 นับซ้อนกันได้',
    en: 'One report per province and date (the same date replaces it). Paying + in default must equal the approved projects; lines 1 and 4–8 may overlap',
  },
  'wfp.asOf': { th: 'ข้อมูล ณ วันที่', en: 'As of' },
  'wfp.approvedFrom': { th: 'อนุมัติตั้งแต่ปีงบประมาณ (พ.ศ.)', en: 'Approved from FY (B.E.)' },
  'wfp.approvedTo': { th: 'ถึงปีงบประมาณ (พ.ศ.)', en: 'to FY (B.E.)' },
  'wfp.approvedProjects': { th: 'โครงการที่อนุมัติ', en: 'Approved projects' },
  'wfp.approvedAmount': { th: 'งบประมาณที่อนุมัติ (บาท)', en: 'Approved amount (baht)' },
  'wfp.lineProjects': { th: '{status}: โครงการ', en: '{status}: projects' },
  'wfp.lineAmount': { th: '{status}: บาท', en: '{status}: baht' },
  'wfp.editThis': { th: 'แก้ไขรายงานนี้', en: 'Edit this report' },
} satisfies Record<string, Message>;
