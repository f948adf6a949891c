/**
 * A picture of a filled paper DC01 form ("Phiếu thu thập thông tin dân cư") for the demo's scan
 * panel: printed Vietnamese labels, the true values "handwritten" in blue ink, ID numbers in boxes,
 * a faint paper background. Pure and deterministic (same input, same string); everything is inline
 * (no web fonts, no links), so the file can be served as-is from any origin.
 *
 * Each field also has a named view: `<img src="/scans/B/000001.svg#field-fullName">` shows only
 * that field's line of the form, large (SVG view fragments; Chromium and Firefox support them).
 */
import { DC01, type FieldDef } from '../domain/template.js';
import { createRng, type Rng } from './rng.js';

export interface ScanMeta {
  batchCode: string;
  formNumber: string;
  provinceName?: string;
}

/** A4 at 150 dpi. */
const W = 1240;
const H = 1754;
const MARGIN = 96;
const RIGHT = W - MARGIN;

const PRINT_FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";
/** Handwriting first; whatever the viewer has, the italic keeps it looking written. */
const HAND_FONT = "'Segoe Script', 'Bradley Hand', 'Comic Sans MS', 'Chalkboard SE', 'URW Chancery L', 'Z003', cursive";
const INK = '#1f3c98';
const PRINT = '#1d1d1f';

const LABEL_SIZE = 21;
const HAND_SIZE = 30;
/** Line pitch of the body; a form with many long values gets tighter lines to keep one page. */
const ROW = 47;
const MIN_ROW = 28;
const MAX_LINES = 3;
const BODY_TOP = 362;
const BODY_END = 1500;
/** Rough average advance per character, in em (estimates only: wrapping and label ends). */
const LABEL_EM = 0.47;
const HAND_EM = 0.47;

const BOX_W = 32;
const BOX_H = 40;

/** Rows of the printed form: field keys sharing a line, with their share of the width. */
const LAYOUT: [string, number][][] = [
  [['fullName', 1]],
  [['otherName', 1]],
  [['dateOfBirth', 0.58], ['sex', 0.42]],
  [['citizenId', 1]],
  [['oldIdNumber', 1]],
  [['birthRegistrationPlace', 1]],
  [['hometown', 1]],
  [['ethnicity', 0.3], ['religion', 0.38], ['nationality', 0.32]],
  [['maritalStatus', 0.58], ['bloodType', 0.42]],
  [['permanentAddress', 1]],
  [['currentAddress', 1]],
  [['fatherName', 1]],
  [['fatherCitizenId', 1]],
  [['motherName', 1]],
  [['motherCitizenId', 1]],
  [['spouseName', 1]],
  [['spouseCitizenId', 1]],
  [['representativeName', 1]],
  [['representativeCitizenId', 1]],
  [['householdHeadName', 1]],
  [['householdHeadCitizenId', 1]],
  [['relationToHead', 0.5], ['phone', 0.5]],
];

/** Characters XML 1.0 does not allow at all (they cannot even be escaped). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** FNV-1a over the UTF-16 code units: the seed of the form's "handwriting". */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const n1 = (x: number) => (Math.round(x * 10) / 10).toString();
const estLabel = (s: string, size = LABEL_SIZE) => [...s].length * size * LABEL_EM;
const estHand = (s: string, size = HAND_SIZE) => [...s].length * size * HAND_EM;

