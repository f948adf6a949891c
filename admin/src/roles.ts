import type { Role } from './authProvider';

export type MenuEntry = 'key' | 'review' | 'reports' | 'batches' | 'forms' | 'keyings' | 'discrepancies' | 'correctionTasks' | 'verifiedRecords' | 'users' | 'teams' | 'apiKeys' | 'auditEvents';

/** What each role sees in the menu, in menu order. */
export const MENU: Record<Role, MenuEntry[]> = {
  ADMIN: ['reports', 'batches', 'forms', 'keyings', 'discrepancies', 'correctionTasks', 'verifiedRecords', 'users', 'teams', 'apiKeys', 'auditEvents'],
  MANAGER: ['review', 'reports', 'batches', 'forms', 'discrepancies', 'correctionTasks', 'verifiedRecords'],
  REVIEWER: ['review', 'correctionTasks', 'forms', 'discrepancies'],
  CONSUMER: ['verifiedRecords'],
  STATION: [],
  KEYER: ['key'],
};

/**
 * Resources whose screens are registered per role: what the API lets the role read (a few are
 * reachable through links without being in the menu, e.g. a form's keyings for a manager).
 */
export const READABLE: Record<Role, string[]> = {
  ADMIN: ['batches', 'forms', 'keyings', 'discrepancies', 'correctionTasks', 'verifiedRecords', 'users', 'teams', 'apiKeys', 'auditEvents'],
  MANAGER: ['batches', 'forms', 'keyings', 'discrepancies', 'correctionTasks', 'verifiedRecords'],
  REVIEWER: ['batches', 'forms', 'keyings', 'discrepancies', 'correctionTasks', 'verifiedRecords'],
  CONSUMER: ['batches', 'verifiedRecords'],
  STATION: [],
  KEYER: [],
};

export const isRole = (p: unknown): p is Role => typeof p === 'string' && p in MENU;
/** Clerks key forms in the dashboard (/key). */
export const canKey = (p: unknown) => p === 'KEYER';
export const canReview = (p: unknown) => p === 'REVIEWER' || p === 'MANAGER';
export const canManage = (p: unknown) => p === 'ADMIN' || p === 'MANAGER';
export const canRead = (p: unknown, resource: string) => isRole(p) && READABLE[p].includes(resource);
