/**
 * What every new password must meet (creating an account, resetting it, `tidtam user add`): at least
 * 10 characters, not the username nor containing it, and not one of the commonest passwords. Length
 * over composition rules, as NIST SP 800-63B advises; the list is passed in, this module does no I/O.
 */
export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem = 'too_short' | 'contains_username' | 'common';

export function passwordProblem(
  password: string,
  username: string,
  common: ReadonlySet<string>,
): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  const lower = password.toLowerCase();
  if (username.length > 0 && lower.includes(username.toLowerCase())) return 'contains_username';
  if (common.has(lower)) return 'common';
  return null;
}

/** The bundled list's lines: one password a line, compared lower-cased; blank lines and # comments skipped. */
export function parsePasswordList(text: string): Set<string> {
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}
