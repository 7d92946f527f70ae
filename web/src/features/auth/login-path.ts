/** /login?next=<where the user wanted to go>. */
export function loginPath(wanted: string): string {
  return wanted === '/' || wanted.startsWith('/login')
    ? '/login'
    : `/login?next=${encodeURIComponent(wanted)}`;
}

/** Only same-site paths are followed after login. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}
