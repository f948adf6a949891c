import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';

/** type-graphql's own argument validation, with the options it used (`{ forbidUnknownValues: false }`, missing properties skipped). */
const VALIDATION: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };
const validatable = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * Validates object arguments (input types, @Args classes) as type-graphql does by default, but with
 * class-validator imported once: type-graphql runs `await import('class-validator')` for every such
 * argument of every request, and with the TypeScript loader's hooks each dynamic import is a
 * message round trip to the loader thread (~1 ms of CPU per request). Arguments that skip
 * validation say so with `validateFn: skipValidation` (a global validateFn overrides `validate: false`).
 */
export const validateArgument: ValidatorFn = async (value) => {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validatable).map((v) => validateOrReject(v, VALIDATION)));
    else await validateOrReject(value, VALIDATION);
  } catch (e) {
    throw new ArgumentValidationError(e as ValidationError[]);
  }
};

/** For arguments their service validates in full (keyings): no class-validator walk. */
export const skipValidation: ValidatorFn = () => undefined;
