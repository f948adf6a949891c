import { Keying, User } from '../db/entities/index.js';
import { checkDisplayName, checkKeyerCode, checkRole, normalizeDisplayName, normalizeKeyerCode } from '../domain/accounts.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { generateOneTimePassword, hashOneTimePassword, ONE_TIME_PASSWORD_TTL_SECONDS, oneTimePasswordExpiry } from '../domain/password.js';
import { isRole } from '../domain/roles.js';
import { audit } from './audit.service.js';
import { bumpTokenVersion } from './auth.service.js';
import type { ServiceContext } from './context.js';
import { toId } from './query.service.js';
import type { TeamService } from './team.service.js';

/** User ids are PostgreSQL `serial` (int4): a larger id names nobody (and must not reach the query). */
const MAX_USER_ID = 2_147_483_647;

export interface UpdateUserInput {
  displayName?: string | null;
  role?: string | null;
  /** Absent: unchanged; null or empty: removed (not for a KEYER). */
  keyerCode?: string | null;
  /** A team's id or code; absent: unchanged; null or empty: national (no team). */
  team?: string | null;
}

/** What admins do to accounts after creating them. Every change is audited in its own transaction. */
export class AccountService {
  constructor(
    private readonly teams: TeamService,
    private readonly oneTimeTtlSeconds = ONE_TIME_PASSWORD_TTL_SECONDS,
  ) {}

  private async find(ctx: ServiceContext, rawId: string): Promise<User> {
    const id = toId(rawId);
    const user = id <= MAX_USER_ID ? await ctx.em.findOne(User, id) : null;
    if (!user) throw new DomainError('NOT_FOUND', `user ${rawId} does not exist`);
    return user;
  }

  private notSelf(ctx: ServiceContext, user: User, what: string): void {
    if (ctx.actor?.userId === user.id && ctx.actor.kind !== 'key') throw new DomainError('FORBIDDEN', `you cannot ${what} your own account; another admin can`);
  }

  /**
   * Name, role and keyer code. A role change revokes the account's tokens (the role in force always
   * comes from the database; this also makes clients fetch it again). A keyer code that keyings
   * already carry is never changed or removed: that would rewrite whose work those keyings were.
   */
  async update(ctx: ServiceContext, id: string, input: UpdateUserInput): Promise<User> {
    const user = await this.find(ctx, id);
    await ctx.em.populate(user, ['team']);
    const displayName = input.displayName == null ? user.displayName : normalizeDisplayName(input.displayName);
    const role = input.role == null ? user.role : input.role;
    const keyerCode = input.keyerCode === undefined ? (user.keyerCode ?? null) : normalizeKeyerCode(input.keyerCode);
    const problems = [...(input.displayName == null ? [] : checkDisplayName(displayName)), ...checkRole(role), ...checkKeyerCode(keyerCode, role)];
    // checkRole already refused a role that !isRole refuses: the test only narrows the type.
    if (problems.length || !isRole(role)) throw new ValidationError(problems.map((p) => `input.${p.field} ${p.reason}`).join('; '), problems.map((p) => ({ ...p, field: `input.${p.field}` })));
    if (role !== user.role) this.notSelf(ctx, user, 'change the role of');
    // The team is checked before anything changes (unknown team, or an admin given one).
    const team = input.team === undefined ? (user.team ?? null) : input.team == null || input.team.trim() === '' ? null : await this.teams.forNewUser(ctx.em, input.team, role).catch((e) => {
      if (e instanceof ValidationError) throw new ValidationError(e.message, e.problems.map((p) => ({ ...p, field: `input.${p.field}` })));
      throw e;
    });
    if (team && role === 'ADMIN') throw new ValidationError('an admin has the national view and belongs to no team', [{ field: 'input.team', reason: 'admins belong to no team' }]);
    const oldCode = user.keyerCode ?? null;
    const codeChanged = keyerCode !== oldCode;
    if (codeChanged) {
      if (oldCode != null && (await ctx.em.count(Keying, { keyerCode: oldCode }))) {
        throw new DomainError('CONFLICT', `keyer code "${oldCode}" already has keyings: changing it would rewrite whose work they were; create another account for the new code`, { problems: [{ field: 'input.keyerCode', reason: 'in use by keyings' }] });
      }
      if (keyerCode != null && (await ctx.em.count(User, { keyerCode, id: { $ne: user.id } }))) throw new DomainError('CONFLICT', `keyer code "${keyerCode}" already belongs to another account`);
      // Keyings under a code nobody holds (an earlier import): giving it to this person would make them theirs.
      if (keyerCode != null && (await ctx.em.count(Keying, { keyerCode }))) throw new DomainError('CONFLICT', `keyings already carry keyer code "${keyerCode}"; choose an unused code`);
    }
    const changes: Record<string, unknown> = {};
    if (displayName !== user.displayName) changes.displayName = true; // staff names stay out of the trail's data
    if (role !== user.role) changes.role = [user.role, role];
    if (codeChanged) changes.keyerCode = [oldCode, keyerCode];
    if ((team?.id ?? null) !== (user.team?.id ?? null)) changes.team = [user.team?.code ?? null, team?.code ?? null];
    if (!Object.keys(changes).length) return user;
    await ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { displayName, role, keyerCode, team: team?.id ?? null });
      if (changes.role) await bumpTokenVersion({ ...ctx, em: tx }, user.id);
      await audit(tx, ctx.actor, [{ action: 'user.update', entityType: 'user', entityId: user.id, data: { username: user.username, changes } }]);
    });
    return ctx.em.refreshOrFail(user);
  }

  /** Disabling revokes the account's tokens and, at once, the API keys it created (api-key.service checks the creator). */
  async setActive(ctx: ServiceContext, id: string, active: boolean): Promise<User> {
    const user = await this.find(ctx, id);
    if (!active) this.notSelf(ctx, user, 'disable');
    if (user.active === active) return user;
    await ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { active });
      if (!active) await bumpTokenVersion({ ...ctx, em: tx }, user.id);
      await audit(tx, ctx.actor, [{ action: active ? 'user.enable' : 'user.disable', entityType: 'user', entityId: user.id, data: { username: user.username } }]);
    });
    return ctx.em.refreshOrFail(user);
  }

  /**
   * A new one-time password, returned once (never stored in clear, logged or audited); the account
   * must change it at its next sign-in, and its tokens are revoked now.
   */
  async resetPassword(ctx: ServiceContext, id: string): Promise<{ user: User; oneTimePassword: string; expiresAt: Date }> {
    const user = await this.find(ctx, id);
    if (ctx.actor?.userId === user.id && ctx.actor.kind !== 'key') throw new DomainError('FORBIDDEN', 'use changePassword for your own password');
    const oneTimePassword = generateOneTimePassword();
    const now = new Date();
    await ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash: hashOneTimePassword(oneTimePassword, now) });
      await bumpTokenVersion({ ...ctx, em: tx }, user.id);
      await audit(tx, ctx.actor, [{ action: 'user.password-reset', entityType: 'user', entityId: user.id, data: { username: user.username } }]);
    });
    return { user: await ctx.em.refreshOrFail(user), oneTimePassword, expiresAt: oneTimePasswordExpiry(now, this.oneTimeTtlSeconds) };
  }
}
