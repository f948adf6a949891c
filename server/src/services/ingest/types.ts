import type { Batch } from '../../db/entities/index.js';
import type { Comparator, FieldDiff } from '../../domain/compare.js';
import type { FieldProblem } from '../../domain/errors.js';
import type { KeyingSubmission } from '../../domain/keying.js';
import type { FormStatus } from '../../domain/state-machine.js';
import type { TemplateDef } from '../../domain/template.js';
import type { FieldValues } from '../../domain/values.js';
import type { TaskService } from '../task.service.js';
import type { TemplateCache } from '../templates.js';
import type { Vault } from '../vault.js';

/** What the ingest steps share; the service holds one. */
export interface IngestDeps {
  templates: TemplateCache;
  comparator: Comparator;
  tasks: TaskService;
  vault: Vault;
}

export type OutcomeStatus = 'ACCEPTED' | 'DUPLICATE' | 'REJECTED';

export interface KeyingOutcome {
  index: number;
  idempotencyKey: string;
  status: OutcomeStatus;
  keyingId: number | null;
  formId: number | null;
  formStatus: FormStatus | null;
  code: string | null;
  message: string | null;
  problems: FieldProblem[];
}

/** Outcomes by input index; filled in as each step decides. */
export type Outcomes = (KeyingOutcome | undefined)[];

/** A keying that passed every check made without a transaction. */
export interface Prepared {
  input: KeyingSubmission;
  index: number;
  batch: Batch;
  template: TemplateDef;
  values: FieldValues;
  /** `values` after cleanText: canonical forms start from these instead of cleaning again. */
  clean: FieldValues;
  hash: string;
  /** JSON of `values`: made once for the fingerprint, sealed as it is. */
  json: string;
  /** Characters keyed (computed once: the keying row and the keyer aggregates both need it). */
  strokes: number;
}

/** A retry of a keying already stored with the same content. */
export interface Duplicate {
  p: Prepared;
  keyingId: number;
  formId: number;
}

export interface PassState {
  keyingId: number | null;
  keyerCode: string;
  submittedBy: string;
  values: FieldValues;
  /** Set when this call submitted the pass. */
  prepared?: Prepared;
  /** Set when the pass was read from the database. */
  stored?: { idempotencyKey: string; hash: string };
}

/** A form this call touches, as the two-pass apply tracks it until the final UPDATEs. */
export interface FormState {
  id: number;
  batch: Batch;
  template: TemplateDef;
  status: FormStatus;
  dbStatus: FormStatus;
  imageRef: string | null;
  /** Inserted by this call (see FormRow). */
  created: boolean;
  passes: Map<number, PassState>;
  touched: boolean;
}

/** A discrepancy to store: a CONSISTENCY one names the other form and carries its value. */
export type Diff = FieldDiff & { note?: string; relatedFormId?: number; relatedValue?: string | null };
