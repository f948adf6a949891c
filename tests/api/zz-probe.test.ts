import { it } from 'vitest';
import { startTestApp } from '../helpers/test-app.js';
it('probe', async () => {
  const t = await startTestApp('sqlite');
  const a = t.as('admin');
  const show = (x: any) => console.log(JSON.stringify(x).slice(0, 400));
  show(await a(`query($c:String!){ batches(filter:{code:$c}){ total } }`, { c: 'x'.repeat(60) }));
  show(await a(`query($ids:[ID!]!){ batches(filter:{ids:$ids}){ total } }`, { ids: Array.from({ length: 40000 }, (_, i) => String(i + 1)) }));
  for (const [ct, body] of [['text/plain', '{"query":"{ __typename }"}'], ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'], ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--'], ['application/graphql', '{ __typename }'], ['', '{"query":"{ __typename }"}'], ['application/json; charset=latin1', '{"query":"{ __typename }"}']] as const) {
    const res = await fetch(t.url, { method: 'POST', headers: ct ? { 'content-type': ct } : {}, body });
    console.log(ct, res.status, (await res.text()).slice(0, 200));
  }
  const g = await fetch(t.url + '?query=' + encodeURIComponent('mutation { login(username:"a", password:"b"){ token } }'));
  console.log('GET', g.status, (await g.text()).slice(0, 200));
  const g2 = await fetch(t.url + '?query=' + encodeURIComponent('mutation { login(username:"a", password:"b"){ token } }'), { headers: { 'apollo-require-preflight': 'true' } });
  console.log('GET2', g2.status, (await g2.text()).slice(0, 200));
  const b = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
  console.log('batch', b.status, (await b.text()).slice(0, 200));
  const bad = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) });
  console.log('badutf8', bad.status, (await bad.text()).slice(0, 200));
  const tokens = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ' + '__typename '.repeat(20000) + '}' }) });
  console.log('tokens', tokens.status, (await tokens.text()).slice(0, 200));
  const str = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"just a string"' });
  console.log('string body', str.status, (await str.text()).slice(0, 200));
  const nul = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' });
  console.log('null body', nul.status, (await nul.text()).slice(0, 200));
  const emp = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  console.log('empty obj', emp.status, (await emp.text()).slice(0, 200));
  const q = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 42 }) });
  console.log('query number', q.status, (await q.text()).slice(0, 200));
  const v = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables: 'x' }) });
  console.log('vars string', v.status, (await v.text()).slice(0, 200));
  await t.close();
});
