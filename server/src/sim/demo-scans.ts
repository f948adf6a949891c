import { PROVINCE_NAME_BY_CODE } from './provinces.js';
import { renderFormSvg } from './scan-svg.js';
import type { ScanStore } from '../services/scan-store.js';

export interface ScanBatch {
  code: string;
  provinceCode: string;
  forms: { formNumber: string; truth: Record<string, string | null> }[];
}

/**
 * Development only: a picture of every demo form, the scan behind the `imageRef` the demo keyings
 * carry (`/scans/<batchCode>/<formNumber>.svg`). The pictures show the (simulated) personal data,
 * so they are sealed like it (ScanStore); nothing is written in clear.
 */
export function writeDemoScans(store: ScanStore, batches: ScanBatch[]): void {
  for (const b of batches) {
    const provinceName = PROVINCE_NAME_BY_CODE[b.provinceCode];
    for (const f of b.forms) {
      const svg = renderFormSvg(f.truth, { batchCode: b.code, formNumber: f.formNumber, provinceName });
      store.write(b.code, f.formNumber, Buffer.from(svg, 'utf8'));
    }
  }
}
