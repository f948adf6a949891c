/** Citizen IDs (Decree 137/2015): province of birth registration, century/sex, year, serial. */
import type { Rng } from './rng.js';
import type { Sex } from './names.js';

/**
 * Unique 6-digit serial per (province, century/sex, year) prefix: a counter mapped through a
 * bijection of [0, 10^6) so serials look random but never collide below a million per prefix.
 */
export class CitizenIdAllocator {
  private readonly state = new Map<string, { n: number; offset: number }>();

  allocate(rng: Rng, prefix6: string): string {
    let s = this.state.get(prefix6);
    if (!s) {
      s = { n: 0, offset: rng.int(0, 999_999) };
      this.state.set(prefix6, s);
    }
    const serial = (s.offset + s.n * 382_919) % 1_000_000; // 382919 is coprime with 10^6
    s.n++;
    return prefix6 + String(serial).padStart(6, '0');
  }
}

/** First three digits come from the province of birth registration; then century/sex; then year. */
export function citizenIdPrefix(provinceCode: string, sex: Sex, year: number): string {
  const century = 2 * Math.floor((year - 1900) / 100) + (sex === 'Nữ' ? 1 : 0);
  return provinceCode + String(century) + String(year % 100).padStart(2, '0');
}
