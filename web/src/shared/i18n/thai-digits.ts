const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

/** "2568" → "๒๕๖๘": official printouts write every number in Thai digits; other characters are kept. */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (digit) => thaiDigits.charAt(Number(digit)));
}

/** "๕๐" → "50": numbers typed with Thai digits are sent to the API in Arabic ones. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(thaiDigits.indexOf(digit)));
}
