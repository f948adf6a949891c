import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption of personal data at rest: AES-256-GCM from Node's crypto, keys from a key ring.
 * A sealed value is `dk1.<keyId>.<iv>.<ciphertext+tag>` (base64url), so every value names the key
 * that can open it: after a rotation old and new values coexist and reads keep working.
 */
export interface KeyRing {
  /** Key used for new values. */
  current: string;
  keys: Map<string, Buffer>;
  /** Key of the blind index: never rotated, since rotating it means re-indexing everything. */
  indexKey: Buffer;
}

const PREFIX = 'dk1.';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class CryptoError extends Error {}

export function isSealed(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith(PREFIX);
}

export function keyIdOf(sealed: string): string {
  return sealed.split('.', 3)[1];
}

// IVs are cut from a pooled CSPRNG buffer: one randomBytes call per 4,096 seals instead of one each.
const IV_POOL = 12 * 4096;
let ivPool = Buffer.alloc(0);
let ivNext = IV_POOL;
function freshIv(): Buffer {
  if (ivNext + 12 > ivPool.length) {
    ivPool = randomBytes(IV_POOL);
    ivNext = 0;
  }
  return ivPool.subarray(ivNext, (ivNext += 12));
}

/** Encrypts a string. `aad` binds the ciphertext to its place (table, row): moved, it won't open. */
export function seal(ring: KeyRing, plaintext: string, aad: string): string {
  return sealData(ring, plaintext, aad);
}

/** Encrypts bytes (scanned forms) into the same text form as seal, so keyIdOf and isSealed apply. */
export function sealBytes(ring: KeyRing, bytes: Uint8Array, aad: string): string {
  return sealData(ring, bytes, aad);
}

