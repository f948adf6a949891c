/**
 * A whole simulated keying campaign: batches of DC01 forms per commune, each form keyed blind by
 * two different clerks, with plausible timestamps. `iterateCampaign` streams batch by batch so a
 * million forms never sit in memory at once; `generateCampaign` collects them for small runs.
 */
import { createRng, deriveSeed, type Rng } from './rng.js';
import { DETAILED_PROVINCE_CODES, PROVINCES, districtInitials, districtsOf } from './provinces.js';
import { CitizenIdAllocator, DEFAULT_REFERENCE_YEAR, generateHousehold, type PersonRecord } from './people.js';
import { keyPair, makeClerks, type Clerk, type KeyingError } from './errors.js';

export interface CampaignOptions {
  forms: number;
  /** Forms per batch (the last one may be short). Default 50. */
  batchSize?: number;
  /** How many provinces the campaign covers (those with real place names first). Default 5. */
  provinces?: number;
  /** Number of keying clerks (at least 2). Default 20. */
  clerks?: number;
  /** First campaign day, read as a calendar date in Vietnam (UTC+7). Default 2025-03-03. */
  startDate?: Date;
  /** Clerks' base per-field error rate. Default 0.3%. */
  baseErrorRate?: number;
  /** Per-field chance that both clerks make the same error. Default 0.0005. */
  sameErrorRate?: number;
  /**
   * Clerks who key one batch (both passes): the ones free first take the box, as on a keying
   * floor. Default: every clerk (each form goes to any of them).
   */
  teamSize?: number;
}

export interface CampaignPass {
  keyerCode: string;
  values: Record<string, string | null>;
  startedAt: Date;
  submittedAt: Date;
  errors: KeyingError[];
  variants: string[];
}

export interface CampaignForm {
  formNumber: string;
  truth: PersonRecord;
  pass1: CampaignPass;
  pass2: CampaignPass;
  /** Errors both clerks made identically (also listed in each pass's errors). */
  sameErrors: KeyingError[];
}

export interface CampaignBatch {
  code: string;
  provinceCode: string;
  district: string;
  commune: string;
  forms: CampaignForm[];
}

