/**
 * Batch codes name folders (DATA_DIR/exports/<code>/) and appear in file names and CSV cells, so
 * they are plain words: 1 to 50 letters, digits, '-', '_' or '.', starting with a letter or digit
 * and not ending with '.'. So never '.', '..', a path separator or a hidden file name; and no
 * trailing dot, which Windows drops (A. and A would be one folder there).
 */
const BATCH_CODE = /^[\p{L}\p{N}](?:[\p{L}\p{N}._-]{0,48}[\p{L}\p{N}_-])?$/u;

export const BATCH_CODE_RULE = "1 to 50 letters, digits, '-', '_' or '.', starting with a letter or digit and not ending with '.'";

export const isBatchCode = (s: string): boolean => BATCH_CODE.test(s);
