import type { Role } from './roles.js';

/**
 * What an API key (a system, not a person) may do. Each scope opens a fixed set of operations,
 * declared beside the roles in graphql/helpers.ts; a key never gets a role's full reach.
 */
export const API_KEY_SCOPES = ['keyings:submit', 'records:read', 'records:read-personal', 'reports:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const isApiKeyScope = (s: string): s is ApiKeyScope => (API_KEY_SCOPES as readonly string[]).includes(s);

/**
 * The role a key acts under, for the services that look at roles. A keying station submits and
 * nothing else, so `keyings:submit` does not mix with reading scopes; `null` means the mix is refused.
 */
export function roleForScopes(scopes: readonly ApiKeyScope[]): Role | null {
  if (!scopes.length) return null;
  if (scopes.includes('keyings:submit')) return scopes.length === 1 ? 'STATION' : null;
  if (scopes.includes('records:read') || scopes.includes('records:read-personal')) return 'CONSUMER';
  return 'MANAGER';
}
