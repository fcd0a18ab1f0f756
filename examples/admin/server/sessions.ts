import { randomBytes } from 'node:crypto';
import type { DemoUser } from './demoUsers.js';

export const sessionCookieName = 'esign_demo_session';

/** Signed-in browsers, by an opaque random token kept in an httpOnly cookie. In memory: a demo. */
export interface SessionStore {
  /** The user of the request's session cookie, if it is a live session. */
  userOf(request: Request): DemoUser | undefined;
  /** Starts a session and returns the `Set-Cookie` value that hands it to the browser. */
  signIn(user: DemoUser): string;
  /** Ends the request's session and returns the `Set-Cookie` value that clears the cookie. */
  signOut(request: Request): string;
}

export function createSessionStore(users: readonly DemoUser[]): SessionStore {
  const sessions = new Map<string, string>();
  const tokenOf = (request: Request) => readCookie(request.headers.get('cookie'), sessionCookieName);
  return {
    userOf(request) {
      const token = tokenOf(request);
      const userId = token === undefined ? undefined : sessions.get(token);
      return users.find((user) => user.id === userId);
    },
    signIn(user) {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, user.id);
      // Lax: sent on top-level navigations back from Prix's pages, never on cross-site POSTs.
      return `${sessionCookieName}=${token}; Path=/; HttpOnly; SameSite=Lax`;
    },
    signOut(request) {
      const token = tokenOf(request);
      if (token !== undefined) sessions.delete(token);
      return `${sessionCookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
    },
  };
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
