const thaiZero = 0x0e50;

/** '๑๒๓' → '123'; other characters are kept. */
export const fromThaiDigits = (text: string) =>
  text.replace(/[๐-๙]/g, (d) => String((d.codePointAt(0) ?? thaiZero) - thaiZero));

/** '123' → '๑๒๓'; other characters are kept. */
export const toThaiDigits = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCodePoint(thaiZero + Number(d)));
