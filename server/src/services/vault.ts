import { blindIndex, CryptoError, open, openBytes, openRecord, openRef, openValue, parseKeyRing, seal, sealBytes, sealRecord, sealRecordJson, sealRef, sealValue, SEALED_KEY, type KeyRing } from '../domain/crypto.js';
import { existsSync, readFileSync } from 'node:fs';
import type { FieldDef, TemplateDef } from '../domain/template.js';
import { canonical, canonicalOfClean, type FieldValues } from '../domain/values.js';
import { digitsOnly } from '../domain/normalize.js';

/**
 * The one place where personal data is sealed before it is stored and opened after it is read.
 * Every stored value names its place in the additional data (table, form, pass or field), so a
 * ciphertext copied to another row does not open.
 */
export class Vault {
  private sensitive = new WeakMap<TemplateDef, Set<string>>();

  /**
   * `reload` re-reads the key ring (from its file) when a value names a key this process does not
   * know yet: after a rotation by another process, running servers keep reading and start sealing
   * with the new key without a restart.
   */
  constructor(
    private ring: KeyRing,
    private readonly reload: () => KeyRing | null = () => null,
  ) {}

  private checkedAt = 0;

  /** New values must use the newest key: look for a rotated ring at most every 10 s. */
  private fresh(): KeyRing {
    const now = Date.now();
    if (now - this.checkedAt > 10_000) {
      this.checkedAt = now;
      const r = this.reload();
      if (r && r.current !== this.ring.current) this.ring = r;
    }
    return this.ring;
  }

  private withReload<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof CryptoError) || !/is not in the key ring/.test(e.message)) throw e;
      const fresh = this.reload();
      if (!fresh) throw e;
      this.ring = fresh;
      return fn();
    }
  }

  get keyRing(): KeyRing {
    return this.ring;
  }

  /** Used by key rotation: new values are sealed with the new current key from now on. */
  setKeyRing(ring: KeyRing): void {
    this.ring = ring;
  }

  sensitiveKeys(t: TemplateDef): Set<string> {
    let s = this.sensitive.get(t);
    if (!s) {
      s = new Set(t.fields.filter((f) => f.sensitive).map((f) => f.key));
      this.sensitive.set(t, s);
    }
    return s;
  }

  isSensitive(t: TemplateDef, fieldKey: string): boolean {
    return this.sensitiveKeys(t).has(fieldKey);
  }

  /** A keying as the JSON text to store (multi-row inserts); `json`: JSON.stringify of its values. */
  sealKeyingJson(formId: number, pass: number, json: string): string {
    return sealRecordJson(this.fresh(), `keying:${formId}:${pass}`, json);
  }

  openKeying(formId: number, pass: number, stored: FieldValues): FieldValues {
    return this.withReload(() => openRecord(this.ring, stored, `keying:${formId}:${pass}`));
  }

  sealRecord(t: TemplateDef, formId: number, values: FieldValues): FieldValues {
    return sealRecord(this.fresh(), values, this.sensitiveKeys(t), `record:${formId}`);
  }

  /** A verified record as the JSON text to store. */
  sealRecordJson(formId: number, values: FieldValues): string {
    return sealRecordJson(this.fresh(), `record:${formId}`, JSON.stringify(values));
  }

  openRecord(formId: number, stored: FieldValues): FieldValues {
    return this.withReload(() => openRecord(this.ring, stored, `record:${formId}`));
  }

  /** Discrepancy values (first, second, third, final) of one field of one form. */
  sealField(t: TemplateDef, formId: number, fieldKey: string, v: string | null | undefined): string | null {
    return sealValue(this.fresh(), v, this.isSensitive(t, fieldKey), `field:${formId}:${fieldKey}`);
  }

  openField(formId: number, fieldKey: string, v: string | null | undefined): string | null {
    return this.withReload(() => openValue(this.ring, v, `field:${formId}:${fieldKey}`));
  }

  /** Audit details that quote values (resolutions, spot-check corrections). */
  sealJson(aad: string, data: unknown): string {
    return seal(this.fresh(), JSON.stringify(data), aad);
  }

  openJson<T>(aad: string, sealed: string): T {
    return JSON.parse(this.withReload(() => open(this.ring, sealed, aad))) as T;
  }

  /** A scanned form's bytes, bound to its batch code and form number (see ScanStore). */
  sealScan(batchCode: string, formNumber: string, bytes: Uint8Array): string {
    return sealBytes(this.fresh(), bytes, scanAad(batchCode, formNumber));
  }

  openScan(batchCode: string, formNumber: string, sealed: string): Buffer {
    return this.withReload(() => openBytes(this.ring, sealed, scanAad(batchCode, formNumber)));
  }

  /** Keyed blind index of the citizen ID, for exact lookup without storing the ID in clear. */
  citizenIndex(t: TemplateDef, values: FieldValues): string | null {
    const f = this.citizenField(t);
    return f ? this.citizenToken(canonical(f, values.citizenId ?? null)) : null;
  }

  /** citizenIndex of values through cleanText already (validateValues' `clean`). */
  citizenIndexOfClean(t: TemplateDef, clean: FieldValues): string | null {
    const f = this.citizenField(t);
    return f ? this.citizenToken(canonicalOfClean(f, clean.citizenId ?? null)) : null;
  }

  /** The blind index of a canonical citizen ID; null for anything but 12 digits. */
  citizenToken(canonicalId: string | null): string | null {
    return canonicalId && /^\d{12}$/.test(canonicalId) ? blindIndex(this.ring, canonicalId) : null;
  }

  private citizenFields = new WeakMap<TemplateDef, FieldDef | null>();
  private citizenField(t: TemplateDef): FieldDef | null {
    let f = this.citizenFields.get(t);
    if (f === undefined) this.citizenFields.set(t, (f = t.fields.find((x) => x.key === 'citizenId') ?? null));
    return f;
  }

  /** A stable opaque reference to a staff member for callers who may not learn who they are. */
  reviewerRef(userId: number): string {
    // The prefix keeps it apart from citizen-ID tokens (12 digits) under the same key.
    return `rv_${blindIndex(this.ring, `reviewer:${userId}`).slice(0, 16)}`;
  }

  /**
   * A keying lease's id as the clerk sees it: opaque (crypto sealRef), since the work ids of a
   * form's two passes are consecutive and would say which pass this is. Null: not one of ours.
   */
  leaseRef(workId: number): string {
    return sealRef(this.ring, 'keying-lease', workId);
  }

  leaseWork(ref: string): number | null {
    return openRef(this.ring, 'keying-lease', ref);
  }

  /** The blind key that links forms of one household (household.ts): never the key in clear. */
  householdToken(linkKey: string): string {
    return blindIndex(this.ring, `household:${linkKey}`);
  }

  /** The blind index of a citizen ID as someone searching types it (spaces, dots, full-width digits). */
  citizenIndexOf(raw: string): string | null {
    return this.citizenToken(digitsOnly(raw));
  }
}

export { SEALED_KEY };

// Batch codes and form numbers used as file names hold no "/" (ScanStore refuses them): unambiguous.
const scanAad = (batchCode: string, formNumber: string) => `scan:${batchCode}/${formNumber}`;

/** Reload function for a key ring kept in a file (none when the ring came from the environment). */
export function fileReloader(file: string | null): () => KeyRing | null {
  return () => (file && existsSync(file) ? parseKeyRing(readFileSync(file, 'utf8')) : null);
}
