import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

/**
 * Authentication keeps accounts for AUTH_CACHE_MS per process: a change made through this process
 * applies on the very next request, one made by another process (here: straight SQL, as another
 * instance's transaction would be) within the cache's lifetime.
 */
const ME = graphql(`query AuthCacheMe { me { username role } }`);
const SET_ACTIVE = graphql(`mutation AuthCacheSetActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }`);
const UPDATE = graphql(`mutation AuthCacheUpdate($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id role } }`);
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe.each(dbKinds())('account cache of authentication (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { AUTH_CACHE_MS: '1500' });
  });
  afterAll(async () => t?.close());

  it('applies a role change and a disabling made here on the next request', async () => {
    const id = String((await t.actorOf('reviewer2')).userId);
    expect((await t.as('reviewer2')(ME)).data.me.role).toBe('REVIEWER');
    expect(code(await t.as('admin')(UPDATE, { id, i: { role: 'MANAGER' } }))).toBeUndefined();
    // A role change signs the account out (its tokens carry the old version): refused at once.
    expect(code(await t.as('reviewer2')(ME))).toBe('UNAUTHENTICATED');
    const id2 = String((await t.actorOf('consumer')).userId);
    expect((await t.as('consumer')(ME)).data.me.username).toBe('consumer');
    expect((await t.as('admin')(SET_ACTIVE, { id: id2, a: false })).data.setUserActive.active).toBe(false);
    expect(code(await t.as('consumer')(ME))).toBe('UNAUTHENTICATED');
  });

  it("applies another instance's change within AUTH_CACHE_MS", async () => {
    expect((await t.as('keyer')(ME)).data.me.username).toBe('keyer');
    await exec(t.app.orm.em.fork(), `update app_user set active = ? where username = 'keyer'`, [kind === 'sqlite' ? 0 : false], 'run');
    const deadline = Date.now() + 1500 + 1000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = code(await t.as('keyer')(ME)) === 'UNAUTHENTICATED';
      if (!refused) await new Promise((r) => setTimeout(r, 100));
    }
    expect(refused).toBe(true);
  });

  it('reads the account on every request with AUTH_CACHE_MS=0', async () => {
    const t0 = await startTestApp(kind, { AUTH_CACHE_MS: '0' });
    try {
      expect((await t0.as('keyer2')(ME)).data.me.username).toBe('keyer2');
      await exec(t0.app.orm.em.fork(), `update app_user set active = ? where username = 'keyer2'`, [kind === 'sqlite' ? 0 : false], 'run');
      expect(code(await t0.as('keyer2')(ME))).toBe('UNAUTHENTICATED');
    } finally {
      await t0.close();
    }
  });
});
