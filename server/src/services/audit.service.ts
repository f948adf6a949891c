import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from './context.js';
import { insertRows } from './sql.js';

export interface AuditEntry {
  action: string;
  entityType: 'form' | 'task' | 'batch' | 'keying' | 'user' | 'record' | 'export';
  entityId?: number | null;
  data?: Record<string, unknown>;
}

/**
 * Appends audit events in the caller's transaction (so an event exists exactly when its change
 * does), many rows in one statement.
 */
export async function audit(em: SqlEntityManager, actor: Actor | null, entries: AuditEntry[], at = new Date()): Promise<void> {
  if (!entries.length) return;
  await insertRows(
    em,
    'audit_event',
    ['at', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'data'],
    entries.map((e) => [at, actor?.userId ?? null, actor?.username ?? 'system', e.action, e.entityType, e.entityId ?? null, e.data ?? {}]),
  );
}
