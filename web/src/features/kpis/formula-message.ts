/**
 * "formula.inputs[1].labelTh ต้องไม่เว้นว่าง" → "ข้อมูลแถวที่ 2 ชื่อข้อมูล: ต้องไม่เว้นว่าง": the server names fields by
 * their JSON path, which the editor says in its own words.
 */
export function formulaMessage(message: string, names: Record<string, string>): string {
  const match = /^formula(?:\.inputs\[(\d+)\](?:\.(\w+))?|\.(\w+))?\s+(.*)$/s.exec(message);
  if (!match) return message;
  const [, row, rowField, field, rest] = match;
  const part = (key: string | undefined) => (key && names[key] ? ` ${names[key]}` : '');
  if (row !== undefined) return `ข้อมูลแถวที่ ${Number(row) + 1}${part(rowField)}: ${rest}`;
  return `${names[field ?? 'formula'] ?? names.formula}: ${rest}`;
}
