import { describe, expect, it } from 'vitest';
import { clerkRate, isDrawn, isOutOfControl, pairWeight, riskModel, RISK_RULE, spotDraw, spotProbability, type ClerkErrors } from './spot-check.js';

describe('spotDraw', () => {
  it('is a fixed draw in [0, 1) per seed and form', () => {
    expect(spotDraw(1, 42)).toBe(spotDraw(1, 42));
    expect(spotDraw(1, 42)).not.toBe(spotDraw(2, 42));
    for (let id = 1; id < 200; id++) expect(spotDraw(5, id)).toBeGreaterThanOrEqual(0), expect(spotDraw(5, id)).toBeLessThan(1);
  });
});

/** A small deterministic generator (mulberry32), so the synthetic campaign is the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A workforce: good clerks (0.3% per field), 15% average (2×) and a share of poor ones (5-10×,
 * out of control); each measured over 200 forms of 20 fields, errors drawn binomially.
 */
function workforce(n: number, seed: number, poor = 0.02): { rate: number; measured: ClerkErrors }[] {
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const u = i / n;
    const rate = u < 0.85 - poor ? 0.003 : u < 1 - poor ? 0.006 : 0.003 * (5 + 5 * rand());
    const fields = 4000;
    let errors = 0;
    for (let f = 0; f < fields; f++) if (rand() < rate) errors++;
    return { rate, measured: { errors, fields } };
  });
}

/** Forms keyed by random pairs of distinct clerks (weighted equally: each keyed as many fields). */
function campaign(clerks: number, forms: number, seed: number): [number, number][] {
  const rand = rng(seed);
  return Array.from({ length: forms }, () => {
    const a = Math.floor(rand() * clerks);
    let b = Math.floor(rand() * (clerks - 1));
    if (b >= a) b++;
    return [a, b];
  });
}

