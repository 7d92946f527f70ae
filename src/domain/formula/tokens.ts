import { fromThaiDigits } from '../calendar/thai-digits.ts';
import { canonical, Dec } from '../scoring/decimal.ts';
import { type FormulaError, syntaxError } from './errors.ts';

export type Operator = '+' | '-' | '*' | '/';

/** The four operators, also as printed in the seeds: 001 L237 "๔๘๙,๒๐๔.๘๗ \times ๑๐๐", "−" in typeset text. */
const OPERATORS: Readonly<Record<string, Operator>> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
};

export type Token =
  | { readonly kind: 'number'; readonly value: string; readonly text: string; readonly position: number }
  | { readonly kind: 'identifier'; readonly text: string; readonly position: number }
  | {
      readonly kind: 'operator';
      readonly operator: Operator;
      readonly text: string;
      readonly position: number;
    }
  | { readonly kind: 'open' | 'close' | 'end'; readonly text: string; readonly position: number };

/** An input name: lower-case ASCII letters, digits and "_", not starting with a digit. */
export const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

const SPACE = /\s+/y;
const NUMBER = /[0-9๐-๙]+(?:\.[0-9๐-๙]+)?/y;
const NAME = /[a-z_][a-z0-9_]*/y;
const LETTER = /\p{L}/u;

function match(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

function unknownCharacter(char: string, position: number): FormulaError {
  if (char === ',') return syntaxError(position, 'ไม่ต้องใส่จุลภาค "," คั่นหลักพัน');
  if (LETTER.test(char)) {
    return syntaxError(position, `ชื่อข้อมูลต้องขึ้นต้นด้วย a–z หรือ _ และมีได้เฉพาะ a–z, 0–9 และ _ (พบ "${char}")`);
  }
  return syntaxError(position, `ไม่รู้จักเครื่องหมาย "${char}": ใช้ได้เฉพาะ + − * / และวงเล็บ ( )`);
}

function readToken(text: string, at: number): Token {
  const position = at + 1;
  const number = match(NUMBER, text, at);
  if (number !== null) {
    return { kind: 'number', value: canonical(new Dec(fromThaiDigits(number))), text: number, position };
  }
  const name = match(NAME, text, at);
  if (name !== null) return { kind: 'identifier', text: name, position };
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
  const operator = OPERATORS[char];
  if (operator !== undefined) return { kind: 'operator', operator, text: char, position };
  if (char === '(') return { kind: 'open', text: char, position };
  if (char === ')') return { kind: 'close', text: char, position };
  throw unknownCharacter(char, position);
}

/**
 * The formula's tokens, read one at a time so that the parser meets errors in text order; positions are
 * 1-based. Throws FormulaError at the first character no token can start with.
 */
export function* tokenize(text: string): Generator<Token, void, undefined> {
  let at = 0;
  while (at < text.length) {
    const space = match(SPACE, text, at);
    if (space !== null) {
      at += space.length;
      continue;
    }
    const token = readToken(text, at);
    yield token;
    at += token.text.length;
  }
}
