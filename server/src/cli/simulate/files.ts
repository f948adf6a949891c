/** `simulate --files`: the two keyings and the truth as CSV, for the compare command, with an offline estimate of (c). */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DC01, DC01_FIELD_KEYS } from '../../domain/template.js';
import type { FieldValues } from '../../domain/values.js';
import { iterateCampaign } from '../../sim/campaign.js';
import type { AccuracyTally } from '../../sim/accuracy.js';
import { offlineProcess } from '../../sim/offline.js';
import { observation, spotShare, type SpotPolicy } from '../../sim/drive.js';
import { csvField } from '../compare/report.js';
import type { Progress } from './progress.js';

/** A file written in ~1 MB pieces, respecting back-pressure. */
class CsvOut {
  private buf = '';
  private readonly stream;

  constructor(path: string, header: string) {
    this.buf = header;
    this.stream = createWriteStream(path);
    this.stream.on('error', () => undefined); // surfaced by the awaited writes below
  }

  async line(key: string, v: FieldValues): Promise<void> {
    let s = csvField(key);
    for (const k of DC01_FIELD_KEYS) s += ',' + (v[k] == null ? '' : csvField(v[k]!));
    this.buf += s + '\n';
    if (this.buf.length >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buf) return;
    const chunk = this.buf;
    this.buf = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'close');
  }
}

/** --files: the two keyings and the truth as CSV (key column formId), with an offline estimate of (c). */
export async function writeFiles(o: { files: string | null; seed: number; reviewerErrorRate: number; spot: SpotPolicy | null }, campaign: Parameters<typeof iterateCampaign>[1], tally: AccuracyTally, progress: Progress): Promise<void> {
  const dir = o.files!;
  mkdirSync(dir, { recursive: true });
  const header = ['formId', ...DC01_FIELD_KEYS].map(csvField).join(',') + '\n';
  const files = ['first', 'second', 'truth'].map((n) => new CsvOut(join(dir, `${n}.csv`), header));
  const [first, second, truth] = files as [CsvOut, CsvOut, CsvOut];
  const now = new Date();
  let done = 0;
  for (const b of iterateCampaign(o.seed, campaign)) {
    for (const f of b.forms) {
      const key = `${b.code}/${f.formNumber}`;
      await first.line(key, f.pass1.values);
      await second.line(key, f.pass2.values);
      await truth.line(key, f.truth);
      const obs = observation(key, f);
      obs.process = offlineProcess(obs, { template: DC01, seed: o.seed, reviewerErrorRate: o.reviewerErrorRate, spotCheckShare: spotShare(o.spot), now });
      tally.add(obs);
    }
    done += b.forms.length;
    progress.update('writing files', done);
  }
  for (const f of files) await f.close();
}
