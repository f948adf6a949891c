import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { reopenTarget, type ReopenRequest } from './reopen.js';

const base: ReopenRequest = {
  actor: { userId: 7, role: 'REVIEWER', keyerCode: null },
  task: { kind: 'REVIEW', status: 'RESOLVED', resolvedById: 7, keyer1: 'K1', keyer2: 'K2', escalated: false },
  batch: { code: 'B1', status: 'READY' },
  reason: null,
};
const codeOf = (r: ReopenRequest) => {
  try {
    reopenTarget(r);
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('reopenTarget', () => {
  it('gives a reviewer their own resolution back, claimed, without a reason', () => {
    expect(reopenTarget(base)).toBe('CLAIMED');
    expect(reopenTarget({ ...base, batch: { code: 'B1', status: 'OPEN' }, reason: 'slip' })).toBe('CLAIMED');
  });

  it("refuses another reviewer's resolution, whatever the reason", () => {
    expect(codeOf({ ...base, actor: { ...base.actor, userId: 8 }, reason: 'mine now' })).toBe('FORBIDDEN');
    // A task settled by a third keying has no reviewer: only a manager reopens it.
    expect(codeOf({ ...base, task: { ...base.task, resolvedById: null } })).toBe('FORBIDDEN');
  });

  it('lets a manager or an admin reopen anyone\'s, with a reason only', () => {
    const manager = { ...base, actor: { userId: 1, role: 'MANAGER' as const, keyerCode: null } };
    expect(codeOf(manager)).toBe('BAD_USER_INPUT');
    expect(reopenTarget({ ...manager, reason: 'wrong ward' })).toBe('CLAIMED');
    const admin = { ...base, actor: { userId: 2, role: 'ADMIN' as const, keyerCode: null }, reason: 'audit finding' };
    // An admin does not review: the task goes back to its queue.
    expect(reopenTarget(admin)).toBe('OPEN');
    expect(reopenTarget({ ...admin, task: { ...admin.task, escalated: true } })).toBe('ESCALATED');
  });

  it('never hands a form to a person who keyed it', () => {
    expect(reopenTarget({ ...base, actor: { userId: 1, role: 'MANAGER', keyerCode: 'K2' }, reason: 'x' })).toBe('OPEN');
  });

  it('refuses after handover with its own code, and anything but a resolved review task', () => {
    expect(codeOf({ ...base, batch: { code: 'B1', status: 'HANDED_OVER' } })).toBe('BATCH_HANDED_OVER');
    expect(codeOf({ ...base, actor: { userId: 1, role: 'ADMIN', keyerCode: null }, reason: 'x', batch: { code: 'B1', status: 'HANDED_OVER' } })).toBe('BATCH_HANDED_OVER');
    for (const status of ['OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED', 'REJECTED']) expect(codeOf({ ...base, task: { ...base.task, status } })).toBe('INVALID_TRANSITION');
    expect(codeOf({ ...base, task: { ...base.task, kind: 'SPOT_CHECK' } })).toBe('INVALID_TRANSITION');
  });
});