describe('spotProbability', () => {
  const clerks = workforce(300, 7);
  const pairs = campaign(clerks.length, 60_000, 11);
  const measured = clerks.map((c) => c.measured);

  it('UNIFORM is the share for every pair, and the draw is the one of before (seeded draw below the share)', () => {
    const model = riskModel(measured, 0.05);
    for (const [a, b] of pairs.slice(0, 500)) expect(spotProbability('UNIFORM', 0.05, model, measured[a], measured[b])).toBe(0.05);
    for (let id = 1; id < 2000; id++) expect(isDrawn(42, id, 0.05)).toBe(spotDraw(42, id) < 0.05);
  });

  // With 2% poor clerks, forms with an out-of-control clerk are ~8% of all (some average clerks
  // are out of control too); with the simulator's 5%, ~14%: at a 5% target they take it first.
  it.each([
    [0.02, 0.02],
    [0.05, 0.02],
    [0.1, 0.02],
    [0.2, 0.02],
    [0.05, 0.05],
    [0.2, 0.05],
  ])('RISK draws the target share %s of the campaign (within 10%; %s poor clerks)', (share, poor) => {
    const clerks = workforce(300, 7, poor);
    const measured = clerks.map((c) => c.measured);
    const model = riskModel(measured, share);
    let drawn = 0;
    pairs.forEach(([a, b], i) => (drawn += isDrawn(9, i + 1, spotProbability('RISK', share, model, measured[a], measured[b])) ? 1 : 0));
    expect(drawn / pairs.length).toBeGreaterThan(share * 0.9);
    expect(drawn / pairs.length).toBeLessThan(share * 1.1);
    // The expectation itself, without the draw's noise: within 3%.
    const expected = pairs.reduce((s, [a, b]) => s + spotProbability('RISK', share, model, measured[a], measured[b]), 0) / pairs.length;
    expect(Math.abs(expected - share) / share).toBeLessThan(0.03);
  });

  it('RISK draws weaker pairs more, and every form of an out-of-control clerk while the target allows it', () => {
    const share = 0.2;
    const model = riskModel(measured, share);
    const pBar = model.populationRate!;
    expect(model.outScale).toBe(Infinity);
    const good = measured.filter((c) => c.errors / c.fields < 0.003 && !isOutOfControl(c, pBar));
    const avg = measured.find((c, i) => clerks[i].rate === 0.006 && !isOutOfControl(c, pBar))!;
    const out = measured.filter((c) => isOutOfControl(c, pBar));
    expect(out.length).toBeGreaterThan(5);
    const pGood = spotProbability('RISK', share, model, good[0], good[1]);
    const pMixed = spotProbability('RISK', share, model, good[0], avg);
    expect(pGood).toBeLessThan(share);
    expect(pMixed).toBeGreaterThan(pGood);
    expect(spotProbability('RISK', share, model, good[0], out[0])).toBe(1);
    expect(spotProbability('RISK', share, model, out[0], undefined)).toBe(1);
    // A good pair is still checked: the floor.
    expect(pGood).toBeGreaterThanOrEqual(share * model.scale * RISK_RULE.floor);

    // Measured over the campaign: forms of pairs with a poor clerk are drawn several times as often.
    const rate = (s: number, pick: (a: number, b: number) => boolean) => {
      const m = riskModel(measured, s);
      let n = 0, d = 0;
      pairs.forEach(([a, b], i) => {
        if (!pick(a, b)) return;
        n++;
        if (isDrawn(3, i + 1, spotProbability('RISK', s, m, measured[a], measured[b]))) d++;
      });
      return d / n;
    };
    const poor = (i: number) => clerks[i].rate > 0.006;
    for (const s of [0.05, 0.2]) expect(rate(s, (a, b) => poor(a) || poor(b))).toBeGreaterThan(3 * rate(s, (a, b) => !poor(a) && !poor(b)));
  });

  it('when out-of-control clerks would take more than the target, their forms get what the others leave', () => {
    const share = 0.05;
    const model = riskModel(measured, share);
    const pBar = model.populationRate!;
    expect(model.scale).toBe(RISK_RULE.minScale);
    expect(model.outScale).toBeLessThan(Infinity);
    const good = measured.filter((c) => !isOutOfControl(c, pBar));
    const out = measured.filter((c) => isOutOfControl(c, pBar));
    const pIn = spotProbability('RISK', share, model, good[0], good[1]);
    expect(pIn).toBeGreaterThan(0);
    expect(spotProbability('RISK', share, model, good[0], out[0])).toBeGreaterThan(5 * pIn);
    // A single wild clerk: the whole target goes to the pairs they keyed, but the others keep their minimum.
    const pop: ClerkErrors[] = [...Array.from({ length: 10 }, () => ({ errors: 4, fields: 2000 })), { errors: 200, fields: 2000 }];
    const wild = riskModel(pop, 0.05);
    expect(wild.scale).toBe(RISK_RULE.minScale);
    expect(spotProbability('RISK', 0.05, wild, pop[0], pop[1])).toBeGreaterThan(0);
  });

  it('RISK is the same draw for the same seed, and another draw for another seed', () => {
    const model = riskModel(measured, 0.1);
    const drawn = (seed: number) => pairs.slice(0, 3000).map(([a, b], i) => isDrawn(seed, i + 1, spotProbability('RISK', 0.1, model, measured[a], measured[b])));
    expect(drawn(5)).toEqual(drawn(5));
    expect(drawn(5)).not.toEqual(drawn(6));
  });

  it('RISK draws uniformly while nothing is measured, and counts a new clerk as average', () => {
    expect(riskModel([], 0.05).populationRate).toBeNull();
    expect(riskModel([{ errors: 0, fields: 5000 }], 0.05).populationRate).toBeNull();
    expect(spotProbability('RISK', 0.05, riskModel([], 0.05), undefined, undefined)).toBe(0.05);
    expect(spotProbability('RISK', 0.05, null, { errors: 50, fields: 100 }, undefined)).toBe(0.05);
    expect(clerkRate(undefined, 0.004)).toBeCloseTo(0.004, 12);
    expect(pairWeight(0.004, 0.004, 0.004)).toBeCloseTo(1, 12);
    // Two errors in a first form: above average, not the worst of the campaign.
    expect(clerkRate({ errors: 2, fields: 20 }, 0.004)).toBeLessThan(0.006);
  });

  it('calls a clerk out of control exactly as the outOfControlKeyers report does (above p̄ + 3·sqrt(p̄(1−p̄)/n))', () => {
    const pBar = 0.004;
    const limit = pBar + 3 * Math.sqrt((pBar * (1 - pBar)) / 10_000);
    expect(isOutOfControl({ errors: Math.floor(limit * 10_000), fields: 10_000 }, pBar)).toBe(false);
    expect(isOutOfControl({ errors: Math.floor(limit * 10_000) + 1, fields: 10_000 }, pBar)).toBe(true);
    expect(isOutOfControl({ errors: 0, fields: 0 }, pBar)).toBe(false);
    expect(isOutOfControl(undefined, pBar)).toBe(false);
  });

  it('a share of 100% draws every form', () => {
    const model = riskModel(measured, 1);
    for (const [a, b] of pairs.slice(0, 2000)) expect(spotProbability('RISK', 1, model, measured[a], measured[b])).toBe(1);
  });
});
