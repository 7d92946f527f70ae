import { describe, expect, it } from 'vitest';
import { parsePasswordList, passwordProblem } from './password-policy.ts';

const common = parsePasswordList('# test list\n1234567890\nPassword123\n\nqwertyuiop\n');

describe('password policy', () => {
  it('accepts a long enough uncommon password', () => {
    expect(passwordProblem('betong-2568!', 'user1', common)).toBeNull();
    expect(passwordProblem('รหัสผ่านยาวพอแล้ว', 'user1', common)).toBeNull();
  });

  it('refuses fewer than 10 characters', () => {
    expect(passwordProblem('short-pw1', 'user1', common)).toBe('too_short');
  });

  it('refuses the username, or a password containing it, in any case', () => {
    expect(passwordProblem('yala.mueang', 'yala.mueang', common)).toBe('contains_username');
    expect(passwordProblem('YALA.MUEANG-2568', 'yala.mueang', common)).toBe('contains_username');
  });

  it('refuses the commonest passwords whatever their case', () => {
    expect(passwordProblem('1234567890', 'user1', common)).toBe('common');
    expect(passwordProblem('PASSWORD123', 'user1', common)).toBe('common');
    expect(common.has('# test list')).toBe(false);
    expect(common.size).toBe(3);
  });
});
