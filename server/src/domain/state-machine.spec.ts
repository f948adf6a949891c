import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  BATCH_STATUSES,
  batchMachine,
  FORM_STATUSES,
  formMachine,
  StateMachine,
  TASK_STATUSES,
  taskMachine,
} from './state-machine.js';

/** The intended transition tables, written out independently of the implementation. */
const CASES = [
  {
    machine: formMachine as StateMachine<string>,
    name: 'form',
    states: FORM_STATUSES as readonly string[],
    allowed: [
      ['AWAITING_KEYINGS', 'ONE_PASS_KEYED'],
      ['ONE_PASS_KEYED', 'AUTO_VERIFIED'],
      ['ONE_PASS_KEYED', 'IN_REVIEW'],
      ['IN_REVIEW', 'VERIFIED'],
      ['IN_REVIEW', 'REJECTED'],
      ['REJECTED', 'IN_REVIEW'],
      ['AUTO_VERIFIED', 'IN_REVIEW'],
      ['VERIFIED', 'IN_REVIEW'],
    ],
  },
  {
    machine: taskMachine as StateMachine<string>,
    name: 'correction task',
    states: TASK_STATUSES as readonly string[],
    allowed: [
      ['OPEN', 'CLAIMED'],
      ['CLAIMED', 'OPEN'],
      ['CLAIMED', 'RESOLVED'],
      ['CLAIMED', 'ESCALATED'],
      ['CLAIMED', 'REKEY_REQUESTED'],
      ['CLAIMED', 'REJECTED'],
      ['ESCALATED', 'CLAIMED'],
      ['REKEY_REQUESTED', 'OPEN'],
      ['REKEY_REQUESTED', 'RESOLVED'],
      ['RESOLVED', 'CLAIMED'],
      ['RESOLVED', 'OPEN'],
      ['RESOLVED', 'ESCALATED'],
      ['REJECTED', 'OPEN'],
    ],
  },
  {
    machine: batchMachine as StateMachine<string>,
    name: 'batch',
    states: BATCH_STATUSES as readonly string[],
    allowed: [
      ['OPEN', 'READY'],
      ['READY', 'OPEN'],
      ['READY', 'HANDED_OVER'],
      // The admin's audited reopen.
      ['HANDED_OVER', 'OPEN'],
    ],
  },
];

describe.each(CASES)('$name machine', ({ machine, name, states, allowed }) => {
  const isAllowed = (from: string, to: string) => allowed.some(([f, t]) => f === from && t === to);
  const pairs = states.flatMap((from) => states.map((to) => [from, to] as const));

  it('has exactly the listed states', () => {
    expect(machine.name).toBe(name);
    expect([...machine.states()].sort()).toEqual([...states].sort());
  });

  it.each(pairs)('%s -> %s', (from, to) => {
    if (isAllowed(from, to)) {
      expect(machine.can(from, to)).toBe(true);
      expect(() => machine.assert(from, to)).not.toThrow();
      return;
    }
    expect(machine.can(from, to)).toBe(false);
    let err: unknown;
    try {
      machine.assert(from, to);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    const de = err as DomainError;
    expect(de.code).toBe('INVALID_TRANSITION');
    expect(de.name).toBe('DomainError');
    expect(de.message).toBe(`${name} cannot move from ${from} to ${to}`);
    expect(de.details).toEqual({ from, to });
  });

  it('never allows a self-transition', () => {
    for (const s of states) {
      expect(machine.can(s, s)).toBe(false);
      expect(() => machine.assert(s, s)).toThrow(DomainError);
    }
  });

  it('allows exactly as many moves as listed', () => {
    expect(pairs.filter(([f, t]) => machine.can(f, t))).toHaveLength(allowed.length);
  });
});

describe('terminal states', () => {
  it('verified and auto-verified forms only go back to review (a household check, a reopened resolution), and resolved tasks only come back to review', () => {
    for (const s of FORM_STATUSES) {
      expect(formMachine.can('VERIFIED', s)).toBe(s === 'IN_REVIEW');
      expect(formMachine.can('AUTO_VERIFIED', s)).toBe(s === 'IN_REVIEW');
    }
    for (const s of TASK_STATUSES) expect(taskMachine.can('RESOLVED', s)).toBe(['CLAIMED', 'OPEN', 'ESCALATED'].includes(s));
  });

  // Locked after handover: the only way out is the admin's audited reopen.
  it('a handed-over batch can only be reopened', () => {
    for (const s of BATCH_STATUSES) expect(batchMachine.can('HANDED_OVER', s), s).toBe(s === 'OPEN');
  });
});

describe('StateMachine', () => {
  it('works for any declared table', () => {
    const m = new StateMachine<'A' | 'B'>('demo', { A: ['B'], B: [] });
    expect(m.can('A', 'B')).toBe(true);
    expect(m.can('B', 'A')).toBe(false);
    expect(() => m.assert('B', 'A')).toThrow('demo cannot move from B to A');
  });
});
