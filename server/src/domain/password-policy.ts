import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** The one password policy: every path that sets a password (createUser, changePassword, the CLI) asks it. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longer passwords are refused: hashing megabytes per guess would be a cheap denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;
/** zxcvbn's 0..4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_SCORE = 3;
/** Name parts shorter than this (Văn, Thị, Lan, Minh) are too common to forbid inside a password. */
const MIN_NAME_PART = 5;

/** Why zxcvbn thinks a password is weak, in words (its own feedback needs a translation package). */
const WARNINGS: Record<string, string> = {
  straightRow: 'is a straight row of keys',
  keyPattern: 'is a keyboard pattern',
  simpleRepeat: 'repeats characters (aaa)',
  extendedRepeat: 'repeats a pattern (abcabc)',
  sequences: 'is a sequence (abc, 1234)',
  recentYears: 'relies on a recent year',
  dates: 'relies on a date',
  topTen: 'is one of the ten most used passwords',
  topHundred: 'is one of the hundred most used passwords',
  common: 'is a commonly used password',
  similarToCommon: 'is a small variation of a commonly used password',
  wordByItself: 'is a single word',
  namesByThemselves: 'is a name',
  commonNames: 'relies on common names',
  userInputs: 'contains personal data',
  pwned: 'appears in leaked password lists',
};

let factory: Promise<ZxcvbnFactory> | undefined;

/** zxcvbn's dictionaries take ~70 ms and some memory to load: once per process, on first use. */
function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]);
    return new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  })();
  return factory;
}

/** Lower case, no tone marks or đ, letters and digits only: "Nguyễn Văn-An" → "nguyenvanan". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface PasswordOwner {
  username?: string | null;
  displayName?: string | null;
}

/**
 * The reason a password is refused, or null when it is acceptable. Length is counted in characters
 * (code points, after NFC, as the hash sees it) at the low end, in UTF-16 units at the high end.
 */
export async function passwordProblem(password: string, owner: PasswordOwner = {}): Promise<string | null> {
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const folded = fold(password);
  const username = fold(owner.username ?? '');
  if (username.length >= 3 && folded.includes(username)) return 'must not contain the username';
  const nameParts = (owner.displayName ?? '').split(/[\s.,'’()-]+/).map(fold).filter((p) => p.length >= MIN_NAME_PART);
  const wholeName = fold(owner.displayName ?? '');
  if ((wholeName.length >= 4 && folded.includes(wholeName)) || nameParts.some((p) => folded.includes(p))) return 'must not contain the name of its owner';
  const result = (await zxcvbn()).check(password, [owner.username ?? '', ...nameParts].filter(Boolean));
  if (result.score < MIN_SCORE) {
    const why = result.feedback.warning ? WARNINGS[result.feedback.warning] : undefined;
    return `is too easy to guess${why ? ` (it ${why})` : ''}: use a longer passphrase of several unrelated words`;
  }
  return null;
}
