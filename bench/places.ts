/**
 * Cost and quality of the place checks (not part of `npm run bench`):
 *   node --expose-gc --import @swc-node/register/esm-register bench/places.ts
 * Prints the memory the official list adds, checks and suggestions per second, and how often a
 * commune misread by one letter gets its true name among the first five suggestions.
 */
import { checkPlace, fullName, placeIndex, placeKey, suggestPlaces } from '../server/src/domain/places.js';
import { misreadOne, seeded, writeUnit } from '../server/src/domain/places.fixtures.js';

const gc = (globalThis as { gc?: () => void }).gc;
const settle = () => {
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage();
};

const before = settle();
let t = performance.now();
const ix = placeIndex();
const buildMs = performance.now() - t;
const after = settle();
const mb = (n: number) => (n / 2 ** 20).toFixed(1);
console.log(`load: ${buildMs.toFixed(0)} ms; RSS +${mb(after.rss - before.rss)} MB, heap +${mb(after.heapUsed - before.heapUsed)} MB${gc ? '' : ' (run with --expose-gc for settled figures)'}`);

/** Runs f over the inputs for at least a second; returns calls per second. */
function rate(inputs: string[], f: (v: string) => unknown): number {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) for (const v of inputs) (f(v), calls++);
  return calls / ((performance.now() - start) / 1000);
}

const pick = seeded(7);
const sample = Array.from({ length: 2000 }, (_, i) => ix.communes[Math.floor(pick() * ix.communes.length)]!);
const addresses = sample.map((u, i) => `Số ${i % 300 + 1}, đường Lê Lợi, ${writeUnit(u, { spelling: i, separator: i, upper: false, nfd: i % 9 === 0, oldTones: i % 4 === 0, pad: false })}`);
const misread = sample.map((u) => misreadOne(u, pick) ?? fullName(u));
const communeOnly = misread.map((v) => v.split(', ')[0]!);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`placeKey, addresses:                         ${fmt(rate(addresses, placeKey))}/s`);
console.log(`checkPlace, valid addresses:                 ${fmt(rate(addresses, (v) => checkPlace(v, { kind: 'address' })))}/s`);
console.log(`checkPlace, one letter misread:              ${fmt(rate(misread, (v) => checkPlace(v, { kind: 'place' })))}/s`);
console.log(`suggestPlaces, misread commune, known district: ${fmt(rate(misread, (v) => suggestPlaces(v)))}/s`);
console.log(`suggestPlaces, misread commune alone (scan):  ${fmt(rate(communeOnly.slice(0, 200), (v) => suggestPlaces(v)))}/s`);

// Quality over every commune: one letter misread, each once.
t = performance.now();
let flagged = 0, top1 = 0, top5 = 0, stillReal = 0, noLetters = 0;
const q = seeded(2024);
for (const u of ix.communes) {
  const v = misreadOne(u, q);
  if (v === null) {
    noLetters++;
    continue;
  }
  if (!checkPlace(v, { kind: 'place' }).length) {
    stillReal++;
    continue;
  }
  flagged++;
  const s = suggestPlaces(v, 5);
  if (s[0] === fullName(u)) top1++;
  if (s.includes(fullName(u))) top5++;
}
const pct = (n: number) => ((100 * n) / flagged).toFixed(2) + '%';
console.log(
  `misread one letter, all ${ix.communes.length} communes: ${flagged} flagged, ${stillReal} still a real unit, ${noLetters} without letters; ` +
    `true name first ${pct(top1)}, in top 5 ${pct(top5)} (${((performance.now() - t) / 1000).toFixed(1)} s)`,
);
