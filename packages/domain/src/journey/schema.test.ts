import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseWith } from '../validation.js';
import { JourneyInputSchema, JourneyPatchSchema, StepStatusInputSchema } from './schema.js';

const valid = {
  name: '  Sam ',
  whatHappened: 'I lied about where I was.',
  when: 'last spring',
  contact: 'little',
};

function validationError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('JourneyInputSchema', () => {
  it('accepts a complete journey and trims text', () => {
    expect(parseWith(JourneyInputSchema, valid)).toEqual({ ...valid, name: 'Sam' });
  });

  it('names the missing field in a sentence that says what to do', () => {
    const { name: _name, ...withoutName } = valid;
    const error = validationError(() => parseWith(JourneyInputSchema, withoutName));
    expect(error.code).toBe('validation');
    expect(error.field).toBe('name');
    expect(error.message).toBe('Add a name — a first name or nickname is enough.');
  });

  it('treats a name of only spaces as missing', () => {
    const error = validationError(() => parseWith(JourneyInputSchema, { ...valid, name: '   ' }));
    expect(error.field).toBe('name');
    expect(error.message).toMatch(/^Add a name/);
  });

  it('says when a field has the wrong type', () => {
    const error = validationError(() => parseWith(JourneyInputSchema, { ...valid, when: 2021 }));
    expect(error.field).toBe('when');
    expect(error.message).toMatch(/should be text/);
  });

  it('limits lengths after trimming', () => {
    expect(parseWith(JourneyInputSchema, { ...valid, name: ` ${'a'.repeat(60)} ` }).name).toHaveLength(60);
    const error = validationError(() => parseWith(JourneyInputSchema, { ...valid, name: 'a'.repeat(61) }));
    expect(error.field).toBe('name');
    expect(error.message).toMatch(/60 characters or fewer/);
    expect(() => parseWith(JourneyInputSchema, { ...valid, whatHappened: 'x'.repeat(5001) })).toThrow(/5000/);
    expect(() => parseWith(JourneyInputSchema, { ...valid, when: 'x'.repeat(101) })).toThrow(/100/);
  });

  it('rejects an unknown contact level with the choices', () => {
    const error = validationError(() => parseWith(JourneyInputSchema, { ...valid, contact: 'some' }));
    expect(error.field).toBe('contact');
    expect(error.message).toMatch(/“none”, “little” or “regular”/);
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    const error = validationError(() => parseWith(JourneyInputSchema, { ...valid, nmae: 'Sam' }));
    expect(error.field).toBe('nmae');
    expect(error.message).toMatch(/isn’t part of a journey/);
  });

  it('asks for an object when the body is not one', () => {
    for (const body of [null, 'Sam', [], 3, undefined]) {
      const error = validationError(() => parseWith(JourneyInputSchema, body));
      expect(error.field).toBeUndefined();
      expect(error.message).toMatch(/^Send a JSON object with name, whatHappened, when and contact/);
    }
  });
});

describe('JourneyPatchSchema', () => {
  it('accepts any subset, including none', () => {
    expect(parseWith(JourneyPatchSchema, { contact: 'none' })).toEqual({ contact: 'none' });
    expect(parseWith(JourneyPatchSchema, {})).toEqual({});
  });

  it('applies the same rules to the fields it has', () => {
    const error = validationError(() => parseWith(JourneyPatchSchema, { name: '' }));
    expect(error.field).toBe('name');
    expect(() => parseWith(JourneyPatchSchema, { name: null })).toThrow(/should be text/);
  });
});

describe('StepStatusInputSchema', () => {
  it('accepts the three statuses', () => {
    for (const status of ['not-started', 'started', 'done'] as const) {
      expect(parseWith(StepStatusInputSchema, { status })).toEqual({ status });
    }
  });

  it('explains a missing or unknown status', () => {
    expect(validationError(() => parseWith(StepStatusInputSchema, {})).message).toMatch(/^Add a status/);
    const error = validationError(() => parseWith(StepStatusInputSchema, { status: 'finished' }));
    expect(error.field).toBe('status');
    expect(error.message).toMatch(/^Choose a status/);
  });
});
