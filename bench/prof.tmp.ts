import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { Batch, FormTemplate } from '../server/src/db/entities/index.js';
import { prepare } from './ingest.js';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const url = process.argv[2] === 'pg' ? 'postgresql://postgres@127.0.0.1:5432/dk_prof' : `sqlite:${dir}/p.sqlite`;
const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: url, SEED_DEMO: '0' } as any);
const app = await createApp(config);
const em = app.orm.em.fork();
const data = prepare(5000, 500);
const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
for (const b of data.batches) em.create(Batch, { ...b, template, status: 'OPEN', createdAt: new Date() });
await em.flush();
const bodies = [...data.pass1, ...data.pass2].map((b) => JSON.parse(b).variables.k.map((k: any) => ({ ...k, startedAt: new Date(k.startedAt), submittedAt: new Date(k.submittedAt) })));
const t0 = performance.now();
const times: Record<string, number> = {};
for (const k of bodies) {
  await app.services.ingest.submit({ em: app.orm.em.fork(), actor: null }, k);
}
const secs = (performance.now() - t0) / 1000;
console.log('in-process', (10000 / secs).toFixed(0), 'keyings/s');
await app.close();
const TIMES = (globalThis as any).TIMES as Record<string, number>;
console.log(Object.entries(TIMES).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
