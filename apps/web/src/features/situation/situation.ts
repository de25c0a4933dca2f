import type { Contact, Situation, SituationField } from '../../api/types';

export const LIMITS = { name: 60, whatHappened: 5000, when: 100 } as const;

export interface ContactOption {
  value: Contact;
  label: string;
  description: string;
}

export const contactOptions: readonly ContactOption[] = [
  { value: 'none', label: 'No contact', description: 'You don’t talk or write to each other at the moment.' },
  { value: 'little', label: 'A little', description: 'Now and then, or only about practical things.' },
  { value: 'regular', label: 'Regular', description: 'You talk or write to each other often.' },
];

export function contactLabel(contact: Contact): string {
  switch (contact) {
    case 'none':
      return 'No contact';
    case 'little':
      return 'A little contact';
    case 'regular':
      return 'Regular contact';
  }
}

/** The form's view of a situation: everything is text, and contact may not be chosen yet. */
export interface SituationDraft {
  name: string;
  whatHappened: string;
  when: string;
  contact: Contact | '';
}

export const emptyDraft: SituationDraft = { name: '', whatHappened: '', when: '', contact: '' };

export type FieldErrors = Partial<Record<SituationField, string>>;

/** Checks one field the way the server does, and says what to do about it in plain words. */
export function validateField(field: SituationField, draft: SituationDraft): string | undefined {
  switch (field) {
    case 'name': {
      const name = draft.name.trim();
      if (name === '')
        return 'Add their first name or a nickname. It is only for you, so Amends can talk about them by name.';
      if (name.length > LIMITS.name)
        return `Keep this to ${LIMITS.name} characters or fewer. A first name or nickname is enough.`;
      return undefined;
    }
    case 'whatHappened': {
      const text = draft.whatHappened.trim();
      if (text === '')
        return 'Write a sentence or two about what happened. It can be short; you can add more later.';
      if (text.length > LIMITS.whatHappened)
        return `This is ${(text.length - LIMITS.whatHappened).toLocaleString()} characters over the ${LIMITS.whatHappened.toLocaleString()} limit. Keep the heart of it here; the steps give you room for the rest.`;
      return undefined;
    }
    case 'when': {
      const when = draft.when.trim();
      if (when === '') return 'Add roughly when it happened. Something like “last spring” is enough.';
      if (when.length > LIMITS.when)
        return `Keep this under ${LIMITS.when} characters. A rough time is enough, like “over the summer”.`;
      return undefined;
    }
    case 'contact':
      return draft.contact === ''
        ? 'Choose the option closest to where things stand today. You can change it later.'
        : undefined;
  }
}

export function validateFields(fields: readonly SituationField[], draft: SituationDraft): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const message = validateField(field, draft);
    if (message !== undefined) errors[field] = message;
  }
  return errors;
}

/** The trimmed situation, or undefined while something is still missing. */
export function toSituation(draft: SituationDraft): Situation | undefined {
  if (draft.contact === '') return undefined;
  return {
    name: draft.name.trim(),
    whatHappened: draft.whatHappened.trim(),
    when: draft.when.trim(),
    contact: draft.contact,
  };
}

export function draftOf(situation: Situation): SituationDraft {
  return {
    name: situation.name,
    whatHappened: situation.whatHappened,
    when: situation.when,
    contact: situation.contact,
  };
}
