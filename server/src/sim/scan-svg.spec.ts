import { describe, expect, it } from 'vitest';
import { DC01 } from '../domain/template.js';
import { generateCampaign } from './campaign.js';
import { PROVINCE_NAME_BY_CODE } from './provinces.js';
import { escapeXml, renderFormSvg } from './scan-svg.js';

const campaign = generateCampaign(4242, { forms: 40, batchSize: 20, provinces: 2, clerks: 4 });
const samples = campaign.batches.flatMap((b) => b.forms.map((f) => ({ b, f })));
const meta = (i: number) => ({
  batchCode: samples[i].b.code,
  formNumber: samples[i].f.formNumber,
  provinceName: PROVINCE_NAME_BY_CODE[samples[i].b.provinceCode],
});

/** The inner XML of the <g data-field="key"> group (field groups do not nest). */
function fieldGroup(svg: string, key: string): string {
  const start = svg.indexOf(`<g data-field="${key}">`);
  expect(start, `group of ${key}`).toBeGreaterThanOrEqual(0);
  let depth = 0;
  const re = /<g\b[^>]*>|<\/g>/g;
  re.lastIndex = start;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) return svg.slice(start, m.index);
  }
  throw new Error(`unclosed group ${key}`);
}

/** Text of the handwritten elements in a piece of markup, in document order. */
const written = (xml: string, cls = 'v') =>
  [...xml.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('renderFormSvg', () => {
  it('is deterministic and differs between forms', () => {
    const a = renderFormSvg(samples[0].f.truth, meta(0));
    expect(renderFormSvg({ ...samples[0].f.truth }, { ...meta(0) })).toBe(a);
    expect(renderFormSvg(samples[1].f.truth, meta(1))).not.toBe(a);
  });

  it('draws an A4 page of the DC01 form with every field label and no external references', () => {
    const svg = renderFormSvg(samples[0].f.truth, meta(0));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1240 1754"/);
    for (const s of ['PHIẾU THU THẬP THÔNG TIN DÂN CƯ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Mẫu DC01']) {
      expect(svg).toContain(s);
    }
    DC01.fields.forEach((f, i) => expect(svg).toContain(escapeXml(`${i + 1}. ${f.labelVi}:`)));
    expect(svg).toContain(meta(0).provinceName!);
    expect(svg).toContain(meta(0).formNumber);
    // Nothing the browser would fetch: no links, no imported fonts, no remote URLs.
    expect(svg).not.toMatch(/href|@import|@font-face|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(svg).toMatch(/font-style:italic;fill:#1f3c98/); // handwriting in blue ink
    expect(svg).toMatch(/ dy="[-\d. ]+"/); // with an irregular baseline
  });

  it('writes every non-null truth value (escaped) in the field it belongs to', () => {
    for (let i = 0; i < samples.length; i++) {
      const truth = samples[i].f.truth;
      const svg = renderFormSvg(truth, meta(i));
      for (const f of DC01.fields) {
        const value = truth[f.key];
        const group = fieldGroup(svg, f.key);
        if (value == null) {
          expect(written(group), f.key).toEqual([]);
          continue;
        }
        if (f.type === 'CITIZEN_ID' || f.type === 'OLD_ID') {
          expect(written(group, 'v d').join(''), f.key).toBe(value);
        } else {
          // Long values wrap onto continuation lines at spaces: each line is a piece of the value.
          const lines = written(group);
          expect(lines.join(' '), f.key).toBe(escapeXml(value));
          if (lines.length === 1) expect(svg).toContain(`>${escapeXml(value)}</text>`);
        }
      }
    }
  });

  it('puts the 12 digits of a citizen ID in 12 boxes, one digit per box', () => {
    const svg = renderFormSvg({ citizenId: '001203004567' }, { batchCode: 'B', formNumber: '1' });
    const group = fieldGroup(svg, 'citizenId');
    const boxes = [...group.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="(\d+)"/g)].map((m) => ({ x: Number(m[1]), w: Number(m[2]) }));
    expect(boxes).toHaveLength(12);
    const digits = [...group.matchAll(/<text class="v d" x="([\d.]+)"[^>]*>(\d)<\/text>/g)].map((m) => ({ x: Number(m[1]), d: m[2] }));
    expect(digits.map((d) => d.d).join('')).toBe('001203004567');
    // Each digit sits inside its own box, in order.
    digits.forEach((d, i) => {
      expect(d.x).toBeGreaterThan(boxes[i].x);
      expect(d.x).toBeLessThan(boxes[i].x + boxes[i].w);
    });
    // An empty ID still shows its 12 empty boxes.
    const empty = fieldGroup(svg, 'fatherCitizenId');
    expect(empty.match(/<rect /g)).toHaveLength(12);
    expect(written(empty, 'v d')).toEqual([]);
  });

  it('names a view of every field that frames its handwriting (for <imageRef>#field-<key>)', () => {
    const truth = samples[0].f.truth;
    const svg = renderFormSvg(truth, meta(0));
    for (const f of DC01.fields) {
      const group = fieldGroup(svg, f.key);
      const m = new RegExp(`<view id="field-${f.key}" viewBox="([\\d.-]+) ([\\d.-]+) ([\\d.]+) ([\\d.]+)"/>`).exec(group);
      expect(m, f.key).not.toBeNull();
      const [x, y, w, h] = m!.slice(1).map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(1240);
      expect(h).toBeGreaterThan(30);
      for (const t of group.matchAll(/<text class="v[^"]*" x="([\d.]+)" y="([\d.]+)"/g)) {
        expect(Number(t[1]), f.key).toBeGreaterThanOrEqual(x);
        expect(Number(t[1]), f.key).toBeLessThanOrEqual(x + w);
        expect(Number(t[2]) - 20, f.key).toBeGreaterThanOrEqual(y);
        expect(Number(t[2]), f.key).toBeLessThanOrEqual(y + h);
      }
    }
  });

  it('keeps very long values on the page: wrapped, pinned to the line width, lines tightened', () => {
    const long = 'Số 1234/56/78, tổ dân phố số 12, khu phố Thống Nhất, đường Nguyễn Văn Linh nối dài, phường Tân Thuận Tây, Quận 7, Thành phố Hồ Chí Minh';
    const truth = Object.fromEntries(DC01.fields.map((f) => [f.key, f.type === 'CITIZEN_ID' ? '001203004567' : f.type === 'OLD_ID' ? '123456789' : long]));
    const svg = renderFormSvg(truth, { batchCode: 'B', formNumber: '1', provinceName: 'Bà Rịa - Vũng Tàu' });
    const texts = [...svg.matchAll(/<text class="v[^"]*" x="([\d.]+)" y="([\d.]+)"([^>]*)>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      length: Number(/textLength="([\d.]+)"/.exec(m[3])?.[1] ?? 0),
      middle: m[3].includes('text-anchor="middle"'),
    }));
    expect(texts.length).toBeGreaterThan(60);
    for (const t of texts) {
      expect(t.y).toBeLessThan(1754 - 30);
      if (!t.middle) expect(t.x + t.length).toBeLessThanOrEqual(1240 - 80);
    }
    // Every address-like line carries its width, so a wide cursive font cannot run off the page.
    expect(texts.filter((t) => t.length > 0).length).toBeGreaterThan(10);
    for (const f of DC01.fields.filter((x) => x.type !== 'CITIZEN_ID' && x.type !== 'OLD_ID')) {
      expect(written(fieldGroup(svg, f.key)).join(' '), f.key).toBe(long);
    }
  });

  it('escapes markup, ampersands and quotes in values and metadata', () => {
    const nasty = `Nguyễn <b>"Tí" & 'Tèo'</b>]]><!--`;
    const svg = renderFormSvg(
      { fullName: nasty, otherName: 'A & B', permanentAddress: `Số 1 <ngõ> "2" & 'ba', ${'rất dài '.repeat(12)}` },
      { batchCode: 'B<1>&"', formNumber: `0'1"`, provinceName: 'Hà <Nội> & "x"' },
    );
    expect(svg).toContain(`>${escapeXml(nasty)}</text>`);
    expect(escapeXml(nasty)).toBe('Nguyễn &lt;b&gt;&quot;Tí&quot; &amp; &apos;Tèo&apos;&lt;/b&gt;]]&gt;&lt;!--');
    expect(svg).toContain('>A &amp; B</text>');
    expect(svg).toContain('Hà &lt;Nội&gt; &amp; &quot;x&quot;');
    expect(svg).toContain('B&lt;1&gt;&amp;&quot;');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<ngõ>');
    expect(svg).not.toContain('<Nội>');
    // Well-formed enough: every "&" starts an entity and tags balance.
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(svg.match(/<g\b/g)!.length).toBe(svg.match(/<\/g>/g)!.length);
    expect(svg.match(/<text\b/g)!.length).toBe(svg.match(/<\/text>/g)!.length);
    // Characters XML cannot carry at all are dropped rather than breaking the file.
    expect(renderFormSvg({ fullName: 'A\u0001B' }, { batchCode: 'b', formNumber: '1' })).toContain('>AB</text>');
  });
});
