import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isFileName } from '../domain/codes.js';
import { isSealed, keyIdOf } from '../domain/crypto.js';
import { isScanFormat, SCAN_FORMATS, type ScanFormat } from '../domain/scan-file.js';
import type { Vault } from './vault.js';

const SEALED = '.svg.sealed';
const PLAIN = '.svg';
/** `<formNumber>.<format>.sealed`: the format is part of the name so a read knows what it serves. */
const SEALED_ANY = /^(.+)\.([a-z]+)\.sealed$/;
/** A batch code or form number that can be one file name under the scan directory (domain/codes.ts). */
export const isScanName = isFileName;

/** Writes `data` beside `file` (owner-only), flushes it, then renames it into place: never half a file. */
function writeAtomically(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The key id a sealed file names, from its first bytes (the whole file is not needed to skip it). */
function keyIdOfFile(file: string): string | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('latin1');
    return isSealed(text) ? keyIdOf(text) : null;
  } finally {
    closeSync(fd);
  }
}

type ScanVault = Pick<Vault, 'sealScan' | 'openScan' | 'keyRing'>;

/**
 * Scanned forms on disk, sealed like every other piece of personal data: the file
 * `<dir>/<batchCode>/<formNumber>.svg.sealed` holds `dk1.<keyId>.<iv>.<ciphertext>` (crypto.ts),
 * bound to its batch code and form number, so a file copied to another name does not open.
 * Nothing is ever written in clear.
 */
export class ScanStore {
  readonly root: string;

  constructor(
    dir: string,
    private readonly vault: ScanVault,
  ) {
    this.root = resolve(dir);
  }

  /** The sealed file of a form's scan; null when the batch code or form number can't be a file name. */
  file(batchCode: string, formNumber: string, format: ScanFormat = 'svg'): string | null {
    if (!isScanName(batchCode) || !isScanName(formNumber)) return null;
    return join(this.root, batchCode, `${formNumber}.${format}.sealed`);
  }

  write(batchCode: string, formNumber: string, bytes: Uint8Array, format: ScanFormat = 'svg'): void {
    const file = this.file(batchCode, formNumber, format);
    if (!file) throw new Error(`batch code "${batchCode}" or form number "${formNumber}" cannot be used as a file name`);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeAtomically(file, this.vault.sealScan(batchCode, formNumber, bytes));
  }

  /** The SVG scan's bytes, or null when there is none. */
  read(batchCode: string, formNumber: string): Buffer | null {
    return this.readFormat(batchCode, formNumber, 'svg');
  }

  /** The form's scan in whichever format it was registered (SVG first, as the demo writes), or null. */
  readAny(batchCode: string, formNumber: string): { bytes: Buffer; format: ScanFormat } | null {
    for (const format of SCAN_FORMATS) {
      const bytes = this.readFormat(batchCode, formNumber, format);
      if (bytes) return { bytes, format };
    }
    return null;
  }

  private readFormat(batchCode: string, formNumber: string, format: ScanFormat): Buffer | null {
    const file = this.file(batchCode, formNumber, format);
    if (!file) return null;
    let sealed: string;
    try {
      sealed = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return this.vault.openScan(batchCode, formNumber, sealed);
  }

  /**
   * After a key rotation: re-seals under the current key every scan that is not. Files already
   * under it are skipped, so a run that was stopped simply runs again. Plain `.svg` files that
   * older versions wrote are sealed and removed.
   */
  resealAll(onFile?: () => void): { resealed: number; sealedPlain: number } {
    const out = { resealed: 0, sealedPlain: 0 };
    if (!existsSync(this.root)) return out;
    const current = this.vault.keyRing.current;
    for (const batch of readdirSync(this.root, { withFileTypes: true })) {
      // Symbolic links are not followed: everything stays inside the scan directory.
      if (!batch.isDirectory() || !isScanName(batch.name)) continue;
      const dir = join(this.root, batch.name);
      for (const f of readdirSync(dir, { withFileTypes: true })) {
        if (!f.isFile()) continue;
        const file = join(dir, f.name);
        const sealedAs = SEALED_ANY.exec(f.name);
        if (sealedAs) {
          const [, formNumber, format] = sealedAs;
          if (!isScanName(formNumber) || !isScanFormat(format) || keyIdOfFile(file) === current) continue;
          this.write(batch.name, formNumber, this.vault.openScan(batch.name, formNumber, readFileSync(file, 'utf8')), format);
          out.resealed++;
        } else if (f.name.endsWith(PLAIN)) {
          const formNumber = f.name.slice(0, -PLAIN.length);
          if (!isScanName(formNumber)) continue;
          // A sealed copy, when there is one, is the newer: the plain file only has to go.
          if (!existsSync(join(dir, formNumber + SEALED))) this.write(batch.name, formNumber, readFileSync(file));
          rmSync(file);
          out.sealedPlain++;
        } else continue;
        onFile?.();
      }
    }
    return out;
  }
}
