import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSyllable, spell, type Tone } from './syllables-grammar.js';
import { toNewToneStyle, toOldToneStyle, withTone } from './vietnamese.js';

// The standard rime table, written out here independently of the parser's tables: what a
// Vietnamese spelling textbook lists (spelled as after a consonant).
const RIMES = `a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e eo ec em en eng ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu y
o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt ư ưa ưc ưi ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
oa oac oach oai oam oan oang oanh oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu uơ`.split(/\s+/);
const INITIALS = ' b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x'.split(' ');
const STOPS = ['c', 'ch', 'p', 't'];
const MEDIAL = /^(o[aăe]|u[âêyơ])/;

/** Every (initial, rime) the spelling rules allow, spelled; tones are added by the caller. */
function grammar(): string[] {
  const out: string[] = [];
  for (const ini of INITIALS) {
    for (const rime of RIMES) {
      const medial = MEDIAL.test(rime);
      const front = /^[iyeê]/.test(rime);
      if (ini === 'qu') {
        // q only with the medial u: oa/oă/oe are spelled ua/uă/ue after it.
        if (medial) out.push('qu' + rime.slice(1));
        continue;
      }
      if (['c', 'k', 'gh', 'ngh', 'gi'].includes(ini) && medial) continue;
      if (['k', 'gh', 'ngh'].includes(ini) !== front && ['c', 'k', 'g', 'gh', 'ng', 'ngh'].includes(ini)) continue;
      if (ini === 'gi') {
        // gi shares its i: gì, gìn, giếng.
        out.push(rime.startsWith('i') ? 'g' + rime : 'gi' + rime);
        continue;
      }
      // Without an initial iê is spelled yê (yên, yêu); ia and y stand as they are.
      out.push(ini === '' && rime.startsWith('iê') ? 'y' + rime.slice(1) : ini + rime);
    }
  }
  return [...new Set(out)];
}

/** The syllable with tone `t` on its main vowel (parse places nothing: any vowel works). */
function toned(base: string, t: Tone): string {
  const vowels = [...base].map((c, i) => ({ c, i })).filter(({ c }) => 'aăâeêioôơuưy'.includes(c));
  // Main vowel: second of a diphthong before a final, else the last vowel not a semivowel final.
  let at = vowels[0]!.i;
  if (vowels.length > 1) at = vowels[1]!.i;
  const chars = [...base];
  chars[at] = withTone(chars[at]!, t);
  return chars.join('');
}

const ALL = grammar();
const finalOf = (s: string) => /(ch|nh|ng|[cmnpt])$/.exec(s)?.[1] ?? '';

describe('parseSyllable', () => {
  it('parses the parts of common names and words', () => {
    const p = (w: string) => {
      const r = parseSyllable(w);
      if (!r.ok) throw new Error(`${w}: ${r.fault}`);
      const { initial, medial, nucleus, final, tone } = r.syllable;
      return [initial, medial, nucleus, final, tone].join('|');
    };
    expect(p('Nguyễn')).toBe('ng|u|yê|n|4');
    expect(p('Quỳnh')).toBe('qu|u|y|nh|1');
    expect(p('giếng')).toBe('gi||iê|ng|2');
    expect(p('gì')).toBe('gi||i||1');
    expect(p('khuya')).toBe('kh|u|ya||0');
    expect(p('Hoà')).toBe('h|o|a||1');
    expect(p('người')).toBe('ng||ươ|i|1');
    expect(p('Yến')).toBe('||yê|n|2');
    expect(p('quốc')).toBe('qu|u|ô|c|2');
    expect(p('ĐỨC')).toBe('đ||ư|c|2');
  });

  it(`accepts every syllable of the grammar with every tone its final allows (${ALL.length} spellings)`, () => {
    const rejected: string[] = [];
    for (const base of ALL) {
      const tones: Tone[] = STOPS.includes(finalOf(base)) ? [2, 5] : [0, 1, 2, 3, 4, 5];
      for (const t of tones) {
        const w = toned(base, t);
        if (!parseSyllable(w).ok) rejected.push(w);
      }
    }
    expect(rejected).toEqual([]);
  });

  it('rejects huyền, hỏi and ngã (and no mark) on a stop final', () => {
    for (const base of ALL.filter((b) => STOPS.includes(finalOf(b)))) {
      for (const t of [1, 3, 4] as Tone[]) expect(parseSyllable(toned(base, t)).ok, toned(base, t)).toBe(false);
      expect(parseSyllable(base).ok).toBe(false);
      expect(parseSyllable(base, { toneless: true }).ok).toBe(true);
    }
  });

  it('rejects spellings against the c/k, g/gh, ng/ngh and q rules', () => {
    for (const w of ['ci', 'cem', 'kan', 'kuân', 'gen', 'ghan', 'nghua', 'ngi', 'ngê', 'qa', 'quu', 'cuy', 'ghoa', 'kiêu'.replace('k', 'c')]) {
      expect(parseSyllable(w, { toneless: true }).ok, w).toBe(false);
    }
  });

  it('rejects what no rime allows: doubled finals, nh after â, two tones, letters of other alphabets', () => {
    expect(parseSyllable('Nguyễnn')).toEqual({ ok: false, fault: 'rime' });
    expect(parseSyllable('Trầnh')).toEqual({ ok: false, fault: 'rime' });
    expect(parseSyllable('Hòá')).toEqual({ ok: false, fault: 'twoTones' });
    expect(parseSyllable('Ksor')).toEqual({ ok: false, fault: 'rime' });
    expect(parseSyllable('Müller')).toEqual({ ok: false, fault: 'letter' });
    expect(parseSyllable('HCM')).toEqual({ ok: false, fault: 'noVowel' });
    expect(parseSyllable('Đừc')).toEqual({ ok: false, fault: 'tone' });
  });

  it('gives the same verdict in NFC, NFD, old and new tone placement and any letter case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.integer({ min: 0, max: 5 }), fc.boolean(), (base, t, upper) => {
        const w = toned(base, t as Tone);
        const verdict = parseSyllable(w).ok;
        for (const v of [w.normalize('NFD'), toOldToneStyle(w), toNewToneStyle(w), upper ? w.toUpperCase() : w]) {
          expect(parseSyllable(v.normalize('NFC')).ok).toBe(verdict);
        }
      }),
    );
  });

  it('spells out what it parsed (round trip through spell)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.integer({ min: 0, max: 5 }), (base, t) => {
        const r = parseSyllable(toned(base, t as Tone));
        if (!r.ok) return;
        const again = parseSyllable(spell(r.syllable));
        expect(again).toEqual(r);
        expect(spell(r.syllable)).toBe(toNewToneStyle(spell(r.syllable)));
      }),
    );
  });
});
