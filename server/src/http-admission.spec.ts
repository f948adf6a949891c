import { describe, expect, it } from 'vitest';
import { AdmissionLanes, AdmissionQueue } from './http-admission.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('AdmissionQueue', () => {
  it('runs at most `limit` at once and starts the rest in arrival order', () => {
    const q = new AdmissionQueue(2, 10_000);
    const started: number[] = [];
    const releases: (() => void)[] = [];
    for (let i = 0; i < 5; i++)
      q.enter(
        (release) => {
          started.push(i);
          releases[i] = release;
        },
        () => expect.fail('refused'),
      );
    expect(started).toEqual([0, 1]);
    expect([q.inFlight, q.queued]).toEqual([2, 3]);
    releases[1]();
    expect(started).toEqual([0, 1, 2]);
    // A second release of the same request frees nothing more.
    releases[1]();
    expect(started).toEqual([0, 1, 2]);
    releases[0]();
    releases[2]();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    releases[3]();
    releases[4]();
    expect([q.inFlight, q.queued]).toEqual([0, 0]);
  });

  it('never lets a newcomer pass a request that is waiting', () => {
    const q = new AdmissionQueue(1, 10_000);
    const started: string[] = [];
    let releaseA = () => {};
    q.enter((r) => ((releaseA = r), started.push('a')), () => {});
    q.enter((r) => (started.push('b'), r()), () => {});
    releaseA();
    // b started when a finished; c arrives with a free place and nobody waiting.
    q.enter((r) => (started.push('c'), r()), () => {});
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('refuses a request that waited longer than maxWaitMs, and only that one', async () => {
    const q = new AdmissionQueue(1, 50);
    const events: string[] = [];
    let release = () => {};
    q.enter((r) => (release = r), () => events.push('first refused'));
    q.enter(() => events.push('second started'), () => events.push('second refused'));
    await sleep(120);
    expect(events).toEqual(['second refused']);
    expect(q.queued).toBe(0);
    release();
    expect(q.inFlight).toBe(0);
  });

  it('forgets a request withdrawn while waiting (the client hung up)', async () => {
    const q = new AdmissionQueue(1, 50);
    const events: string[] = [];
    let release = () => {};
    q.enter((r) => (release = r), () => {});
    const withdraw = q.enter(() => events.push('started'), () => events.push('refused'));
    q.enter((r) => (events.push('third started'), r()), () => events.push('third refused'));
    withdraw();
    expect(q.queued).toBe(1);
    release();
    await sleep(80);
    expect(events).toEqual(['third started']);
  });
});

describe('AdmissionLanes', () => {
  it('queues signed-in requests and the others apart, the others in a lane half as wide, and counts both', () => {
    const lanes = new AdmissionLanes(6, 10_000);
    expect([lanes.signedIn.limit, lanes.anonymous.limit]).toEqual([6, 3]);
    expect(new AdmissionLanes(1, 10_000).anonymous.limit).toBe(1);
    const started: string[] = [];
    for (let i = 0; i < 8; i++) lanes.pick(true).enter(() => started.push(`in${i}`), () => expect.fail('refused'));
    for (let i = 0; i < 4; i++) lanes.pick(false).enter(() => started.push(`anon${i}`), () => expect.fail('refused'));
    expect(started.filter((s) => s.startsWith('anon'))).toEqual(['anon0', 'anon1', 'anon2']);
    expect(started.filter((s) => s.startsWith('in'))).toHaveLength(6);
    expect([lanes.inFlight, lanes.queued]).toEqual([9, 3]);
  });
});
