import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

// scrypt is memory-hard: N=2^15, r=8 needs 32 MiB per hash, which is what makes guessing costly.
const N = 1 << 15, R = 8, P = 1, LEN = 32, MAXMEM = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, LEN, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  // Only parameters we would have written: a tampered or truncated hash never verifies.
  if (n !== N || r !== R || p !== P) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (salt.length !== 16 || expected.length !== LEN) return false;
  const key = await scrypt(password.normalize('NFC'), salt, LEN, { N, r: R, p: P, maxmem: MAXMEM });
  return timingSafeEqual(key, expected);
}

/** A hash to verify against when the user does not exist, so timing does not reveal accounts. */
export const DUMMY_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;

// ---- One-time passwords ------------------------------------------------------------------------
//
// Set by an admin's reset or a bulk import, shown once, changed at the first sign-in. They are 100
// random bits, not something a person chose, so a salted SHA-256 is enough (as for API keys): no
// stretching needed, and a bulk import of thousands of accounts takes no scrypt time. The `otp$`
// marker in the stored hash is what says "must change at next sign-in".

/** Crockford's base32: no I, L, O or U to misread; 5 bits a character. */
const OTP_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const OTP_GROUPS = 4, OTP_GROUP = 5;
export const OTP_PREFIX = 'otp$sha256$';

/** `7K2QH-9XWMB-R4TZ0-NCV8E`: 20 characters, 100 bits. */
export function generateOneTimePassword(): string {
  const bytes = randomBytes(OTP_GROUPS * OTP_GROUP);
  // 256 is a multiple of 32: taking the low five bits introduces no bias.
  const chars = [...bytes].map((b) => OTP_ALPHABET[b & 31]).join('');
  return chars.match(new RegExp(`.{${OTP_GROUP}}`, 'g'))!.join('-');
}

/** What a person may type for a one-time password: any case, dashes or spaces, O for 0, I/L for 1. */
function canonicalOtp(s: string): string | null {
  const c = s.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return c.length === OTP_GROUPS * OTP_GROUP && [...c].every((ch) => OTP_ALPHABET.includes(ch)) ? c : null;
}

/** `otp$sha256$<salt>$<SHA-256 of salt and password>$<issued at, Unix seconds>` */
export function hashOneTimePassword(otp: string, issuedAt = new Date()): string {
  const salt = randomBytes(16);
  const canonical = canonicalOtp(otp);
  if (!canonical) throw new Error('not a one-time password');
  return `${OTP_PREFIX}${salt.toString('base64url')}$${createHash('sha256').update(salt).update(canonical).digest('base64url')}$${Math.floor(issuedAt.getTime() / 1000)}`;
}

export const isOneTimeHash = (stored: string): boolean => stored.startsWith(OTP_PREFIX);

/** A stored one-time hash's parts; issuedAt null when written without it (before they expired). */
function oneTimeParts(stored: string): { salt: string; hash: string; issuedAt: Date | null } | null {
  if (!isOneTimeHash(stored)) return null;
  const parts = stored.slice(OTP_PREFIX.length).split('$');
  if (parts.length === 2) return { salt: parts[0], hash: parts[1], issuedAt: null };
  if (parts.length === 3 && /^\d{1,12}$/.test(parts[2])) return { salt: parts[0], hash: parts[1], issuedAt: new Date(Number(parts[2]) * 1000) };
  return null;
}

export function verifyOneTimePassword(given: string, stored: string): boolean {
  const parts = oneTimeParts(stored);
  const canonical = canonicalOtp(given);
  if (!parts || !canonical) return false;
  const expected = Buffer.from(parts.hash, 'base64url');
  const got = createHash('sha256').update(Buffer.from(parts.salt, 'base64url')).update(canonical).digest();
  return expected.length === got.length && timingSafeEqual(expected, got);
}

/** How long a one-time password opens its account unless ONE_TIME_PASSWORD_TTL_HOURS says otherwise: a week. */
export const ONE_TIME_PASSWORD_TTL_SECONDS = 7 * 24 * 3600;

/** When a one-time password issued at `issuedAt` stops opening its account (the stored time is whole seconds). */
export const oneTimePasswordExpiry = (issuedAt: Date, ttlSeconds: number): Date => new Date((Math.floor(issuedAt.getTime() / 1000) + ttlSeconds) * 1000);

/**
 * When the one-time password stored in `stored` stops opening its account (null: not one). A
 * password handed out on paper or in an import sheet must not open the account weeks later to
 * whoever finds it; one stored without its issue time (before they expired) has expired already,
 * and an admin resets it.
 */
export function oneTimePasswordExpiresAt(stored: string, ttlSeconds: number): Date | null {
  if (!isOneTimeHash(stored)) return null;
  const issued = oneTimeParts(stored)?.issuedAt;
  return issued ? oneTimePasswordExpiry(issued, ttlSeconds) : new Date(0);
}

/** Whether a stored one-time password is past its lifetime (oneTimePasswordExpiresAt); other hashes never are. */
export function oneTimePasswordExpired(stored: string, now: Date, ttlSeconds: number): boolean {
  const at = oneTimePasswordExpiresAt(stored, ttlSeconds);
  return at !== null && now.getTime() >= at.getTime();
}

/**
 * Checks a password against either kind of stored hash. Every check costs one scrypt, so the time
 * of a sign-in does not tell which accounts wait for their first password or have none.
 */
export async function verifyAnyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('scrypt$')) return verifyPassword(password, stored);
  // A one-time hash, or no password at all ('!', a registered clerk): the same scrypt time.
  await verifyPassword(password, DUMMY_HASH);
  return isOneTimeHash(stored) && verifyOneTimePassword(password, stored);
}
