import { createHash } from 'node:crypto';

/** A uniform draw in [0, 1) from (seed, form id): the same form always gets the same draw. */
export function spotDraw(seed: number, formId: number): number {
  return createHash('sha256').update(`${seed}:${formId}`).digest().readUInt32BE(0) / 2 ** 32;
}
