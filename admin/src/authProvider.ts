import type { AuthProvider } from 'react-admin';
import { graphql } from './gql';
import type { Role, SessionFieldsFragment } from './gql/graphql';
import { EXPIRES_KEY, gql, gqlCode, MUST_CHANGE_KEY, TOKEN_KEY, USER_KEY } from './graphql';
import { keyingData } from './keying/localData';

/** The schema's roles (generated from schema.graphql). */
export type { Role };

export type SessionUser = SessionFieldsFragment['user'];

graphql(`fragment SessionFields on LoginResult { token expiresAt mustChangePassword user { id username displayName role keyerCode } }`);

const LOGIN = graphql(`mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { ...SessionFields }
}`);

const CHANGE_PASSWORD = graphql(`mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { ...SessionFields }
}`);

const LOGOUT = graphql(`mutation Logout { logout }`);

/** Where a session opened with a one-time password is sent, and the only screen it may use. */
export const CHANGE_PASSWORD_PATH = '/change-password';

function storeSession(s: SessionFieldsFragment) {
  localStorage.setItem(TOKEN_KEY, s.token);
  localStorage.setItem(EXPIRES_KEY, s.expiresAt);
  localStorage.setItem(USER_KEY, JSON.stringify(s.user));
  if (s.mustChangePassword) localStorage.setItem(MUST_CHANGE_KEY, '1');
  else localStorage.removeItem(MUST_CHANGE_KEY);
}

/** True while the session was opened with a one-time password that is not changed yet. */
export function mustChangePassword(): boolean {
  return localStorage.getItem(MUST_CHANGE_KEY) === '1';
}

/**
 * The signed-in person's own password. The server signs out every other session and answers with
 * a fresh token, kept here. A wrong current password rejects with WRONG_PASSWORD (not a sign-out).
 */
export async function changeOwnPassword(oldPassword: string, newPassword: string): Promise<void> {
  const data = await gql(CHANGE_PASSWORD, { oldPassword, newPassword });
  storeSession(data.changePassword);
}

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
  localStorage.removeItem(MUST_CHANGE_KEY);
}

function sessionAlive(): boolean {
  if (!localStorage.getItem(TOKEN_KEY) || !sessionUser()) return false;
  const expires = Date.parse(localStorage.getItem(EXPIRES_KEY) ?? '');
  return Number.isNaN(expires) || expires > Date.now();
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const data = await gql(LOGIN, { username, password }, { auth: false });
      storeSession(data.login);
      keyingData.forgetUnlessOwner(String(data.login.user.id));
      // A one-time password (after a reset or an import) opens a session that may only change it.
      if (data.login.mustChangePassword) return { redirectTo: CHANGE_PASSWORD_PATH };
      return undefined;
    } catch (e) {
      // One generic, translated message: the server deliberately does not say which part was wrong.
      if (gqlCode(e) === 'UNAUTHENTICATED') throw new Error('dk.auth.wrong_credentials');
      if (gqlCode(e) === 'ONE_TIME_PASSWORD_EXPIRED') throw new Error('dk.auth.otp_expired');
      throw e;
    }
  },

  async logout() {
    // Revoke the token on the server first (it would stay valid until it expires otherwise); a
    // session already refused (401, expired) has nothing to revoke, and a failure must not keep
    // anybody signed in here. Only a sign-out of a live session is the person leaving: their
    // keying drafts go with it; an expired one keeps them for when they sign in again.
    if (sessionAlive()) {
      keyingData.forget();
      try {
        await gql(LOGOUT);
      } catch {
        // ignored: the local session is cleared anyway
      }
    }
    clearSession();
  },

  async checkAuth() {
    if (!sessionAlive()) {
      clearSession();
      throw { message: 'ra.auth.auth_check_error' };
    }
  },

  async checkError(error: { status?: number; body?: { code?: string } }) {
    if (error?.body?.code === 'PASSWORD_CHANGE_REQUIRED') {
      localStorage.setItem(MUST_CHANGE_KEY, '1');
      throw { redirectTo: CHANGE_PASSWORD_PATH, logoutUser: false, message: false };
    }
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
