/** Thai digits ๐–๙ (U+0E50–U+0E59), as written throughout the seeds: 001 L20 "รวม	๑๐๐". */
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const THAI_ZERO = 0x0e50;

/** "123" → "๑๒๓"; every other character is kept. */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (digit) => THAI_DIGITS.charAt(Number(digit)));
}

/** "๑๒๓" → "123"; every other character is kept. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}
