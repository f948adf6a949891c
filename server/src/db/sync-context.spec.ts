import { describe, expect, it } from 'vitest';
import { assertSyncContext, SyncOnlyStorage } from './sync-context.js';

describe('SyncOnlyStorage', () => {
  it('holds a value for the synchronous part of a call, nested calls restoring the outer one', () => {
    const s = new SyncOnlyStorage<string>();
    const seen: (string | undefined)[] = [];
    s.run('outer', () => {
      seen.push(s.getStore());
      s.run('inner', () => seen.push(s.getStore()));
      seen.push(s.getStore());
    });
    seen.push(s.getStore());
    expect(seen).toEqual(['outer', 'inner', 'outer', undefined]);
  });

  it('never leaks a value past an await to whatever runs next', async () => {
    const s = new SyncOnlyStorage<number>();
    let afterAwait: number | undefined = -1;
    let meanwhile: number | undefined = -1;
    const p = s.run(1, async () => {
      await null;
      afterAwait = s.getStore();
    });
    meanwhile = s.getStore();
    await p;
    expect({ afterAwait, meanwhile }).toEqual({ afterAwait: undefined, meanwhile: undefined });
  });

  it('restores the outer value when the call throws, and refuses enterWith', () => {
    const s = new SyncOnlyStorage<string>();
    expect(() => s.run('x', () => { throw new Error('boom'); })).toThrow('boom');
    expect(s.getStore()).toBeUndefined();
    expect(() => s.enterWith()).toThrow(/explicit EntityManager/);
  });

  it('is what MikroORM’s transaction context uses in this process', () => {
    expect(() => assertSyncContext()).not.toThrow();
  });
});
