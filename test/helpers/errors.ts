import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';

/** Run `fn`, expect a UserError, return it (so a test can check its message, file and line). */
export function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}
