import type { AuthUser } from '../../plugins/access.ts';

const owningKinds = new Set(['province', 'district', 'subdistrict', 'village', 'work_group']);

/**
 * Names and ID numbers of household heads are seen only by the offices that keep the household's file: its
 * district, which classifies and records (002 L133–154), and its province, which summarises and sends it
 * (002 L62: "พัฒนาการจังหวัด โดยส่งไฟล์ข้อมูลครัวเรือนยากจนเป้าหมาย… ของแต่ละจังหวัด"). A user only ever reads households inside
 * their scope, so the rule is: a scope at or below a province, and not a viewer account. The department and regions
 * read the register and its summaries without them.
 */
export function seesPersonalData(user: AuthUser): boolean {
  return user.role !== 'viewer' && owningKinds.has(user.scope.kind);
}
