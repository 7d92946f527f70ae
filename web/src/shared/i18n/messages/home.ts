import type { Message } from './message';

export const homeMessages = {
  'home.greeting': { th: 'สวัสดี {name}', en: 'Hello, {name}' },
  'home.today': { th: 'วันนี้', en: 'Today' },
  'home.fiscalYear': { th: 'ปีงบประมาณ {year}', en: 'Fiscal year {year}' },
  'home.openAll': { th: 'ดูทั้งหมด', en: 'See all' },
  'home.more': { th: 'และอีก {count} รายการ', en: 'and {count} more' },
  'home.round': { th: 'รอบที่ {round}/{year}', en: 'Round {round} of {year}' },

  'home.reports.title': { th: 'รายงานที่ต้องส่งเดือน{month}', en: 'Reports due in {month}' },
  'home.reports.noForms': {
    th: 'ยังไม่มีแบบรายงาน — จังหวัดสร้างแบบรายงานที่เมนู รายงาน › แบบรายงาน แล้วรายงานที่ต้องส่งจะขึ้นที่นี่',
    en: 'No report forms yet — the province creates them under Reports › Report forms; the reports due will show here',
  },
  'home.reports.noneDue': {
    th: 'เดือนนี้ไม่มีรายงานที่ต้องส่ง ดูปฏิทินเดือนอื่นได้ที่หน้ารายงาน',
    en: 'No report is due this month; see other months on the reports page',
  },
  'home.reports.open': { th: 'ไปที่รายงานของฉัน', en: 'Go to my reports' },
  'home.reports.due': { th: 'กำหนดส่ง {date}', en: 'Due {date}' },
  'home.countdown.left': { th: 'อีก {days} วัน', en: '{days} days left' },
  'home.countdown.today': { th: 'ครบกำหนดวันนี้', en: 'Due today' },
  'home.countdown.over': { th: 'เลยกำหนด {days} วัน', en: '{days} days overdue' },

  'home.returned.title': { th: 'รายงานที่ถูกส่งกลับให้แก้ไข', en: 'Reports returned for correction' },
  'home.returned.none': {
    th: 'ไม่มีรายงานที่ถูกส่งกลับ — เมื่อจังหวัดส่งรายงานกลับ รายงานนั้นและเหตุผลจะขึ้นที่นี่',
    en: 'No report has been returned — when the province returns one, it shows here with the reason',
  },
  'home.returned.reason': { th: 'เหตุผล: {reason}', en: 'Reason: {reason}' },

  'home.agreement.title': { th: 'ตัวชี้วัดตามคำรับรองของอำเภอ', en: 'KPIs of the district’s agreement' },
  'home.agreement.none': {
    th: 'ยังไม่มีคำรับรองของอำเภอ — จังหวัดจัดทำคำรับรองที่เมนู ตัวชี้วัด › ชุดตัวชี้วัด › จัดทำคำรับรอง',
    en: 'No agreement for the district yet — the province makes one under KPIs › KPI set › New agreement',
  },
  'home.agreement.total': { th: 'คะแนนรวม {score}', en: 'Total score {score}' },
  'home.agreement.reported': {
    th: 'รายงานผลแล้ว {reported} จาก {expected} ตัวชี้วัด',
    en: '{reported} of {expected} KPIs reported',
  },
  'home.agreement.noResult': { th: 'ยังไม่ได้บันทึกผล', en: 'No result yet' },
  'home.agreement.open': { th: 'เปิดคำรับรองเพื่อบันทึกผล', en: 'Open the agreement to enter results' },
  'home.agreement.top': { th: 'ได้ระดับสูงสุดแล้ว', en: 'Highest level reached' },

  'home.waiting.title': { th: 'รายงานรอตรวจ', en: 'Reports waiting for review' },
  'home.waiting.none': {
    th: 'ไม่มีรายงานรอตรวจ — เมื่ออำเภอส่งรายงาน รายงานจะขึ้นที่นี่ให้ตรวจและอนุมัติ',
    en: 'Nothing waits for review — reports the districts send show here for review',
  },
  'home.waiting.sent': { th: 'ส่งเมื่อ {at}', en: 'sent {at}' },
  'home.waiting.open': { th: 'ไปที่กระดานติดตาม', en: 'Go to the board' },

  'home.late.title': { th: 'อำเภอที่ส่งรายงานช้าเดือน{month}', en: 'Districts late in {month}' },
  'home.late.noForms': {
    th: 'ยังไม่มีแบบรายงาน — สร้างแบบรายงานประจำเดือนที่เมนู รายงาน › แบบรายงาน',
    en: 'No report forms yet — create the monthly forms under Reports › Report forms',
  },
  'home.late.noneDue': { th: 'เดือนนี้ไม่มีรายงานกำหนดส่ง', en: 'No report is due this month' },
  'home.late.none': { th: 'ยังไม่มีอำเภอส่งช้า', en: 'No district is late' },
  'home.late.noneNext': {
    th: 'ยังไม่มีอำเภอส่งช้า กำหนดส่งถัดไป {date}',
    en: 'No district is late. Next due date: {date}',
  },
  'home.late.missing': { th: 'ยังไม่ส่ง {count} รายงาน', en: '{count} not sent' },
  'home.late.sentLate': { th: 'ส่งช้า {count} รายงาน', en: '{count} sent late' },
  'home.late.forms': { th: 'ไปที่แบบรายงาน', en: 'Go to report forms' },

  'home.scores.title': { th: 'คะแนนคำรับรองของอำเภอ', en: 'Agreement scores of the districts' },
  'home.scores.none': {
    th: 'ยังไม่มีคำรับรองกับอำเภอ — จัดทำคำรับรองที่เมนู ตัวชี้วัด › ชุดตัวชี้วัด › จัดทำคำรับรอง',
    en: 'No agreement with the districts yet — make one under KPIs › KPI set › New agreement',
  },
  'home.scores.open': { th: 'ไปที่ชุดตัวชี้วัด', en: 'Go to the KPI set' },
  'home.scores.reported': { th: 'ผล {reported}/{expected}', en: 'Results {reported}/{expected}' },

  'home.alerts.title': { th: 'แจ้งเตือนจากทะเบียน', en: 'Register alerts' },
  'home.alerts.noData': {
    th: 'ยังไม่มีข้อมูลทะเบียน — นำเข้าทะเบียนครัวเรือนและโครงการที่เมนู ทะเบียน',
    en: 'No register data yet — import households and projects under Registers',
  },
  'home.alerts.none': { th: 'ไม่มีรายการที่ต้องแก้ไขในทะเบียน', en: 'Nothing to fix in the registers' },
  'home.alerts.households': { th: 'ทะเบียนครัวเรือน ปี {year}', en: 'Household register, {year}' },
  'home.alerts.projectsLate': {
    th: 'โครงการปี {year} ส่งแบบประเมินช้า {count} โครงการ',
    en: '{count} projects of {year} sent their evaluation late',
  },
  'home.alerts.projectsPhotos': {
    th: 'โครงการปี {year} ภาพถ่ายไม่ครบ 3 ภาพ {count} โครงการ',
    en: '{count} projects of {year} have fewer than 3 photos',
  },

  'home.provinces.title': { th: 'จังหวัด', en: 'Provinces' },
  'home.provinces.search': { th: 'ค้นหาจังหวัด', en: 'Find a province' },
  'home.provinces.none': { th: 'ไม่พบจังหวัดที่ค้นหา', en: 'No province matches' },
  'home.provinces.districts': { th: '{count} อำเภอ', en: '{count} districts' },
  'home.provinces.board': { th: 'กระดานรายงาน', en: 'Report board' },
  'home.provinces.unit': { th: 'ผังหน่วยงาน', en: 'Unit tree' },

  'home.notifications.title': { th: 'การแจ้งเตือนที่ยังไม่อ่าน', en: 'Unread notifications' },
  'home.notifications.none': {
    th: 'ไม่มีการแจ้งเตือนใหม่ — การส่งกลับ การอนุมัติ และวันครบกำหนดจะแจ้งที่นี่',
    en: 'No new notifications — returns, approvals and due dates are announced here',
  },
  'home.region.title': { th: 'รายงานรายไตรมาสของภาค', en: "The region's quarterly figures" },
  'home.region.hint': {
    th: 'สำนักงานภาคกรอกผลสะสมและคำอธิบายผลของภาคตนเองในรายงานรายไตรมาส เลือกไตรมาสแล้วกดกรอกผลของภาค',
    en: "A region office enters its region's results to date and narrative in the quarterly report: pick the quarter, then enter the region's figures",
  },
  'home.region.open': { th: 'ไปที่รายงานรายไตรมาส', en: 'Open the quarterly report' },
} satisfies Record<string, Message>;
