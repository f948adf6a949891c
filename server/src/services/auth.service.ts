import { SignJWT, jwtVerify } from 'jose';
import { User } from '../db/entities/index.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../domain/password.js';
import { ROLES, type Role } from '../domain/roles.js';
import type { Actor, ServiceContext } from './context.js';

const ISSUER = 'dualkey';

export class AuthService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlSeconds: number,
  ) {}

  async login(ctx: ServiceContext, username: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const user = await ctx.em.findOne(User, { username: username.trim().toLowerCase() });
    // Always run one hash so a missing account costs the same time as a wrong password.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) throw new DomainError('UNAUTHENTICATED', 'wrong username or password');
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
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
      sub = payload.sub;
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'the token is invalid or expired; sign in again');
    }
    const user = sub ? await ctx.em.findOne(User, Number(sub)) : null;
    if (!user || !user.active) throw new DomainError('UNAUTHENTICATED', 'the token is invalid or expired; sign in again');
    return { userId: user.id, username: user.username, role: user.role as Role, keyerCode: user.keyerCode ?? null };
  }

  async createUser(ctx: ServiceContext, input: { username: string; password: string; role: Role; displayName: string; keyerCode?: string | null }): Promise<User> {
    const username = input.username.trim().toLowerCase();
    const problems: FieldProblem[] = [];
    if (!/^[a-z0-9._-]{3,50}$/.test(username)) problems.push({ field: 'username', reason: 'must be 3 to 50 lowercase letters, digits, dots, dashes or underscores' });
    if (input.password.length < 12) problems.push({ field: 'password', reason: 'must be at least 12 characters' });
    if (!ROLES.includes(input.role)) problems.push({ field: 'role', reason: `must be one of ${ROLES.join(', ')}` });
    if (!input.displayName.trim() || input.displayName.length > 200) problems.push({ field: 'displayName', reason: 'must be 1 to 200 characters' });
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    if (await ctx.em.count(User, { username })) throw new DomainError('CONFLICT', `user "${username}" already exists`);
    const user = ctx.em.create(User, {
      username,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      displayName: input.displayName.trim(),
      keyerCode: input.keyerCode ?? null,
      active: true,
      createdAt: new Date(),
    });
    await ctx.em.flush();
    return user;
  }
}
