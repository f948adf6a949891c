import { describe, expect, it } from 'vitest';
import { spotDraw } from './spot-check.js';

describe('spotDraw', () => {
  it('is a fixed draw in [0, 1) per seed and form', () => {
    expect(spotDraw(1, 42)).toBe(spotDraw(1, 42));
    expect(spotDraw(1, 42)).not.toBe(spotDraw(2, 42));
    for (let id = 1; id < 200; id++) expect(spotDraw(5, id)).toBeGreaterThanOrEqual(0), expect(spotDraw(5, id)).toBeLessThan(1);
  });
});
