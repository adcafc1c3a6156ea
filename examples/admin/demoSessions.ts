import { randomBytes } from 'node:crypto';

const COOKIE = 'acme_admin_session';

/** The session cookie's value from a `Cookie` header, if there is one. */
function sessionIdOf(cookieHeader: string | null | undefined): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * The demo's sign-in: a random session id in an HttpOnly, SameSite=Strict cookie, remembered in
 * memory. A real host checks its own sessions (and the merchant's role) instead.
 */
export function createDemoSessions() {
  const sessions = new Set<string>();
  return {
    /** Starts a session; returns the `Set-Cookie` header that carries it. */
    start(): string {
      const id = randomBytes(32).toString('base64url');
      sessions.add(id);
      return `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`;
    },
    /** Ends the session of `cookieHeader`; returns the `Set-Cookie` header that clears it. */
    end(cookieHeader: string | null | undefined): string {
      const id = sessionIdOf(cookieHeader);
      if (id) sessions.delete(id);
      return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
    },
    isSignedIn(cookieHeader: string | null | undefined): boolean {
      const id = sessionIdOf(cookieHeader);
      return id !== undefined && sessions.has(id);
    },
  };
}
