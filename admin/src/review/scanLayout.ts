import { useEffect, useState } from 'react';

/** A field's area on the scan, in the scan's own units. */
export interface Box4 {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ScanLayout {
  width: number;
  height: number;
  /** Field key -> its named view (`<view id="field-<key>" viewBox="…">`) */
  fields: Map<string, Box4>;
}

const cache = new Map<string, Promise<ScanLayout | null>>();

const parseBox = (s: string | null): Box4 | null => {
  const n = (s ?? '').trim().split(/[\s,]+/).map(Number);
  return n.length === 4 && n.every(Number.isFinite) && n[2] > 0 && n[3] > 0 ? { x: n[0], y: n[1], w: n[2], h: n[3] } : null;
};

/** Reads the named field views of an SVG scan (same origin); null for other scans or when unreachable. */
async function load(src: string): Promise<ScanLayout | null> {
  try {
    const res = await fetch(src, { credentials: 'same-origin' });
    if (!res.ok || !/svg/i.test(res.headers.get('content-type') ?? '')) return null;
    const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg') return null;
    const vb = parseBox(root.getAttribute('viewBox'));
    const width = vb?.w ?? Number(root.getAttribute('width'));
    const height = vb?.h ?? Number(root.getAttribute('height'));
    if (!(width > 0 && height > 0)) return null;
    const fields = new Map<string, Box4>();
    doc.querySelectorAll('view[id^="field-"]').forEach((v) => {
      const b = parseBox(v.getAttribute('viewBox'));
      if (b) fields.set(v.id.slice('field-'.length), b);
    });
    return fields.size ? { width, height, fields } : null;
  } catch {
    return null;
  }
}

export const scanFile = (imageRef: string) => imageRef.replace(/#.*$/, '');

/**
 * Where each field sits on the scan, for the strip of the active field and its mark on the scan.
 * Only SVG scans that name a view per field (the demo scans do) have a layout.
 */
export function useScanLayout(imageRef: string | null | undefined): ScanLayout | null {
  const [layout, setLayout] = useState<ScanLayout | null>(null);
  useEffect(() => {
    setLayout(null);
    if (!imageRef || !/\.svg(?:$|[?#])/i.test(imageRef)) return;
    const src = scanFile(imageRef);
    let live = true;
    if (!cache.has(src)) cache.set(src, load(src));
    void cache.get(src)!.then((l) => live && setLayout(l));
    // One scan per task: keep the cache small.
    if (cache.size > 20) cache.delete(cache.keys().next().value!);
    return () => {
      live = false;
    };
  }, [imageRef]);
  return layout;
}
