import type { AuthProvider } from 'react-admin';
import { EXPIRES_KEY, gql, gqlCode, TOKEN_KEY, USER_KEY } from './graphql';

export type Role = 'ADMIN' | 'MANAGER' | 'REVIEWER' | 'STATION' | 'CONSUMER';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  keyerCode: string | null;
}

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { id username displayName role keyerCode } }
}`;

export function sessionUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

function clearSession() {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  localStorage.removeItem(EXPIRES_KEY);
}

function sessionAlive(): boolean {
  if (!localStorage.getItem(TOKEN_KEY) || !sessionUser()) return false;
  const expires = Date.parse(localStorage.getItem(EXPIRES_KEY) ?? '');
  return Number.isNaN(expires) || expires > Date.now();
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const data = await gql<{ login: { token: string; expiresAt: string; user: SessionUser } }>(LOGIN, { username, password }, { auth: false });
      localStorage.setItem(TOKEN_KEY, data.login.token);
      localStorage.setItem(EXPIRES_KEY, data.login.expiresAt);
      localStorage.setItem(USER_KEY, JSON.stringify(data.login.user));
    } catch (e) {
      // One generic, translated message: the server deliberately does not say which part was wrong.
      if (gqlCode(e) === 'UNAUTHENTICATED') throw new Error('dk.auth.wrong_credentials');
      throw e;
    }
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    if (!sessionAlive()) {
      clearSession();
      throw { message: 'ra.auth.auth_check_error' };
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw { message: 'ra.notification.logged_out' };
    }
    // 403 and the rest: stay signed in, the screen shows the error.
  },

  async getIdentity() {
    const u = sessionUser();
    if (!u) throw new Error('not signed in');
    return { id: u.id, fullName: u.displayName, role: u.role };
  },

  async getPermissions() {
    return sessionUser()?.role ?? null;
  },
};
