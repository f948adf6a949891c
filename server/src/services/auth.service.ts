import { SignJWT, jwtVerify } from 'jose';
import { User, type Team } from '../db/entities/index.js';
import { checkAccount, checkDisplayName, normalizeDisplayName, USERNAME_RE } from '../domain/accounts.js';
import { isKeyerCode, KEYER_CODE_REASON } from '../domain/codes.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { DUMMY_HASH, hashPassword, isOneTimeHash, ONE_TIME_PASSWORD_TTL_SECONDS, oneTimePasswordExpired, verifyAnyPassword } from '../domain/password.js';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../domain/password-policy.js';
import { isRole, type Role } from '../domain/roles.js';
import type { Actor, ServiceContext } from './context.js';
import { audit } from './audit.service.js';
import { exec } from './sql.js';
import { AccountCache } from './account-cache.js';
import { TokenCache, type VerifiedClaims } from './token-cache.js';

export { MAX_PASSWORD_LENGTH };

const ISSUER = 'dualkey';
/** User ids are PostgreSQL `serial` (int4). */
const MAX_USER_ID = 2_147_483_647;
const WRONG = 'wrong username or password';
const INVALID_TOKEN = 'the token is invalid or expired; sign in again';
/** A session opened with a one-time password only changes it: it need not live a whole shift. */
const MUST_CHANGE_TTL_SECONDS = 15 * 60;
/** Stored for accounts made without a password: no password verifies against it (not a scrypt hash). */
export const NO_PASSWORD = '!';

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

export interface SignIn {
  token: string;
  expiresAt: Date;
  user: User;
  /** Signed in with a one-time password: the token may only change it (and read `me`, log out). */
  mustChangePassword: boolean;
}

/**
 * Revokes every token of an account (they carry the old version) in the caller's transaction;
 * returns the new version. One atomic statement, so concurrent bumps never cancel each other.
 */
export async function bumpTokenVersion(ctx: ServiceContext, userId: number): Promise<number> {
  const [row] = await exec<{ token_version: number | string }[]>(ctx.em, 'update app_user set token_version = token_version + 1 where id = ? returning token_version', [userId]);
  return Number(row.token_version);
}