/** Splits a value into lines no wider than the given widths (the last width repeats). */
function wrap(value: string, widths: number[], size: number): string[] {
  const words = value.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const width = widths[Math.min(lines.length, widths.length - 1)];
    const next = cur ? cur + ' ' + w : w;
    if (cur && estHand(next, size) > width) {
      lines.push(cur);
      cur = w;
    } else {
      cur = next;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Handwritten text: one <text> per line with per-glyph baseline offsets (`dy`, a bounded random
 * walk) and tilts (`rotate`), so the string itself stays whole and readable in the markup.
 * Long lines get `textLength` (the layout's estimate, at most `maxWidth`): whichever cursive font
 * the viewer has, wide or narrow, the writing stays on its dotted line and on the page.
 */
function hand(rng: Rng, text: string, x: number, y: number, opts: { size?: number; anchor?: 'middle'; cls?: string; maxWidth?: number } = {}): string {
  const chars = [...text];
  const size = opts.size ?? HAND_SIZE;
  const dys: string[] = [];
  const rots: string[] = [];
  let level = 0;
  for (let i = 0; i < chars.length; i++) {
    const target = Math.max(-1.6, Math.min(1.6, level + (rng.next() - 0.5) * 1.4));
    dys.push(n1(target - level));
    level = target;
    rots.push(n1((rng.next() - 0.5) * 5));
  }
  const tilt = n1((rng.next() - 0.5) * 1.6);
  const xx = x + (rng.next() - 0.5) * 4;
  const yy = y + (rng.next() - 0.5) * 3;
  const anchor = opts.anchor ? ` text-anchor="${opts.anchor}"` : '';
  const one = chars.length === 1;
  // Only where a wider font than expected could run past the line: short words keep their shape.
  const est = estHand(text, size);
  const pin = !one && opts.maxWidth !== undefined && est * 1.35 > opts.maxWidth;
  const length = pin ? ` textLength="${n1(Math.min(est, opts.maxWidth!))}" lengthAdjust="spacingAndGlyphs"` : '';
  return (
    `<text class="${opts.cls ?? 'v'}" x="${n1(xx)}" y="${n1(yy)}"${anchor} font-size="${size}" transform="rotate(${tilt} ${n1(xx)} ${n1(yy)})"` +
    (one ? '' : ` dy="${dys.join(' ')}" rotate="${rots.join(' ')}"`) +
    length +
    `>${escapeXml(text)}</text>`
  );
}

function dots(x1: number, x2: number, y: number): string {
  if (x2 - x1 < 8) return '';
  return `<line class="dots" x1="${n1(x1)}" y1="${n1(y)}" x2="${n1(x2)}" y2="${n1(y)}"/>`;
}

interface Drawn {
  svg: string;
  height: number;
}

/** "1. Họ, chữ đệm và tên khai sinh:" printed, the value written over a dotted line. */
function drawTextField(rng: Rng, no: number, field: FieldDef, value: string | null, x: number, y: number, width: number, row: number): Drawn {
  const label = `${no}. ${field.labelVi}:`;
  const parts: string[] = [`<text class="l" x="${n1(x)}" y="${n1(y)}">${escapeXml(label)}</text>`];
  const start = x + estLabel(label) + 14;
  const end = x + width - 14;
  const cont = x + 28;
  // Handwriting shrinks a little with tight lines; beyond that the writer squeezes the value in.
  const base = Math.min(HAND_SIZE, row - 8);
  let lines = value ? wrap(value, [end - start, end - cont], base) : [];
  const squeeze = (text: string, width: number) => Math.max(18, Math.min(base, Math.floor((base * width) / estHand(text, base) / 0.8)));
  const sizes = lines.map(() => base);
  if (width < RIGHT - MARGIN && lines.length > 1) {
    // A shared line (not full width) never wraps.
    lines = [value!];
    sizes[0] = squeeze(value!, end - start);
  } else if (lines.length > MAX_LINES) {
    // At most three lines: the rest goes on the last one, smaller.
    lines = [...lines.slice(0, MAX_LINES - 1), lines.slice(MAX_LINES - 1).join(' ')];
    sizes[MAX_LINES - 1] = squeeze(lines[MAX_LINES - 1], end - cont);
  }
  const rows = Math.max(1, lines.length);
  for (let i = 0; i < rows; i++) {
    const ly = y + i * row;
    const lx = i === 0 ? start : cont;
    parts.push(dots(lx - 6, end + 8, ly + 5));
    if (lines[i]) parts.push(hand(rng, lines[i], lx, ly - 3, { size: sizes[i], maxWidth: end - lx }));
  }
  return { svg: parts.join(''), height: rows * row };
}

/** Digits in printed boxes, as on the form: 12 for the personal ID, 9 or 12 for the old ID card. */
function drawBoxField(rng: Rng, no: number, field: FieldDef, value: string | null, x: number, y: number, row: number): Drawn {
  const label = `${no}. ${field.labelVi}:`;
  const parts: string[] = [`<text class="l" x="${n1(x)}" y="${n1(y)}">${escapeXml(label)}</text>`];
  const compact = value?.replace(/\s+/g, '') ?? '';
  const boxes = field.type === 'OLD_ID' ? (compact.length > 9 ? 12 : 9) : 12;
  const fits = compact.length <= boxes;
  // Every box row starts in the same column, like the printed form.
  const bx = Math.max(x + estLabel(label) + 18, RIGHT - 12 * BOX_W);
  const top = y - BOX_H + 10;
  const cells: string[] = [];
  for (let i = 0; i < boxes; i++) {
    cells.push(`<rect x="${n1(bx + i * BOX_W)}" y="${n1(top)}" width="${BOX_W}" height="${BOX_H}"/>`);
  }
  parts.push(`<g class="boxes">${cells.join('')}</g>`);
  if (compact && fits) {
    const digits = [...compact].map((c, i) => hand(rng, c, bx + i * BOX_W + BOX_W / 2, y + 2, { size: 28, anchor: 'middle', cls: 'v d' }));
    parts.push(`<g class="digits">${digits.join('')}</g>`);
  } else if (compact) {
    // Not what the boxes expect: written beside them, as a citizen would.
    parts.push(hand(rng, value!, bx, y + BOX_H + 6, { maxWidth: RIGHT - bx }));
    return { svg: parts.join(''), height: row + BOX_H + 8 };
  }
  return { svg: parts.join(''), height: Math.max(row, BOX_H + 8) };
}

function drawField(rng: Rng, no: number, field: FieldDef, value: string | null, x: number, y: number, width: number, row: number): Drawn {
  const v = value === null || value === undefined || value.trim() === '' ? null : value.normalize('NFC');
  const body =
    field.type === 'CITIZEN_ID' || field.type === 'OLD_ID'
      ? drawBoxField(rng, no, field, v, x, y, row)
      : drawTextField(rng, no, field, v, x, y, width, row);
  // A named view of the field's area: `<imageRef>#field-<key>` shows just that field, enlarged.
  const top = y - 38;
  const bottom = y + body.height - Math.min(row, body.height) + 16;
  const view = `<view id="field-${escapeXml(field.key)}" viewBox="${n1(x - 12)} ${n1(top)} ${n1(width + 24)} ${n1(bottom - top)}"/>`;
  return { svg: `<g data-field="${escapeXml(field.key)}">${view}${body.svg}</g>`, height: body.height };
}

/** A scribbled signature: a few loops, deterministic for the form. */
function signature(rng: Rng, x: number, y: number): string {
  let d = `M${n1(x)} ${n1(y)}`;
  for (let i = 0; i < 5; i++) {
    const w = 18 + rng.next() * 22;
    const h = 14 + rng.next() * 26;
    d += ` c${n1(w * 0.3)} ${n1(-h)} ${n1(w * 0.9)} ${n1(-h)} ${n1(w * 0.6)} 0 s${n1(-w * 0.5)} ${n1(h * 0.6)} ${n1(w * 0.2)} ${n1(h * 0.2)}`;
  }
  d += ` l${n1(40 + rng.next() * 30)} ${n1(-6 - rng.next() * 10)}`;
  return `<path d="${d}" fill="none" stroke="${INK}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" opacity="0.9"/>`;
}

function drawBody(rng: Rng, truth: Record<string, string | null>, row: number): { svg: string; end: number } {
  const fields = new Map(DC01.fields.map((f) => [f.key, f]));
  const numbers = new Map(DC01.fields.map((f, i) => [f.key, i + 1]));
  const placed = new Set(LAYOUT.flat().map(([k]) => k));
  const rows = [
    ...LAYOUT.map((r) => r.filter(([k]) => fields.has(k))),
    ...DC01.fields.filter((f) => !placed.has(f.key)).map((f) => [[f.key, 1]] as [string, number][]),
  ].filter((r) => r.length);
  const out: string[] = [];
  let y = BODY_TOP;
  for (const r of rows) {
    let x = MARGIN;
    let height = 0;
    for (const [key, share] of r) {
      const width = (RIGHT - MARGIN) * share;
      const d = drawField(rng, numbers.get(key)!, fields.get(key)!, truth[key] ?? null, x, y, width, row);
      out.push(d.svg);
      height = Math.max(height, d.height);
      x += width;
    }
    y += height;
  }
  return { svg: out.join('\n'), end: y };
}

export function renderFormSvg(truth: Record<string, string | null>, meta: ScanMeta): string {
  const rng = createRng(hash(`${meta.batchCode}\u0000${meta.formNumber}`));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(`Phiếu DC01 ${meta.formNumber} (${meta.batchCode})`)}">`,
    `<title>${escapeXml(`Phiếu DC01 số ${meta.formNumber}, lô ${meta.batchCode}`)}</title>`,
    '<defs>',
    '<filter id="paper" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7" result="n"/>',
    '<feColorMatrix in="n" type="matrix" values="0 0 0 0 0.45  0 0 0 0 0.40  0 0 0 0 0.30  0 0 0 0.10 0"/></filter>',
    '<radialGradient id="shade" cx="50%" cy="45%" r="75%"><stop offset="70%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#6b5a3a" stop-opacity="0.10"/></radialGradient>',
    '</defs>',
    `<style>` +
      `.l{font-family:${PRINT_FONT};font-size:${LABEL_SIZE}px;fill:${PRINT}}` +
      `.h{font-family:${PRINT_FONT};fill:${PRINT};text-anchor:middle}` +
      `.v{font-family:${HAND_FONT};font-style:italic;fill:${INK};fill-opacity:0.92}` +
      `.dots{stroke:#55504a;stroke-width:1.4;stroke-dasharray:1.5 5;stroke-linecap:round}` +
      `.boxes rect{fill:none;stroke:#2b2b2b;stroke-width:1.4}` +
      `.small{font-family:${PRINT_FONT};font-size:17px;fill:#444}` +
      `</style>`,
    // Paper: warm off-white, a fibre-like noise and darker edges, slightly off-square as scanned.
    `<rect width="${W}" height="${H}" fill="#fbf8f0"/>`,
    `<rect width="${W}" height="${H}" filter="url(#paper)"/>`,
    `<rect width="${W}" height="${H}" fill="url(#shade)"/>`,
    `<g transform="rotate(${n1((rng.next() - 0.5) * 0.5)} ${W / 2} ${H / 2})">`,
  );

  // Header: national motto in the centre, form code top right, where the form was collected.
  out.push(
    `<text class="small" x="${RIGHT}" y="70" text-anchor="end" font-style="italic">Mẫu DC01</text>`,
    `<text class="h" x="${W / 2}" y="128" font-size="26" font-weight="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text>`,
    `<text class="h" x="${W / 2}" y="162" font-size="25" font-weight="bold">Độc lập - Tự do - Hạnh phúc</text>`,
    `<line x1="${W / 2 - 150}" y1="174" x2="${W / 2 + 150}" y2="174" stroke="${PRINT}" stroke-width="1.6"/>`,
    `<text class="h" x="${W / 2}" y="238" font-size="34" font-weight="bold" letter-spacing="1">PHIẾU THU THẬP THÔNG TIN DÂN CƯ</text>`,
  );
  if (meta.provinceName) {
    const where = 'Tỉnh/thành phố:';
    out.push(`<text class="l" x="${MARGIN}" y="290">${where}</text>`);
    out.push(hand(rng, meta.provinceName, MARGIN + estLabel(where) + 10, 288, { cls: 'v meta', maxWidth: 560 }));
  }
  out.push(`<text class="l" x="${RIGHT}" y="290" text-anchor="end">Số phiếu: ${escapeXml(meta.formNumber)}</text>`);
  out.push(`<line x1="${MARGIN}" y1="312" x2="${RIGHT}" y2="312" stroke="#8a8478" stroke-width="1"/>`);

  // Body: every template field, in the layout above; fields it does not know follow at the end.
  const seed = hash(`${meta.batchCode}\u0000${meta.formNumber}\u0000body`);
  let row = ROW;
  let body = drawBody(createRng(seed), truth, row);
  // Many long values: tighten the lines until the body ends where the signature block begins.
  while (body.end > BODY_END && row > MIN_ROW) body = drawBody(createRng(seed), truth, --row);
  out.push(body.svg);
  const y = body.end;

  // Signature block, when the values left room for it.
  const sy = Math.max(y + 24, BODY_END + 30);
  if (sy <= H - 190) {
    out.push(
      `<text class="small" x="${RIGHT - 230}" y="${sy}" text-anchor="middle" font-style="italic">……, ngày …… tháng …… năm ……</text>`,
      `<text class="h" x="${RIGHT - 230}" y="${sy + 34}" font-size="21" font-weight="bold">NGƯỜI KÊ KHAI</text>`,
      `<text class="small" x="${RIGHT - 230}" y="${sy + 58}" text-anchor="middle" font-style="italic">(Ký, ghi rõ họ tên)</text>`,
      signature(rng, RIGHT - 320, sy + 104),
    );
    if (truth.fullName) out.push(hand(rng, truth.fullName.normalize('NFC'), RIGHT - 230, sy + 168, { anchor: 'middle', cls: 'v sig', maxWidth: 440 }));
  }
  out.push('</g>');
  // The scanner's imprint, outside the tilted page.
  out.push(`<text x="${MARGIN}" y="${H - 36}" font-family="'DejaVu Sans Mono', 'Liberation Mono', monospace" font-size="15" fill="#8a8478">${escapeXml(`${meta.batchCode} / ${meta.formNumber}`)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
