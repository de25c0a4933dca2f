import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './errors.js';

describe('AppError', () => {
  it('carries a code, a message and an optional field', () => {
    const error = new AppError('validation', 'Add a name.', 'name');
    expect(isAppError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect(error.toJSON()).toEqual({ code: 'validation', message: 'Add a name.', field: 'name' });
  });

  it('leaves the field out of its JSON when there is none', () => {
    expect(JSON.stringify(new AppError('not-found', 'Gone.'))).toBe('{"code":"not-found","message":"Gone."}');
  });

  it('is not confused with other errors', () => {
    expect(isAppError(new Error('x'))).toBe(false);
  });
});
