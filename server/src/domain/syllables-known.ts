/**
 * Attested words that the rules would flag, accepted as written (lowercase). Add a word only with
 * where it comes from.
 */
export const KNOWN_WORDS: ReadonlySet<string> = new Set<string>([
  // Communes in the statistics office's list (2021-2022): Ia Púch writes ch after u; Cơ Tu and
  // Bahnar double a vowel to make it long (Hà Rooi, Đăk Cooi) where Telex would read ô.
  'púch', 'rooi', 'cooi',
  // Cơ Tu clan name.
  'coor',
  // Common foreign names (English, Korean, Chinese, Malay, Dutch, Arabic) that Telex keys would
  // read as one Vietnamese syllable (Max -> mã, Lee -> lê, Moon -> môn), from a check of ~230
  // frequent names. Beside Vietnamese words they would otherwise be flagged.
  'dawn', 'dee', 'dex', 'lux', 'max', 'rex', 'lee', 'hee', 'soo', 'moon', 'hoon', 'soon', 'boon',
  'chow', 'low', 'loo', 'hoo', 'khoo', 'ooi', 'raj', 'noor', 'rauf', 'kees', 'daan', 'haan', 'taan',
]);
