import fs from 'node:fs';
import path from 'node:path';
import {
  type PasswordProblem,
  parsePasswordList,
  passwordProblem,
} from '../../domain/accounts/password-policy.ts';
import { AppError } from '../../errors.ts';

const LIST_FILE = path.resolve(import.meta.dirname, '../../../data/passwords/common-passwords.txt');

/** The bundled list of common passwords (data/passwords/README.md), read once. */
const commonPasswords = parsePasswordList(fs.readFileSync(LIST_FILE, 'utf8'));

const messages: Record<PasswordProblem, string> = {
  too_short: 'รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร',
  contains_username: 'รหัสผ่านต้องไม่ใช่ชื่อผู้ใช้และต้องไม่มีชื่อผู้ใช้อยู่ในรหัสผ่าน',
  common: 'รหัสผ่านนี้ใช้กันทั่วไปและเดาได้ง่าย กรุณาตั้งรหัสผ่านอื่น',
};

/** Refuses, with a Thai 422 on the password field, a password the policy does not accept for this username. */
export function requireAcceptablePassword(password: string, username: string): void {
  const problem = passwordProblem(password, username, commonPasswords);
  if (problem) throw new AppError(422, 'weak_password', messages[problem], 'password');
}
