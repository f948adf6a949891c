import { SignJWT, jwtVerify } from 'jose';
import { User, type Team } from '../db/entities/index.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../domain/password.js';
import { ROLES, type Role } from '../domain/roles.js';
import type { Actor, ServiceContext } from './context.js';
import { audit } from './audit.service.js';
import { teamScopeOf } from './team.service.js';

const ISSUER = 'dualkey';
/** User ids are PostgreSQL `serial` (int4). */
const MAX_USER_ID = 2_147_483_647;
const WRONG = 'wrong username or password';
/** Longer passwords are refused: hashing megabytes per guess would be a cheap denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;
/** Display names: letters, digits, spaces and the punctuation names use; no markup or control characters. */
const DISPLAY_NAME_RE = /^[\p{L}\p{M}\p{N} .,'’()-]+$/u;
const USERNAME_RE = /^[a-z0-9._-]{3,50}$/;
/** Keyer codes, as keyings carry them (services/ingest.service.ts checks the same shape). */
export const KEYER_CODE_RE = /^[\p{L}\p{N}._\-/]{1,50}$/u;
/** Stored for accounts made without a password: no password verifies against it (not a scrypt hash). */
const NO_PASSWORD = '!';

/**
 * The username a clerk gets when none is given: the code in lower case, or, when that is not a
 * valid username (too short, other characters), `clerk-` and the code with those characters as `-`.
 */
export function defaultClerkUsername(keyerCode: string): string {
  const plain = keyerCode.toLowerCase();
  return USERNAME_RE.test(plain) ? plain : `clerk-${plain.replace(/[^a-z0-9._-]/g, '-')}`.slice(0, 50);
}

/** A clerk to register: the code keyings carry, a name; the username defaults as defaultClerkUsername says. */
export interface ClerkInput {
  keyerCode: string;
  displayName: string;
  username?: string | null;
}

/**
 * Failed sign-ins per (username, client address) in a sliding window. In memory, per process:
 * with several instances the effective limit is per instance, which still stops online guessing.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until the next attempt is allowed; 0 when it is allowed now. */
  blockedFor(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.maxFailures] + this.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent.slice(-this.maxFailures));
    if (this.failures.size > 50_000) {
      for (const k of this.failures.keys()) if (!this.recent(k, now).length) this.failures.delete(k);
    }
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }
}

