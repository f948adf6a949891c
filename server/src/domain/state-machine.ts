import { DomainError } from './errors.js';

/** A declared transition table: every move not listed is invalid. */
export type Transitions<S extends string> = Record<S, readonly S[]>;

export class StateMachine<S extends string> {
  constructor(
    readonly name: string,
    readonly transitions: Transitions<S>,
  ) {}

  states(): S[] {
    return Object.keys(this.transitions) as S[];
  }

  can(from: S, to: S): boolean {
    return Object.hasOwn(this.transitions, from) && this.transitions[from].includes(to);
  }

  assert(from: S, to: S): void {
    if (!this.can(from, to)) {
      throw new DomainError('INVALID_TRANSITION', `${this.name} cannot move from ${from} to ${to}`, { from, to });
    }
  }
}

export const FORM_STATUSES = ['AWAITING_KEYINGS', 'ONE_PASS_KEYED', 'AUTO_VERIFIED', 'IN_REVIEW', 'VERIFIED', 'REJECTED'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/**
 * REJECTED: the scan is unreadable; the form leaves the pipeline until it is rescanned. A verified
 * form returns to review when a later form of its household contradicts it (until handover).
 */
export const formMachine = new StateMachine<FormStatus>('form', {
  AWAITING_KEYINGS: ['ONE_PASS_KEYED'],
  ONE_PASS_KEYED: ['AUTO_VERIFIED', 'IN_REVIEW'],
  AUTO_VERIFIED: ['IN_REVIEW'],
  IN_REVIEW: ['VERIFIED', 'REJECTED'],
  VERIFIED: ['IN_REVIEW'],
  REJECTED: ['IN_REVIEW'],
});

export const TASK_STATUSES = ['OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED', 'RESOLVED', 'REJECTED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * The correction task's life cycle. ESCALATED waits for a senior (manager); REKEY_REQUESTED waits
 * for a third clerk's keying of the disputed fields; REJECTED (unreadable scan) reopens on rescan;
 * RESOLVED reopens only through reopenTask (services/task-reopen.ts).
 */
export const taskMachine = new StateMachine<TaskStatus>('correction task', {
  OPEN: ['CLAIMED'],
  CLAIMED: ['OPEN', 'RESOLVED', 'ESCALATED', 'REKEY_REQUESTED', 'REJECTED'],
  ESCALATED: ['CLAIMED'],
  REKEY_REQUESTED: ['OPEN', 'RESOLVED'],
  // A review task's resolution reopened before handover (its reviewer, or a manager): back to
  // whoever reopened it, or to its queue.
  RESOLVED: ['CLAIMED', 'OPEN', 'ESCALATED'],
  REJECTED: ['OPEN'],
});

export const BATCH_STATUSES = ['OPEN', 'READY', 'HANDED_OVER'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** HANDED_OVER -> OPEN is the admin's audited reopen (with a reason); nothing else unlocks a batch. */
export const batchMachine = new StateMachine<BatchStatus>('batch', {
  OPEN: ['READY'],
  READY: ['OPEN', 'HANDED_OVER'],
  HANDED_OVER: ['OPEN'],
});
