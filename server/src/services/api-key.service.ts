import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ApiKey, User } from '../db/entities/index.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { API_KEY_SCOPES, isApiKeyScope, roleForScopes, type ApiKeyScope } from '../domain/scopes.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { toId } from './query.service.js';

/** `dk_<12 hex: lookup prefix>_<43 base64url: 256-bit secret>` */
const KEY_RE = /^dk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** Keys are 256 random bits, so one SHA-256 is enough: no password-style stretching needed. */
const sha256 = (s: string) => createHash('sha256').update(s).digest();

const INVALID = 'the API key is invalid or revoked';
const TOUCH_EVERY_MS = 60_000;
const NAME_RE = /^[\p{L}\p{M}\p{N} ._:/()-]{1,100}$/u;

export class ApiKeyService {
  /** When this process last wrote `lastUsedAt` per key: at most one write a minute. */
  private readonly touched = new Map<number, number>();

  async create(ctx: ServiceContext, input: { name: string; scopes: string[] }): Promise<{ key: string; apiKey: ApiKey }> {
    const name = input.name.trim();
    const problems: FieldProblem[] = [];
    if (!NAME_RE.test(name)) problems.push({ field: 'input.name', reason: 'must be 1 to 100 letters, digits, spaces or . _ : / ( ) -' });
    const scopes = [...new Set(input.scopes)];
    const unknown = scopes.filter((s) => !isApiKeyScope(s));
    if (unknown.length) problems.push({ field: 'input.scopes', reason: `unknown scopes ${unknown.join(', ')}; known: ${API_KEY_SCOPES.join(', ')}` });
    const role = unknown.length ? null : roleForScopes(scopes as ApiKeyScope[]);
    if (!unknown.length && !role) {
      problems.push({ field: 'input.scopes', reason: scopes.length ? 'keyings:submit cannot be combined with reading scopes: give the station its own key' : 'at least one scope is required' });
    }
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const apiKey = await ctx.em.transactional(async (em) => {
      const k = em.create(ApiKey, {
        name,
        prefix,
        secretHash: sha256(secret).toString('hex'),
        scopes: API_KEY_SCOPES.filter((s) => scopes.includes(s)),
        role: role!,
        createdBy: em.getReference(User, ctx.actor!.userId),
        createdAt: new Date(),
      });
      await em.flush();
      await audit(em, ctx.actor, [{ action: 'apikey.create', entityType: 'apikey', entityId: k.id, data: { name, prefix, scopes: k.scopes, role } }]);
      return k;
    });
    return { key: `dk_${prefix}_${secret}`, apiKey };
  }

  /** Idempotent: revoking a revoked key changes nothing. */
  async revoke(ctx: ServiceContext, id: string): Promise<ApiKey> {
    const keyId = toId(id);
    return ctx.em.transactional(async (em) => {
      const apiKey = await em.findOne(ApiKey, { id: keyId });
      if (!apiKey) throw new DomainError('NOT_FOUND', `API key ${id} does not exist`);
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        await em.flush();
        await audit(em, ctx.actor, [{ action: 'apikey.revoke', entityType: 'apikey', entityId: apiKey.id, data: { prefix: apiKey.prefix } }]);
      }
      return apiKey;
    });
  }

  async authenticate(em: SqlEntityManager, raw: string): Promise<Actor> {
    const m = KEY_RE.exec(raw);
    if (!m) throw new DomainError('UNAUTHENTICATED', INVALID);
    // The creator comes in the same query: a key's authority is its creator's, so the keys of an
    // admin disabled or given another role stop working with it (and work again if it comes back).
    const row = await em.findOne(ApiKey, { prefix: m[1] }, { populate: ['createdBy'] });
    const given = sha256(m[2]);
    const stored = row ? Buffer.from(row.secretHash, 'hex') : Buffer.alloc(32);
    const creatorMayIssue = row ? row.createdBy.active && row.createdBy.role === 'ADMIN' : false;
    if (!row || stored.length !== given.length || !timingSafeEqual(stored, given) || row.revokedAt || !creatorMayIssue) throw new DomainError('UNAUTHENTICATED', INVALID);
    await this.touch(em, row.id);
    return { kind: 'key', keyId: row.id, userId: row.createdBy.id, username: `key:${row.prefix}`, role: row.role, keyerCode: null, scopes: [...row.scopes] };
  }

  /** `lastUsedAt`, written at most once a minute per key (also across instances: the update is conditional). */
  private async touch(em: SqlEntityManager, id: number): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(id, now);
    if (this.touched.size > 10_000) this.touched.clear();
    const cutoff = new Date(now - TOUCH_EVERY_MS);
    await em.nativeUpdate(ApiKey, { id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: cutoff } }] }, { lastUsedAt: new Date(now) });
  }
}
