import { describe, expect, it } from 'vitest';
import { formatOfName, formNumberOfName, parseManifest, sniffScan } from './scan-file.js';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20), Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])]);
const jpg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(30), Buffer.from([0xff, 0xd9])]);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const svg = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Nguyễn</text></svg>\n');

describe('sniffScan', () => {
  it('knows each format by its bytes', () => {
    expect(sniffScan(png)).toEqual({ format: 'png' });
    expect(sniffScan(jpg)).toEqual({ format: 'jpg' });
    expect(sniffScan(pdf)).toEqual({ format: 'pdf' });
    expect(sniffScan(svg)).toEqual({ format: 'svg' });
    expect(sniffScan(Buffer.from('\uFEFF<svg viewBox="0 0 1 1"></svg>'))).toEqual({ format: 'svg' });
  });

  it('refuses what is not an image, and images cut short', () => {
    expect(sniffScan(Buffer.alloc(0))).toEqual({ problem: 'is empty' });
    expect(sniffScan(Buffer.from('hello, world'))).toMatchObject({ problem: expect.stringContaining('not an image') });
    expect(sniffScan(Buffer.from('<html><svg></svg></html>'))).toMatchObject({ problem: expect.stringContaining('not an image') });
    expect(sniffScan(png.subarray(0, png.length - 5))).toMatchObject({ problem: expect.stringContaining('damaged PNG') });
    expect(sniffScan(jpg.subarray(0, jpg.length - 2))).toMatchObject({ problem: expect.stringContaining('damaged JPEG') });
    expect(sniffScan(pdf.subarray(0, 20))).toMatchObject({ problem: expect.stringContaining('damaged PDF') });
    expect(sniffScan(svg.subarray(0, 60))).toMatchObject({ problem: expect.stringContaining('damaged SVG') });
    expect(sniffScan(Buffer.concat([Buffer.from('<svg>'), Buffer.from([0xc3, 0x28]), Buffer.from('</svg>')]))).toMatchObject({ problem: expect.stringContaining('not valid UTF-8') });
  });
});

describe('file names', () => {
  it('takes the form number from the name without its ending', () => {
    expect(formNumberOfName('000123.png')).toEqual({ formNumber: '000123' });
    expect(formNumberOfName('HK-01_7.JPEG')).toEqual({ formNumber: 'HK-01_7' });
    expect(formNumberOfName('000123')).toMatchObject({ problem: expect.stringContaining('no file ending') });
    expect(formNumberOfName('.hidden.png')).toMatchObject({ problem: expect.stringContaining('form number') });
    expect(formNumberOfName('a b.png')).toMatchObject({ problem: expect.stringContaining('form number') });
  });

  it('reads the announced format', () => {
    expect(formatOfName('1.jpeg')).toBe('jpg');
    expect(formatOfName('1.JPG')).toBe('jpg');
    expect(formatOfName('1.Pdf')).toBe('pdf');
    expect(formatOfName('1.tiff')).toBeNull();
  });
});

describe('parseManifest', () => {
  it('maps files to form numbers', () => {
    const m = parseManifest('\uFEFFfile,formNumber\r\nscan-a.png,000001\nscan-b.jpg, 000002\n\n');
    expect(m.problems).toEqual([]);
    expect([...m.map]).toEqual([['scan-a.png', '000001'], ['scan-b.jpg', '000002']]);
  });

  it('reports bad lines by number', () => {
    expect(parseManifest('name,number\n').problems).toEqual([{ line: 1, reason: 'the header must be file,formNumber' }]);
    const m = parseManifest('file,formNumber\na.png,1\nb.png,1\na.png,2\nc.png\nd.png,x/y\n');
    expect(m.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
  });
});
