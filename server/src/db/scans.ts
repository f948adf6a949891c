import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { PROVINCE_NAME_BY_CODE } from '../sim/provinces.js';
import { renderFormSvg } from '../sim/scan-svg.js';

export interface ScanBatch {
  code: string;
  provinceCode: string;
  forms: { formNumber: string; truth: Record<string, string | null> }[];
}

/** One path segment from a batch code or form number: no separators, no "..", nothing hidden. */
function segment(s: string, what: string): string {
  if (!s || s === '.' || s === '..' || /[\\/\u0000]/.test(s)) throw new Error(`${what} "${s}" cannot be used as a file name`);
  return s;
}

/**
 * Development only: writes a picture of every demo form to `<dir>/<batchCode>/<formNumber>.svg`,
 * the `imageRef` the demo keyings carry (`/scans/<batchCode>/<formNumber>.svg`). The pictures show
 * the (simulated) personal data, owner-readable only.
 */
export function writeDemoScans(dir: string, batches: ScanBatch[]): void {
  const root = resolve(dir);
  for (const b of batches) {
    const batchDir = join(root, segment(b.code, 'batch code'));
    if (!batchDir.startsWith(root + sep)) throw new Error(`batch code "${b.code}" leaves ${root}`);
    mkdirSync(batchDir, { recursive: true, mode: 0o700 });
    const provinceName = PROVINCE_NAME_BY_CODE[b.provinceCode];
    for (const f of b.forms) {
      const svg = renderFormSvg(f.truth, { batchCode: b.code, formNumber: f.formNumber, provinceName });
      writeFileSync(join(batchDir, `${segment(f.formNumber, 'form number')}.svg`), svg, { mode: 0o600 });
    }
  }
}
