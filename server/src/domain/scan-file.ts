/**
 * What a scanned form file is: its format from its bytes (never from its name alone), and which
 * form it is from its name or a manifest. Plain functions: the CLI, the upload route and the
 * tests share them.
 */
import { FORM_NUMBER_REASON, isFormNumber } from './codes.js';

export const SCAN_FORMATS = ['svg', 'png', 'jpg', 'pdf'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export const SCAN_CONTENT_TYPE: Record<ScanFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  pdf: 'application/pdf',
};

/** File name endings taken as scans (lower-cased); anything else in a folder is reported, not read as a scan. */
const EXTENSIONS: Record<string, ScanFormat> = { svg: 'svg', png: 'png', jpg: 'jpg', jpeg: 'jpg', pdf: 'pdf' };

export const isScanFormat = (s: string): s is ScanFormat => (SCAN_FORMATS as readonly string[]).includes(s);

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IEND = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * The format of a whole image file, or why it is not one. A file cut short (a copy interrupted, a
 * scanner that crashed) is refused here too: its end marker is missing.
 */
export function sniffScan(bytes: Uint8Array): { format: ScanFormat } | { problem: string } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length === 0) return { problem: 'is empty' };
  if (b.subarray(0, 8).equals(PNG_HEAD)) {
    // The last chunk of every PNG is IEND with its fixed CRC.
    return b.length >= 20 && b.subarray(b.length - 8).equals(PNG_IEND) ? { format: 'png' } : { problem: 'is a damaged PNG (cut short: no end chunk)' };
  }
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    // End of image marker, possibly followed by padding some scanners add.
    const tail = b.subarray(Math.max(0, b.length - 64));
    return tail.includes(Buffer.from([0xff, 0xd9])) ? { format: 'jpg' } : { problem: 'is a damaged JPEG (cut short: no end marker)' };
  }
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') {
    const tail = b.subarray(Math.max(0, b.length - 1024)).toString('latin1');
    return tail.includes('%%EOF') ? { format: 'pdf' } : { problem: 'is a damaged PDF (cut short: no %%EOF)' };
  }
  // SVG is text: UTF-8 (a BOM allowed), an optional XML prolog and comments, then <svg ... </svg>.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, Math.min(b.length, 4096)));
  if (/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text)) {
    const whole = new TextDecoder('utf-8', { fatal: false }).decode(b);
    if (!/<\/svg>\s*$/i.test(whole)) return { problem: 'is a damaged SVG (cut short: no closing </svg>)' };
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return { problem: 'is an SVG that is not valid UTF-8' };
    }
    return { format: 'svg' };
  }
  return { problem: 'is not an image (PNG, JPEG, PDF or SVG)' };
}

/** The format a file name announces, or null when its ending is not one of a scan. */
export function formatOfName(name: string): ScanFormat | null {
  const m = /\.([A-Za-z]+)$/.exec(name);
  return m ? (EXTENSIONS[m[1].toLowerCase()] ?? null) : null;
}

/** `000123.png` → `000123`; null with the reason when the name cannot be a form number. */
export function formNumberOfName(name: string): { formNumber: string } | { problem: string } {
  const stem = name.replace(/\.[A-Za-z]+$/, '');
  if (stem === name) return { problem: 'has no file ending (.png, .jpg, .pdf or .svg)' };
  return isFormNumber(stem) ? { formNumber: stem } : { problem: `does not name a form number: the name without its ending ${FORM_NUMBER_REASON}` };
}

export const MANIFEST_NAME = 'manifest.csv';

/**
 * `manifest.csv` of a scan folder: a header `file,formNumber`, then one line per file (no quoting:
 * neither a file name we accept nor a form number holds a comma). Errors by line.
 */
export function parseManifest(text: string): { map: Map<string, string>; problems: { line: number; reason: string }[] } {
  const map = new Map<string, string>();
  const problems: { line: number; reason: string }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((s) => s.trim());
  if (header[0] !== 'file' || header[1] !== 'formNumber' || header.length !== 2) {
    problems.push({ line: 1, reason: 'the header must be file,formNumber' });
    return { map, problems };
  }
  const numbers = new Set<string>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',').map((s) => s.trim());
    if (cells.length !== 2) return problems.push({ line, reason: 'must have two cells: file,formNumber' });
    const [file, formNumber] = cells;
    if (!isFormNumber(formNumber)) return problems.push({ line, reason: `formNumber ${FORM_NUMBER_REASON}` });
    if (map.has(file)) return problems.push({ line, reason: `file ${file} is listed twice` });
    if (numbers.has(formNumber)) return problems.push({ line, reason: `form ${formNumber} is listed twice` });
    map.set(file, formNumber);
    numbers.add(formNumber);
  });
  return { map, problems };
}
