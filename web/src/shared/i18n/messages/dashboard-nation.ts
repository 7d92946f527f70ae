import type { Message } from './message';

export const dashboardNationMessages = {
  'nation.title': { th: 'แดชบอร์ดคำรับรองระดับประเทศ', en: 'Nation agreements dashboard' },
  'nation.regionTitle': { th: 'แดชบอร์ดคำรับรอง{region}', en: '{region} agreements dashboard' },
  'nation.grouping': { th: 'การจัดกลุ่มภาค', en: 'Regions' },
  'nation.codi': { th: 'ภาคของ พอช.', en: 'CODI regions' },
  'nation.geo': { th: 'ภูมิภาค', en: 'Geographic regions' },
  'nation.crumbNation': { th: 'ประเทศ', en: 'Nation' },
  'nation.crumbKpi': { th: 'ตัวชี้วัด', en: 'KPI' },
  'nation.regions': { th: 'คะแนนเฉลี่ยรายภาค', en: 'Mean scores by region' },
  'nation.provinces': { th: 'คะแนนและอันดับรายจังหวัด', en: 'Provinces: scores and ranks' },
  'nation.levels': { th: 'ระดับรายตัวชี้วัดของจังหวัด (คำรับรองอธิบดีกับจังหวัด)', en: 'Provinces × KPIs: levels' },
  'nation.region': { th: 'ภาค', en: 'Region' },
  'nation.province': { th: 'จังหวัด', en: 'Province' },
  'nation.provinceScore': { th: 'คะแนนจังหวัด', en: 'Province score' },
  'nation.provinceMean': { th: 'คะแนนเฉลี่ยจังหวัด', en: 'Province mean' },
  'nation.districtMean': { th: 'คะแนนเฉลี่ยอำเภอ', en: 'District mean' },
  'nation.provincesCounted': {
    th: 'จังหวัดที่มีคำรับรอง {count} จาก {total}',
    en: '{count} of {total} provinces with agreements',
  },
  'nation.districtsCounted': {
    th: 'อำเภอที่มีคำรับรอง {count} จาก {total}',
    en: '{count} of {total} districts with agreements',
  },
  'nation.districts': { th: 'อำเภอที่มีคำรับรอง', en: 'Districts with agreements' },
  'nation.noAgreement': { th: 'ยังไม่มีคำรับรอง', en: 'No agreement yet' },
  'nation.noAgreementHint': {
    th: 'จังหวัดเหล่านี้ยังไม่มีคำรับรองกับอธิบดีในรอบนี้ จึงไม่จัดอันดับ',
    en: 'These provinces have no agreement with the Director-General in this round and are not ranked',
  },
  'nation.noRounds': {
    th: 'ยังไม่มีคำรับรองที่คิดคะแนนได้ เริ่มจากสร้างชุดตัวชี้วัดและคำรับรองของรอบ',
    en: 'No agreements yet: start with a KPI set and its agreements',
  },
  'nation.rankN': { th: 'อันดับ {rank}', en: 'Rank {rank}' },
  'nation.districtsN': { th: 'อำเภอมีคำรับรอง {count}', en: '{count} districts with agreements' },
  'nation.open': { th: 'เปิดดู:', en: 'Open:' },
  'nation.noScore': { th: 'ยังไม่มีผล', en: 'No result yet' },
  'nation.openRegion': { th: 'ดูจังหวัดในภาค', en: 'Open the region' },
  'nation.printTitle': {
    th: 'แดชบอร์ดคำรับรอง{scope} รอบที่ {round}/{year}',
    en: 'Agreements dashboard of {scope}, round {round}/{year}',
  },
  'nation.scopeNation': { th: 'ระดับประเทศ', en: 'the nation' },
  'nation.toNation': { th: 'ดูระดับประเทศ', en: 'Nation view' },
  'nation.homeLink': { th: 'แดชบอร์ดระดับประเทศ', en: 'Nation dashboard' },
  'nation.homeHint': {
    th: 'คะแนนคำรับรองรายภาคและรายจังหวัดของรอบล่าสุด',
    en: 'Agreement scores by region and province in the latest round',
  },
} satisfies Record<string, Message>;
