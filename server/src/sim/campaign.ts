/**
 * A whole simulated keying campaign: batches of DC01 forms per commune (one to three batches a
 * commune; a household that does not fit goes on in the next batch, and a few members' forms come
 * one to three batches late), each form keyed blind by two different clerks from the same scan,
 * with plausible timestamps. `iterateCampaign` streams batch by batch so a
 * million forms never sit in memory at once; `generateCampaign` collects them for small runs.
 */
import { WeightedTable, createRng, deriveSeed, type Rng } from './rng.js';
import { DETAILED_PROVINCE_CODES, PROVINCES, districtInitials, districtsOf } from './provinces.js';
import { CitizenIdAllocator, DEFAULT_REFERENCE_YEAR, generateHousehold, type PersonRecord } from './people.js';
import { keyPair, makeClerks, type Ambiguity, type Clerk, type KeyedVariant, type KeyingError } from './errors.js';

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
  /** Identical misreadings per field for two average clerks (misreading.ts). Default 0.0001. */
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
  variants: KeyedVariant[];
}

export interface CampaignForm {
  formNumber: string;
  truth: PersonRecord;
  /** The household the person belongs to (its other members' forms may be in other batches). */
  household: string;
  /** The scan's ambiguous spots: what a fooled clerk, reviewer or spot checker reads. */
  ambiguities: Record<string, Ambiguity>;
  pass1: CampaignPass;
  pass2: CampaignPass;
  /** Errors both clerks made identically (also listed in each pass's errors): misreadings, rarely slips. */
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
/** Batches (boxes) per commune. */
const RUN_LENGTH = new WeightedTable<number>([[1, 5], [2, 3], [3, 2]]);
/** Chance a member's form arrives one to three batches after the rest of the household's. */
const LATE_FORM = 0.03;

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

  // Forms of households begun in an earlier batch, each not before a batch number: the rest of a
  // household that did not fit, or a member whose form came in later.
  const pending: { truth: PersonRecord; household: string; notBefore: number }[] = [];
  let made = 0;
  let seq = 0;
  let households = 0;
  let runLeft = 0;
  let place = { provinceCode: '', district: '', commune: '', referenceYear, ids };
  while (made < total) {
    const size = Math.min(batchSize, total - made);
    if (runLeft === 0) {
      // The forms of a commune arrive in one to three boxes.
      const provinceCode = rng.pick(provinces);
      const dist = rng.pick(districtsOf(provinceCode));
      place = { provinceCode, district: dist.name, commune: rng.pick(dist.communes), referenceYear, ids };
      runLeft = RUN_LENGTH.pick(rng);
    }
    runLeft--;
    seq++;
    const code = `${place.provinceCode}-${districtInitials(place.district)}-${String(seq).padStart(4, '0')}`;
    const people: { truth: PersonRecord; household: string }[] = [];
    for (let i = 0; i < pending.length && people.length < size; ) {
      if (pending[i]!.notBefore <= seq) people.push(...pending.splice(i, 1));
      else i++;
    }
    while (people.length < size) {
      const household = `H${++households}`;
      generateHousehold(rng, place).forEach((truth, i) => {
        const late = i > 0 && rng.chance(LATE_FORM);
        if (!late && people.length < size) people.push({ truth, household });
        else pending.push({ truth, household, notBefore: seq + (late ? rng.int(1, 3) : 1) });
      });
    }
    const team = opts.teamSize && opts.teamSize >= 2 && opts.teamSize < clerks.length ? schedule.team(opts.teamSize) : undefined;
    const forms = people.map(({ truth, household }, i): CampaignForm => {
      const a = schedule.choose(rng, -1, team);
      const b = schedule.choose(rng, a, team);
      const { pass1, pass2, sameErrors, ambiguities } = keyPair(rng, truth, clerks[a]!, clerks[b]!, { sameErrorRate });
      const [s1, e1] = schedule.book(rng, a, pass1.seconds);
      const [s2, e2] = schedule.book(rng, b, pass2.seconds);
      const pass = (c: Clerk, k: typeof pass1, s: number, e: number): CampaignPass => ({
        keyerCode: c.code, values: k.values, startedAt: new Date(s), submittedAt: new Date(e), errors: k.errors, variants: k.variants,
      });
      return {
        formNumber: String(i + 1).padStart(6, '0'),
        truth,
        household,
        ambiguities,
        pass1: pass(clerks[a]!, pass1, s1, e1),
        pass2: pass(clerks[b]!, pass2, s2, e2),
        sameErrors,
      };
    });
    made += size;
    yield { code, provinceCode: place.provinceCode, district: place.district, commune: place.commune, forms };
  }
}

/** The whole campaign in memory (use iterateCampaign for large runs). */
export function generateCampaign(seed: number, opts: CampaignOptions): Campaign {
  return { batches: [...iterateCampaign(seed, opts)], clerks: campaignClerks(seed, opts) };
}
