import { describe, expect, it } from 'vitest';
import { LIMITS, emptyDraft, toSituation, validateField, validateFields } from './situation';

describe('situation validation', () => {
  it('asks for each missing answer in plain words, treating spaces as empty', () => {
    const draft = { ...emptyDraft, name: '   ' };
    expect(validateField('name', draft)).toMatch(/first name or a nickname/);
    expect(validateField('whatHappened', draft)).toMatch(/sentence or two/);
    expect(validateField('when', draft)).toMatch(/roughly when/);
    expect(validateField('contact', draft)).toMatch(/Choose/);
  });

  it('says how to fix text that is too long', () => {
    const draft = { ...emptyDraft, name: 'a'.repeat(LIMITS.name + 1), whatHappened: 'b'.repeat(5003) };
    expect(validateField('name', draft)).toMatch(/60 characters or fewer/);
    expect(validateField('whatHappened', draft)).toMatch(/3 characters over/);
  });

  it('checks only the fields asked for', () => {
    expect(Object.keys(validateFields(['name', 'when'], emptyDraft))).toEqual(['name', 'when']);
  });

  it('trims what is sent, and sends nothing until contact is chosen', () => {
    const draft = { name: ' Alex ', whatHappened: ' I lied. ', when: ' May ', contact: '' as const };
    expect(toSituation(draft)).toBeUndefined();
    expect(toSituation({ ...draft, contact: 'none' })).toEqual({
      name: 'Alex',
      whatHappened: 'I lied.',
      when: 'May',
      contact: 'none',
    });
  });
});