function sealData(ring: KeyRing, data: string | Uint8Array, aad: string): string {
  const key = ring.keys.get(ring.current);
  if (!key) throw new CryptoError(`the current key ${ring.current} is not in the key ring`);
  const iv = freshIv();
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const body = Buffer.concat([typeof data === 'string' ? c.update(data, 'utf8') : c.update(data), c.final(), c.getAuthTag()]);
  return `${PREFIX}${ring.current}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

export function open(ring: KeyRing, sealed: string, aad: string): string {
  return openBytes(ring, sealed, aad).toString('utf8');
}

export function openBytes(ring: KeyRing, sealed: string, aad: string): Buffer {
  const parts = sealed.split('.');
  if (parts.length !== 4 || `${parts[0]}.` !== PREFIX) throw new CryptoError('not a sealed value');
  const key = ring.keys.get(parts[1]);
  if (!key) throw new CryptoError(`key ${parts[1]} is not in the key ring`);
  const iv = Buffer.from(parts[2], 'base64url');
  const body = Buffer.from(parts[3], 'base64url');
  if (iv.length !== 12 || body.length < 16) throw new CryptoError('malformed sealed value');
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(body.subarray(body.length - 16));
  try {
    return Buffer.concat([d.update(body.subarray(0, body.length - 16)), d.final()]);
  } catch {
    throw new CryptoError('a sealed value failed authentication (wrong key, place or tampered)');
  }
}

export const SEALED_KEY = '$sealed';

/**
 * Seals the sensitive fields of a record as ONE blob (one cipher call per record is ~20x cheaper
 * than one per field); non-sensitive fields stay readable for reports and filters.
 */
export function sealRecord(ring: KeyRing, values: Record<string, string | null>, sensitive: ReadonlySet<string>, aad: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  let secret: Record<string, string | null> | undefined;
  for (const k in values) {
    const v = values[k];
    if (sensitive.has(k)) (secret ??= {})[k] = v;
    else out[k] = v;
  }
  if (secret) out[SEALED_KEY] = seal(ring, JSON.stringify(secret), aad);
  return out;
}

/**
 * What ingest stores for a record, as JSON text: the whole record as ONE sealed blob,
 * `{"$sealed":"dk1…"}`, sealed from the JSON the caller already made (for the idempotency
 * fingerprint). Nothing stays in clear: every reader opens records through the vault, and writing
 * the non-sensitive fields beside the blob cost ~10% of ingest's server CPU. openRecord reads this
 * form and sealRecord's alike.
 */
export function sealRecordJson(ring: KeyRing, aad: string, json: string): string {
  // A sealed value is `dk1.` + key id + base64url: nothing JSON would escape.
  return `{"${SEALED_KEY}":"${seal(ring, json, aad)}"}`;
}

export function openRecord(ring: KeyRing, stored: Record<string, string | null>, aad: string): Record<string, string | null> {
  const sealed = stored[SEALED_KEY];
  if (!sealed) return stored;
  const secret = JSON.parse(open(ring, sealed, aad)) as Record<string, string | null>;
  // A whole-record blob (sealRecordJson) holds every field: nothing to merge.
  let whole = true;
  for (const k in stored) {
    if (k !== SEALED_KEY && !(k in secret)) {
      whole = false;
      break;
    }
  }
  if (whole) return secret;
  // Copied key by key: a rest destructuring with a computed key took ~3x the decryption.
  const out: Record<string, string | null> = {};
  for (const k in stored) if (k !== SEALED_KEY) out[k] = stored[k];
  for (const k in secret) out[k] = secret[k];
  return out;
}

/** A single value: sealed when sensitive (and not null), as is otherwise. */
export function sealValue(ring: KeyRing, v: string | null | undefined, sensitive: boolean, aad: string): string | null {
  if (v === null || v === undefined || !sensitive) return v ?? null;
  return seal(ring, v, aad);
}

export function openValue(ring: KeyRing, v: string | null | undefined, aad: string): string | null {
  if (v === null || v === undefined) return null;
  return isSealed(v) ? open(ring, v, aad) : v;
}

/** Keyed blind index for exact lookup (citizen ID): equal inputs give equal tokens, nothing else leaks. */
export function blindIndex(ring: KeyRing, canonicalValue: string): string {
  return createHmac('sha256', ring.indexKey).update(canonicalValue).digest('base64url').slice(0, 32);
}

/**
 * Key of the audit trail's hash chain (HMAC-SHA256), derived from the index key rather than added
 * to the ring: like the index key it must never change (old events must keep verifying), every
 * existing ring already has one, and HKDF keeps the two keys independent of each other.
 */
export function auditKey(ring: KeyRing): Buffer {
  // The index key is uniformly random: HKDF needs no salt for it (RFC 5869, 3.1).
  return Buffer.from(hkdfSync('sha256', ring.indexKey, Buffer.alloc(0), 'dualkey audit chain v1', 32));
}

/**
 * A reference that hides a row id: one AES block (the id, then 8 zero bytes) under a key derived
 * from the index key for `label`. The same id always gives the same reference (a screen may match
 * it against what it kept); the reference tells nothing of the id, not its order nor its parity
 * (consecutive ids are a form's two passes). A forged or altered one opens to null (the zero
 * bytes: one chance in 2^64 to pass).
 */
export function sealRef(ring: KeyRing, label: string, id: number): string {
  const block = Buffer.alloc(16);
  block.writeBigUInt64BE(BigInt(id), 0);
  const c = createCipheriv('aes-256-ecb', refKey(ring, label), null).setAutoPadding(false);
  return Buffer.concat([c.update(block), c.final()]).toString('base64url');
}

export function openRef(ring: KeyRing, label: string, ref: string): number | null {
  const raw = /^[A-Za-z0-9_-]{22}$/.test(ref) ? Buffer.from(ref, 'base64url') : null;
  if (raw?.length !== 16) return null;
  const d = createDecipheriv('aes-256-ecb', refKey(ring, label), null).setAutoPadding(false);
  const block = Buffer.concat([d.update(raw), d.final()]);
  if (block.readBigUInt64BE(8) !== 0n) return null;
  const id = block.readBigUInt64BE(0);
  return id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : null;
}

const refKeys = new WeakMap<KeyRing, Map<string, Buffer>>();
function refKey(ring: KeyRing, label: string): Buffer {
  let m = refKeys.get(ring);
  if (!m) refKeys.set(ring, (m = new Map()));
  let k = m.get(label);
  if (!k) m.set(label, (k = Buffer.from(hkdfSync('sha256', ring.indexKey, Buffer.alloc(0), `dualkey ref ${label} v1`, 32))));
  return k;
}

/**
 * Parses a key ring: `{"current":"k2","index":"<base64 32 bytes>","keys":{"k1":"<base64>","k2":"<base64>"}}`.
 */
export function parseKeyRing(json: string): KeyRing {
  let raw: { current?: unknown; index?: unknown; keys?: unknown };
  try {
    raw = JSON.parse(json);
  } catch {
    throw new CryptoError('the key ring is not valid JSON');
  }
  if (typeof raw.current !== 'string' || !raw.keys || typeof raw.keys !== 'object' || typeof raw.index !== 'string') {
    throw new CryptoError('the key ring needs "current", "index" and "keys"');
  }
  const keys = new Map<string, Buffer>();
  for (const [id, b64] of Object.entries(raw.keys as Record<string, unknown>)) {
    if (!KEY_ID.test(id)) throw new CryptoError(`key id "${id}" must be 1-32 letters, digits, _ or -`);
    const k = Buffer.from(String(b64), 'base64');
    if (k.length !== 32) throw new CryptoError(`key ${id} must be 32 bytes (base64), got ${k.length}`);
    keys.set(id, k);
  }
  const indexKey = Buffer.from(raw.index, 'base64');
  if (indexKey.length !== 32) throw new CryptoError('the index key must be 32 bytes (base64)');
  if (!keys.has(raw.current)) throw new CryptoError(`the current key ${raw.current} is not in "keys"`);
  return { current: raw.current, keys, indexKey };
}

export function serializeKeyRing(ring: KeyRing): string {
  return JSON.stringify(
    { current: ring.current, index: ring.indexKey.toString('base64'), keys: Object.fromEntries([...ring.keys].map(([id, k]) => [id, k.toString('base64')])) },
    null,
    2,
  ) + '\n';
}

export function newKeyRing(id = 'k1'): KeyRing {
  return { current: id, keys: new Map([[id, randomBytes(32)]]), indexKey: randomBytes(32) };
}

/** Adds a fresh key and makes it current (old keys stay, so old values still open). */
export function rotate(ring: KeyRing): KeyRing {
  let n = ring.keys.size + 1;
  while (ring.keys.has(`k${n}`)) n++;
  const id = `k${n}`;
  return { current: id, keys: new Map([...ring.keys, [id, randomBytes(32)]]), indexKey: ring.indexKey };
}
