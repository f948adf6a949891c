import { useEffect, useState } from 'react';
import { TOKEN_KEY } from '../graphql';

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

const parseBox = (s: string | null): Box4 | null => {
  const n = (s ?? '').trim().split(/[\s,]+/).map(Number);
  return n.length === 4 && n.every(Number.isFinite) && n[2] > 0 && n[3] > 0 ? { x: n[0], y: n[1], w: n[2], h: n[3] } : null;
};

/** The named field views of an SVG scan's text; null for other pictures. */
export function parseLayout(text: string): ScanLayout | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
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
}

export const scanFile = (imageRef: string) => imageRef.replace(/#.*$/, '');

/**
 * A scan as the review screen shows it. `ready`: `url` for <img> (a blob: URL for our own scans),
 * with the field layout when the scan names a view per field (the demo scans do). `refused`: the
 * server would not show it to this user (or it is gone): it says 404 for both.
 */
export type ScanState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; url: string; layout: ScanLayout | null }
  | { status: 'refused' }
  | { status: 'failed' };

/** Our own scans need the bearer token, which an <img src> cannot send. */
const isOwnScan = (src: string) => src.startsWith('/scans/');

/**
 * Fetches the form's scan with the signed-in user's token and hands it out as a blob: URL (the
 * CSP allows blob: images), revoked when the scan changes or the screen closes. Scans elsewhere
 * (a scanning system's URL) are shown as they are, without our token and without a layout.
 */
export function useScan(imageRef: string | null | undefined): ScanState {
  const [state, setState] = useState<ScanState>({ status: imageRef ? 'loading' : 'none' });
  useEffect(() => {
    if (!imageRef) return setState({ status: 'none' });
    const src = scanFile(imageRef);
    if (!isOwnScan(src)) return setState({ status: 'ready', url: imageRef, layout: null });
    setState({ status: 'loading' });
    let live = true;
    let url: string | null = null;
    const abort = new AbortController();
    void (async () => {
      const token = localStorage.getItem(TOKEN_KEY);
      const res = await fetch(src, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: 'no-store', signal: abort.signal });
      if (!res.ok) {
        if (live) setState({ status: res.status === 403 || res.status === 404 ? 'refused' : 'failed' });
        return;
      }
      const blob = await res.blob();
      const layout = /svg/i.test(blob.type) ? parseLayout(await blob.text()) : null;
      if (!live) return;
      url = URL.createObjectURL(blob);
      setState({ status: 'ready', url, layout });
    })().catch(() => {
      if (live) setState({ status: 'failed' });
    });
    return () => {
      live = false;
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [imageRef]);
  return state;
}
