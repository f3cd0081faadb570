import Ajv2020 from 'ajv/dist/2020.js';
import schema from './record.schema.json' with { type: 'json' };
import type { TcccRecord } from './record.js';

// One compiled validator for the process; ajv compiles the schema to a function once.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateFn = ajv.compile<TcccRecord>(schema);

export interface ValidationResult {
  valid: boolean;
  /** Human-readable problems, e.g. "/vitals/0/time must match pattern ...". Empty when valid. */
  errors: string[];
}

/** Checks a value against the TCCC record schema. */
export function validateRecord(value: unknown): ValidationResult {
  const valid = validateFn(value);
  const errors = valid ? [] : (validateFn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return { valid, errors };
}

/** Type guard form of {@link validateRecord}. */
export function isRecord(value: unknown): value is TcccRecord {
  return validateFn(value);
}