/** The policy's refusal as a field problem of `field`, or nothing. */
export async function checkNewPassword(password: string, owner: { username: string; displayName: string }, field = 'password'): Promise<FieldProblem[]> {
  const reason = await passwordProblem(password, owner);
  return reason ? [{ field, reason }] : [];
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
  private readonly verified = new TokenCache();
  private readonly accounts: AccountCache<AuthRow>;

  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
    throttle: { maxFailures: number; windowSeconds: number } = { maxFailures: 5, windowSeconds: 60 },
    accountCacheMs = 0,
    private readonly oneTimeTtlSeconds = ONE_TIME_PASSWORD_TTL_SECONDS,
  ) {
    this.throttle = new LoginThrottle(throttle.maxFailures, throttle.windowSeconds * 1000);
    this.accounts = new AccountCache<AuthRow>(accountCacheMs);
  }

  /** `clientIp` keys the failed-attempt throttle together with the username. */
  async login(ctx: ServiceContext, username: string, password: string, clientIp = 'unknown'): Promise<SignIn> {
    const name = username.trim().toLowerCase();
    const key = throttleKey(name, clientIp);
    const wait = this.throttle.blockedFor(key);
    // The same answer whether or not the account exists, so the throttle reveals nothing either.
    if (wait) throw new DomainError('TOO_MANY_REQUESTS', `too many failed sign-ins; try again in ${wait} s`, { retryAfterSeconds: wait });
    if (name.length > 100 || password.length > MAX_PASSWORD_LENGTH) {
      this.throttle.fail(key);
      throw new DomainError('UNAUTHENTICATED', WRONG);
    }
    const user = await ctx.em.findOne(User, { username: name });
    // Always run one hash so a missing account costs the same time as a wrong password.
    const ok = await verifyAnyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      this.throttle.fail(key);
      throw new DomainError('UNAUTHENTICATED', WRONG);
    }
    this.throttle.succeed(key);
    // Said only to whoever typed the right one-time password: it opens nothing any more.
    this.refuseExpiredOneTime(user.passwordHash);
    return this.issue(user, user.tokenVersion);
  }

  private refuseExpiredOneTime(passwordHash: string): void {
    if (oneTimePasswordExpired(passwordHash, new Date(), this.oneTimeTtlSeconds)) {
      throw new DomainError('ONE_TIME_PASSWORD_EXPIRED', `this one-time password has expired (they last ${Math.round(this.oneTimeTtlSeconds / 3600)} hours); ask an administrator to reset the password`);
    }
  }

  private async issue(user: User, version: number): Promise<SignIn> {
    const mustChangePassword = isOneTimeHash(user.passwordHash);
    const expiresAt = new Date(Date.now() + (mustChangePassword ? Math.min(this.ttlSeconds, MUST_CHANGE_TTL_SECONDS) : this.ttlSeconds) * 1000);
    const token = await new SignJWT({ role: user.role, usr: user.username, ver: version })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(user.id))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { token, expiresAt, user, mustChangePassword };
  }

  /**
   * Token -> actor. The account is read by primary key, or taken from the account cache
   * (account-cache.ts): deactivation, role and team changes and revocation (`token_version`) apply
   * at once in the process that made them and within AUTH_CACHE_MS on every other instance.
   */
  async authenticate(ctx: ServiceContext, token: string): Promise<Actor> {
    const { sub, ver } = await this.verify(token);
    // We sign user ids only: anything else ('abc', '1e3', '-1', beyond PostgreSQL's int) would reach the query as NaN, a look-alike id or an error.
    const id = sub && /^[1-9]\d{0,9}$/.test(sub) ? Number(sub) : 0;
    // One indexed read (raw SQL, no entity; the team in the same query, a join) unless cached.
    const user = id > 0 && id <= MAX_USER_ID ? await this.account(ctx, id) : undefined;
    if (!user || !truthy(user.active) || Number(user.token_version) !== ver) throw new DomainError('UNAUTHENTICATED', INVALID_TOKEN);
    const team = user.team_id == null ? null : { teamId: Number(user.team_id), code: user.team_code!, provinceCode: user.team_province ?? null, batchIds: jsonArray(user.team_batches) };
    const actor: Actor = { kind: 'user', userId: Number(user.id), username: user.username, role: user.role as Role, keyerCode: user.keyer_code ?? null, team };
    if (isOneTimeHash(user.password_hash)) actor.mustChangePassword = true;
    return actor;
  }

  /** The account and its team (AUTH_SQL), from the account cache or the database. */
  private async account(ctx: ServiceContext, id: number): Promise<AuthRow | undefined> {
    const hit = this.accounts.get(id);
    if (hit) return hit;
    const mark = this.accounts.mark();
    const [row] = await exec<AuthRow[]>(ctx.em, AUTH_SQL, [id]);
    if (row) this.accounts.set(id, row, mark);
    return row;
  }

  /** The token's signature, issuer, algorithm and expiry (jose), once per token per process (TokenCache). */
  private async verify(token: string): Promise<VerifiedClaims> {
    const hit = this.verified.get(token);
    if (hit) return hit;
    try {
      // A token without exp would never expire: refused, though we never sign one.
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      // Tokens signed before revocation existed carry no version: version 0, which a first bump revokes.
      const claims = { sub: payload.sub, ver: payload.ver ?? 0, exp: payload.exp! };
      this.verified.set(token, claims);
      return claims;
    } catch {
      throw new DomainError('UNAUTHENTICATED', INVALID_TOKEN);
    }
  }

  /**
   * The signed-in person's own password: the current one is required (a wrong one counts against
   * the sign-in throttle), the new one must pass the policy. Revokes every other token of the
   * account and returns a fresh one.
   */
  async changePassword(ctx: ServiceContext, oldPassword: string, newPassword: string, clientIp = 'unknown'): Promise<SignIn> {
    const actor = ctx.actor;
    if (!actor || actor.kind === 'key') throw new DomainError('FORBIDDEN', 'only a person signed in may change their password');
    const user = await ctx.em.findOneOrFail(User, actor.userId);
    const key = throttleKey(user.username, clientIp);
    const wait = this.throttle.blockedFor(key);
    if (wait) throw new DomainError('TOO_MANY_REQUESTS', `too many failed attempts; try again in ${wait} s`, { retryAfterSeconds: wait });
    // Not UNAUTHENTICATED: the session is fine, and clients sign out on that code.
    if (oldPassword.length > MAX_PASSWORD_LENGTH || !(await verifyAnyPassword(oldPassword, user.passwordHash))) {
      this.throttle.fail(key);
      throw new DomainError('WRONG_PASSWORD', 'the current password is wrong');
    }
    this.throttle.succeed(key);
    this.refuseExpiredOneTime(user.passwordHash);
    const problems = await checkNewPassword(newPassword, user, 'newPassword');
    if (!problems.length && newPassword.normalize('NFC') === oldPassword.normalize('NFC')) problems.push({ field: 'newPassword', reason: 'must differ from the current password' });
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    const passwordHash = await hashPassword(newPassword);
    const version = await ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
      const v = await bumpTokenVersion({ ...ctx, em: tx }, user.id);
      await audit(tx, actor, [{ action: 'user.password-change', entityType: 'user', entityId: user.id, data: { wasOneTime: isOneTimeHash(user.passwordHash) } }]);
      return v;
    });
    user.passwordHash = passwordHash;
    return this.issue(user, version);
  }

  /** Revokes the presented token, and with it every other token of the account (one version per account). */
  async logout(ctx: ServiceContext): Promise<boolean> {
    const actor = ctx.actor;
    if (!actor || actor.kind === 'key') throw new DomainError('FORBIDDEN', 'API keys do not sign out: revoke the key');
    await ctx.em.transactional(async (tx) => {
      await bumpTokenVersion({ ...ctx, em: tx }, actor.userId);
      await audit(tx, actor, [{ action: 'user.logout', entityType: 'user', entityId: actor.userId }]);
    });
    return true;
  }

  async createUser(ctx: ServiceContext, input: { username: string; password: string; role: Role; displayName: string; keyerCode?: string | null; team?: Team | null }, via?: string): Promise<User> {
    const { account, problems } = checkAccount(input);
    const { username, displayName, keyerCode, role } = account;
    problems.push(...(await checkNewPassword(input.password, account)));
    // checkRole already refused a role that !isRole refuses: the test only narrows the type.
    if (problems.length || !isRole(role)) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    if (await ctx.em.count(User, { username })) throw new DomainError('CONFLICT', `user "${username}" already exists`);
    if (keyerCode != null && (await ctx.em.count(User, { keyerCode }))) throw new DomainError('CONFLICT', `keyer code "${keyerCode}" already belongs to another account`);
    const passwordHash = await hashPassword(input.password);
    return ctx.em.transactional(async (tx) => {
      const user = tx.create(User, { username, passwordHash, role, displayName, keyerCode, active: true, createdAt: new Date(), team: input.team ?? null });
      await tx.flush();
      await audit(tx, ctx.actor, [{ action: 'user.create', entityType: 'user', entityId: user.id, data: { username, role, keyerCode, team: input.team?.code ?? null, ...(via ? { via } : {}) } }]);
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
      if (!isKeyerCode(keyerCode)) problems.push({ field: `clerks.${i}.keyerCode`, reason: KEYER_CODE_REASON });
      if (!USERNAME_RE.test(username)) problems.push({ field: `clerks.${i}.username`, reason: 'must be 3 to 50 lowercase letters, digits, dots, dashes or underscores (by default the keyer code in lower case)' });
      problems.push(...checkDisplayName(c.displayName ?? '').map((p) => ({ ...p, field: `clerks.${i}.${p.field}` })));
      return { keyerCode, username, displayName: normalizeDisplayName(c.displayName ?? '') };
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

/** What authentication reads of an account and its team. */
const AUTH_SQL = `select u.id, u.username, u.role, u.keyer_code, u.active, u.token_version, u.password_hash,
                         t.id as team_id, t.code as team_code, t.province_code as team_province, t.batch_ids as team_batches
                    from app_user u left join team t on t.id = u.team_id where u.id = ?`;

interface AuthRow {
  id: number | string;
  username: string;
  role: string;
  keyer_code: string | null;
  active: boolean | number;
  token_version: number | string;
  password_hash: string;
  team_id: number | string | null;
  team_code: string | null;
  team_province: string | null;
  team_batches: number[] | string | null;
}

// SQLite returns booleans as 0/1 and JSON as text.
const truthy = (v: boolean | number) => v === true || v === 1;
const jsonArray = (v: number[] | string | null): number[] => (v == null ? [] : typeof v === 'string' ? JSON.parse(v) : [...v]);

function throttleKey(username: string, clientIp: string): string {
  return `${username.slice(0, 200)}\n${clientIp}`;
}
