import { postJson } from './tests/helpers/http-post.ts';
const url = process.argv[2];
for (let i = 0; i < 3000; i++) await postJson(url, { query: '{ __typename }' }, 'tok');
const v: number[] = [];
for (let i = 0; i < 2000; i++) { const t = performance.now(); await postJson(url, { query: '{ __typename }' }, 'tok'); v.push(performance.now() - t); }
v.sort((a, b) => a - b);
console.log(url, 'p50', v[1000].toFixed(3), 'p99', v[1980].toFixed(3), 'max', v[1999].toFixed(2));
