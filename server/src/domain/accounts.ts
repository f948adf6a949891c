import type { FieldProblem } from './errors.js';
import { isKeyerCode, KEYER_CODE_REASON } from './codes.js';
import { isRole, ROLES } from './roles.js';

/** Rules of an account's fields, shared by createUser, updateUser, registerClerks and the bulk import. */
export const USERNAME_RE = /^[a-z0-9._-]{3,50}$/;
/** Display names: letters, digits, spaces and the punctuation names use; no markup or control characters. */
const DISPLAY_NAME_RE = /^[\p{L}\p{M}\p{N} .,'’()-]+$/u;
export const MAX_DISPLAY_NAME = 200;

export const USERNAME_REASON = 'must be 3 to 50 lowercase letters, digits, dots, dashes or underscores';
export const KEYER_REQUIRED_REASON = 'is required for a KEYER (the code their keyings carry)';

export const normalizeUsername = (s: string): string => s.trim().toLowerCase();
/** NFC, so a name typed on a Mac (NFD) and one typed on Windows are the same name. */
export const normalizeDisplayName = (s: string): string => s.normalize('NFC').trim();
export const normalizeKeyerCode = (s: string | null | undefined): string | null => s?.normalize('NFC').trim() || null;

export function checkUsername(username: string): FieldProblem[] {
  return USERNAME_RE.test(username) ? [] : [{ field: 'username', reason: USERNAME_REASON }];
}

export function checkDisplayName(name: string): FieldProblem[] {
  if (!name.trim() || name.length > MAX_DISPLAY_NAME) return [{ field: 'displayName', reason: `must be 1 to ${MAX_DISPLAY_NAME} characters` }];
  if (!DISPLAY_NAME_RE.test(name)) return [{ field: 'displayName', reason: "may contain only letters, digits, spaces and . , ' ( ) -" }];
  return [];
}

export function checkRole(role: string): FieldProblem[] {
  return isRole(role) ? [] : [{ field: 'role', reason: `must be one of ${ROLES.join(', ')}` }];
}

/** The code's shape, and that a clerk has one (a clerk without one could key nothing). */
export function checkKeyerCode(keyerCode: string | null, role: string): FieldProblem[] {
  if (keyerCode != null && !isKeyerCode(keyerCode)) return [{ field: 'keyerCode', reason: KEYER_CODE_REASON }];
  if (role === 'KEYER' && keyerCode == null) return [{ field: 'keyerCode', reason: KEYER_REQUIRED_REASON }];
  return [];
}

export interface AccountFields {
  username: string;
  displayName: string;
  role: string;
  keyerCode: string | null;
}

/** Normalizes an account's fields and lists what is wrong with them (empty when nothing is). */
export function checkAccount(input: { username: string; displayName: string; role: string; keyerCode?: string | null }): { account: AccountFields; problems: FieldProblem[] } {
  const account = { username: normalizeUsername(input.username), displayName: normalizeDisplayName(input.displayName), role: input.role.trim(), keyerCode: normalizeKeyerCode(input.keyerCode) };
  const problems = [...checkUsername(account.username), ...checkDisplayName(account.displayName), ...checkRole(account.role), ...checkKeyerCode(account.keyerCode, account.role)];
  return { account, problems };
}