export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
    throttle: { maxFailures: number; windowSeconds: number } = { maxFailures: 5, windowSeconds: 60 },
  ) {
    this.throttle = new LoginThrottle(throttle.maxFailures, throttle.windowSeconds * 1000);
  }

  /** `clientIp` keys the failed-attempt throttle together with the username. */
  async login(ctx: ServiceContext, username: string, password: string, clientIp = 'unknown'): Promise<{ token: string; expiresAt: Date; user: User }> {
    const name = username.trim().toLowerCase();
    const key = `${name.slice(0, 200)}\n${clientIp}`;
    const wait = this.throttle.blockedFor(key);
    // The same answer whether or not the account exists, so the throttle reveals nothing either.
    if (wait) throw new DomainError('TOO_MANY_REQUESTS', `too many failed sign-ins; try again in ${wait} s`, { retryAfterSeconds: wait });
    if (name.length > 100 || password.length > MAX_PASSWORD_LENGTH) {
      this.throttle.fail(key);
      throw new DomainError('UNAUTHENTICATED', WRONG);
    }
    const user = await ctx.em.findOne(User, { username: name });
    // Always run one hash so a missing account costs the same time as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      this.throttle.fail(key);
      throw new DomainError('UNAUTHENTICATED', WRONG);
    }
    this.throttle.succeed(key);
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ role: user.role, usr: user.username })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt, user };
  }

  /** Token -> actor; the user row is re-read so deactivation and role changes apply at once. */
  async authenticate(ctx: ServiceContext, token: string): Promise<Actor> {
    let sub: string | undefined;
    try {
      // A token without exp would never expire: refused, though we never sign one.
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      sub = payload.sub;
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'the token is invalid or expired; sign in again');
    }
    // We sign user ids only: anything else ('abc', '1e3', '-1', beyond PostgreSQL's int) would reach the query as NaN, a look-alike id or an error.
    const id = sub && /^[1-9]\d{0,9}$/.test(sub) ? Number(sub) : 0;
    // The team comes in the same query (a join), so a team change applies at the next request.
    const user = id > 0 && id <= MAX_USER_ID ? await ctx.em.findOne(User, id, { populate: ['team'] }) : null;
    if (!user || !user.active) throw new DomainError('UNAUTHENTICATED', 'the token is invalid or expired; sign in again');
    return { kind: 'user', userId: user.id, username: user.username, role: user.role as Role, keyerCode: user.keyerCode ?? null, team: teamScopeOf(user.team) };
  }

  async createUser(ctx: ServiceContext, input: { username: string; password: string; role: Role; displayName: string; keyerCode?: string | null; team?: Team | null }): Promise<User> {
    const username = input.username.trim().toLowerCase();
    const keyerCode = input.keyerCode?.trim() || null;
    const problems: FieldProblem[] = [];
    if (!USERNAME_RE.test(username)) problems.push({ field: 'username', reason: 'must be 3 to 50 lowercase letters, digits, dots, dashes or underscores' });
    if (input.password.length < 12) problems.push({ field: 'password', reason: 'must be at least 12 characters' });
    if (input.password.length > MAX_PASSWORD_LENGTH) problems.push({ field: 'password', reason: `must be at most ${MAX_PASSWORD_LENGTH} characters` });
    if (!ROLES.includes(input.role)) problems.push({ field: 'role', reason: `must be one of ${ROLES.join(', ')}` });
    problems.push(...checkDisplayName(input.displayName));
    if (keyerCode != null && !KEYER_CODE_RE.test(keyerCode)) {
      problems.push({ field: 'keyerCode', reason: 'must be 1 to 50 letters, digits, dots, dashes, slashes or underscores' });
    }
    // A clerk's keyings take their code from the sign-in: a clerk without one could key nothing.
    if (input.role === 'KEYER' && keyerCode == null) problems.push({ field: 'keyerCode', reason: 'is required for a KEYER (the code their keyings carry)' });
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    if (await ctx.em.count(User, { username })) throw new DomainError('CONFLICT', `user "${username}" already exists`);
    if (keyerCode != null && (await ctx.em.count(User, { keyerCode }))) throw new DomainError('CONFLICT', `keyer code "${keyerCode}" already belongs to another account`);
    const passwordHash = await hashPassword(input.password);
    return ctx.em.transactional(async (tx) => {
      const user = tx.create(User, { username, passwordHash, role: input.role, displayName: input.displayName.trim(), keyerCode, active: true, createdAt: new Date(), team: input.team ?? null });
      await tx.flush();
      await audit(tx, ctx.actor, [{ action: 'user.create', entityType: 'user', entityId: user.id, data: { username, role: input.role, keyerCode, team: input.team?.code ?? null } }]);
      return user;
    });
  }

  /**
   * Registers clerks as KEYER accounts without a password (they sign in once an admin sets one),
   * so stations may import keyings under their codes. Idempotent: a code already registered (to
   * any account) is left as it is; a username taken by another account refuses the whole call.
   */
  async registerClerks(ctx: ServiceContext, clerks: ClerkInput[]): Promise<{ created: number; existing: number }> {
    if (clerks.length > 5000) throw new DomainError('TOO_MANY_ITEMS', `at most 5000 clerks per call, got ${clerks.length}`, { max: 5000 });
    const problems: FieldProblem[] = [];
    const rows = clerks.map((c, i) => {
      const keyerCode = (c.keyerCode ?? '').trim();
      const username = c.username?.trim().toLowerCase() || defaultClerkUsername(keyerCode);
      if (!KEYER_CODE_RE.test(keyerCode)) problems.push({ field: `clerks.${i}.keyerCode`, reason: 'must be 1 to 50 letters, digits, dots, dashes, slashes or underscores' });
      if (!USERNAME_RE.test(username)) problems.push({ field: `clerks.${i}.username`, reason: 'must be 3 to 50 lowercase letters, digits, dots, dashes or underscores (by default the keyer code in lower case)' });
      problems.push(...checkDisplayName(c.displayName ?? '').map((p) => ({ ...p, field: `clerks.${i}.${p.field}` })));
      return { keyerCode, username, displayName: (c.displayName ?? '').trim() };
    });
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      for (const k of [`c:${r.keyerCode}`, `u:${r.username}`]) {
        if (seen.has(k)) problems.push({ field: `clerks.${i}`, reason: `repeats ${k.startsWith('c') ? 'keyer code' : 'username'} "${k.slice(2)}"` });
        seen.add(k);
      }
    });
    if (problems.length) throw new ValidationError(problems.slice(0, 50).map((p) => `${p.field} ${p.reason}`).join('; '), problems.slice(0, 200));
    return ctx.em.transactional(async (tx) => {
      const found = rows.length ? await tx.find(User, { $or: [{ keyerCode: { $in: rows.map((r) => r.keyerCode) } }, { username: { $in: rows.map((r) => r.username) } }] }) : [];
      const byCode = new Map(found.filter((u) => u.keyerCode).map((u) => [u.keyerCode!, u]));
      const byName = new Map(found.map((u) => [u.username, u]));
      const fresh: typeof rows = [];
      rows.forEach((r, i) => {
        if (byCode.has(r.keyerCode)) return;
        if (byName.has(r.username)) problems.push({ field: `clerks.${i}.username`, reason: `"${r.username}" already belongs to another account` });
        else fresh.push(r);
      });
      if (problems.length) throw new DomainError('CONFLICT', problems.slice(0, 20).map((p) => `${p.field} ${p.reason}`).join('; '), { problems: problems.slice(0, 200) });
      const now = new Date();
      const created = fresh.map((r) => tx.create(User, { ...r, passwordHash: NO_PASSWORD, role: 'KEYER', active: true, createdAt: now }));
      await tx.flush();
      if (created.length) {
        await audit(tx, ctx.actor, [{ action: 'clerks.register', entityType: 'user', entityId: null, data: { userIds: created.map((u) => u.id), keyerCodes: created.map((u) => u.keyerCode) } }], now);
      }
      return { created: created.length, existing: rows.length - created.length };
    });
  }
}

function checkDisplayName(name: string): FieldProblem[] {
  if (!name.trim() || name.length > 200) return [{ field: 'displayName', reason: 'must be 1 to 200 characters' }];
  if (!DISPLAY_NAME_RE.test(name)) return [{ field: 'displayName', reason: "may contain only letters, digits, spaces and . , ' ( ) -" }];
  return [];
}
