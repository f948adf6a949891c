import { describe, expect, it } from 'vitest';
import { endsTypeAhead, type KeyLike } from './typeAhead';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('endsTypeAhead (keys typed while a save is on its way)', () => {
  it('lets characters, Vietnamese ones included, and the keys of input methods through', () => {
    for (const k of [...'Nguyễn Thị 19ơư', 'Backspace', 'Delete', 'Shift', 'CapsLock', 'Process', 'Dead', 'AltGraph']) expect(endsTypeAhead(key(k)), k).toBe(false);
    // AltGr (Ctrl+Alt on some systems) types a character; Ctrl+V pastes.
    expect(endsTypeAhead(key('@', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(endsTypeAhead(key('v', { ctrlKey: true }))).toBe(false);
  });

  it('ends at a key meant for another field or a command', () => {
    for (const k of ['Enter', 'Tab', 'ArrowDown', 'ArrowUp', 'Escape', 'F2', 'PageDown']) expect(endsTypeAhead(key(k)), k).toBe(true);
    expect(endsTypeAhead(key('Enter', { ctrlKey: true }))).toBe(true);
  });
});
