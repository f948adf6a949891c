import cliProgress from 'cli-progress';
import type { SimulateIo } from '../simulate.js';

/** One bar on stderr when it is a terminal; a no-op otherwise. */
export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private last = 0;

  constructor(
    private readonly io: SimulateIo,
    total: number,
  ) {
    if (!io.isTTY) return;
    this.bar = new cliProgress.SingleBar(
      {
        stream: io.stderr,
        format: '{phase} [{bar}] {percentage}% | {value}/{total} forms | {duration_formatted}',
        hideCursor: true,
        clearOnComplete: true,
        barsize: 30,
        formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? Math.round(v).toLocaleString('en-US') : String(v)),
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0, { phase: 'starting'.padEnd(16) });
  }

  update(phase: string, value: number): void {
    if (!this.bar) return;
    const now = Date.now();
    if (now - this.last < 50 && phase !== 'done') return;
    this.last = now;
    this.bar.update(value, { phase: phase.padEnd(16) });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

