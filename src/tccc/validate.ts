import type { ErrorObject } from 'ajv';
import validateGenerated from './record-validator.generated.js';
import type { TcccRecord } from './record.js';

// The schema is compiled ahead of time (npm run gen:validator): run-time compilation needs eval, which the CSP forbids.
const validateFn = validateGenerated as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface ValidationResult {
  valid: boolean;
  /** Human-readable problems, e.g. "/vitals/0/time must match pattern ...". Empty when valid. */
  errors: string[];
}

/** Checks a value against the TCCC record schema. */
export function validateRecord(value: unknown): ValidationResult {
  const valid = validateFn(value);
  const errors = valid
    ? []
    : (validateFn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return { valid, errors };
}

/** Type guard form of {@link validateRecord}. */
export function isRecord(value: unknown): value is TcccRecord {
  return validateFn(value);
}