export interface Campaign {
  batches: CampaignBatch[];
  clerks: Clerk[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VN_OFFSET = 7 * HOUR; // Asia/Ho_Chi_Minh, no daylight saving
const DEFAULT_START = Date.UTC(2025, 2, 3); // a Monday

/** The clerks of a campaign; same seed and options as iterateCampaign give the same clerks. */
export function campaignClerks(seed: number, opts: Omit<CampaignOptions, 'forms'> = {}): Clerk[] {
  const n = opts.clerks ?? 20;
  if (n < 2) throw new Error('a campaign needs at least 2 clerks (pass 1 and pass 2 differ)');
  return makeClerks(createRng(deriveSeed(seed, 1)), n, { baseRate: opts.baseErrorRate });
}

function chooseProvinces(rng: Rng, n: number): string[] {
  const detailed = rng.shuffle([...DETAILED_PROVINCE_CODES]);
  const rest = rng.shuffle(PROVINCES.map((p) => p.code).filter((c) => !DETAILED_PROVINCE_CODES.includes(c)));
  return [...detailed, ...rest].slice(0, Math.max(1, Math.min(n, PROVINCES.length)));
}

/** Working hours 08:00–12:00 and 13:00–17:00 local, Monday to Friday. */
class Schedule {
  private readonly clock: Float64Array;

  constructor(rng: Rng, n: number, startDay: number) {
    this.clock = new Float64Array(n);
    for (let i = 0; i < n; i++) this.clock[i] = startDay * DAY - VN_OFFSET + 8 * HOUR + rng.int(0, 20) * 60_000;
  }

  /** Two random candidates (from the team, when given), the one free first wins: balanced load, varied pairings. */
  choose(rng: Rng, exclude: number, team?: readonly number[]): number {
    const n = team ? team.length : this.clock.length;
    const at = (i: number) => (team ? team[i]! : i);
    let a = rng.int(0, n - 1);
    if (at(a) === exclude) a = (a + 1) % n;
    if (n < 3) return at(a);
    let b = rng.int(0, n - 1);
    while (at(b) === exclude || b === a) b = (b + 1) % n;
    return this.clock[at(b)]! < this.clock[at(a)]! ? at(b) : at(a);
  }

  /** The `size` clerks free first. */
  team(size: number): number[] {
    return [...this.clock.keys()].sort((x, y) => this.clock[x]! - this.clock[y]! || x - y).slice(0, size);
  }

  /** Books `seconds` of clerk `i`'s time; returns [start, end] in epoch ms. */
  book(rng: Rng, i: number, seconds: number): [number, number] {
    const dur = Math.min(seconds, 3 * 3600) * 1000; // longer would never fit between breaks
    let t = this.clock[i]!;
    for (;;) {
      const local = t + VN_OFFSET;
      const day = Math.floor(local / DAY);
      const tod = local - day * DAY;
      const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
      const dayStart = day * DAY - VN_OFFSET;
      if (weekday === 0 || weekday === 6 || tod + dur > 17 * HOUR) {
        t = nextWorkday(day) * DAY - VN_OFFSET + 8 * HOUR + rng.int(0, 15) * 60_000;
      } else if (tod < 8 * HOUR) {
        t = dayStart + 8 * HOUR;
      } else if (tod + dur > 12 * HOUR && tod < 13 * HOUR) {
        t = dayStart + 13 * HOUR + rng.int(0, 10) * 60_000;
      } else break;
    }
    const end = t + dur;
    this.clock[i] = end + rng.int(5, 90) * 1000; // next form: fetch image, short pauses
    return [t, end];
  }
}

function nextWorkday(day: number): number {
  let d = day + 1;
  while ((d + 4) % 7 === 0 || (d + 4) % 7 === 6) d++;
  return d;
}

/** Streams the campaign one batch at a time. Deterministic in (seed, opts). */
export function* iterateCampaign(seed: number, opts: CampaignOptions): Generator<CampaignBatch, void, undefined> {
  const total = Math.max(0, Math.floor(opts.forms));
  const batchSize = Math.max(1, opts.batchSize ?? 50);
  const clerks = campaignClerks(seed, opts);
  const rng = createRng(deriveSeed(seed, 2));
  const provinces = chooseProvinces(rng, opts.provinces ?? 5);
  const start = opts.startDate ? opts.startDate.getTime() : DEFAULT_START;
  const startDay = Math.floor((start + VN_OFFSET) / DAY);
  const schedule = new Schedule(rng, clerks.length, startDay);
  const ids = new CitizenIdAllocator();
  const sameErrorRate = opts.sameErrorRate;
  const referenceYear = DEFAULT_REFERENCE_YEAR;

  let made = 0;
  let seq = 0;
  while (made < total) {
    const size = Math.min(batchSize, total - made);
    const provinceCode = rng.pick(provinces);
    const dist = rng.pick(districtsOf(provinceCode));
    const commune = rng.pick(dist.communes);
    seq++;
    const code = `${provinceCode}-${districtInitials(dist.name)}-${String(seq).padStart(4, '0')}`;
    const forms: CampaignForm[] = [];
    const place = { provinceCode, district: dist.name, commune, referenceYear, ids };
    const team = opts.teamSize && opts.teamSize >= 2 && opts.teamSize < clerks.length ? schedule.team(opts.teamSize) : undefined;
    while (forms.length < size) {
      for (const truth of generateHousehold(rng, place)) {
        if (forms.length >= size) break; // the household's remaining forms are in another batch
        const a = schedule.choose(rng, -1, team);
        const b = schedule.choose(rng, a, team);
        const { pass1, pass2, sameErrors } = keyPair(rng, truth, clerks[a]!, clerks[b]!, { sameErrorRate });
        const [s1, e1] = schedule.book(rng, a, pass1.seconds);
        const [s2, e2] = schedule.book(rng, b, pass2.seconds);
        forms.push({
          formNumber: String(forms.length + 1).padStart(6, '0'),
          truth,
          pass1: {
            keyerCode: clerks[a]!.code,
            values: pass1.values,
            startedAt: new Date(s1),
            submittedAt: new Date(e1),
            errors: pass1.errors,
            variants: pass1.variants,
          },
          pass2: {
            keyerCode: clerks[b]!.code,
            values: pass2.values,
            startedAt: new Date(s2),
            submittedAt: new Date(e2),
            errors: pass2.errors,
            variants: pass2.variants,
          },
          sameErrors,
        });
      }
    }
    made += size;
    yield { code, provinceCode, district: dist.name, commune, forms };
  }
}

/** The whole campaign in memory (use iterateCampaign for large runs). */
export function generateCampaign(seed: number, opts: CampaignOptions): Campaign {
  return { batches: [...iterateCampaign(seed, opts)], clerks: campaignClerks(seed, opts) };
}
