import type { Contact } from '../../api/types';
import { emptyDraft, type SituationDraft } from '../situation/situation';

// The onboarding answers are kept on this device until the journey is saved, so closing the tab,
// reloading or losing the server never costs the person what they wrote.

const KEY = 'amends.onboarding.draft.v1';

export interface OnboardingDraft extends SituationDraft {
  /** 0 is the welcome; 1..4 are the questions. */
  step: number;
}

export const initialOnboarding: OnboardingDraft = { ...emptyDraft, step: 0 };

const contacts: readonly string[] = ['none', 'little', 'regular'];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function loadDraft(): OnboardingDraft {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw === null) return initialOnboarding;
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const contact = parsed['contact'];
    const step = parsed['step'];
    return {
      name: text(parsed['name']),
      whatHappened: text(parsed['whatHappened']),
      when: text(parsed['when']),
      contact: typeof contact === 'string' && contacts.includes(contact) ? (contact as Contact) : '',
      step: typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= 4 ? step : 0,
    };
  } catch {
    return initialOnboarding;
  }
}

/** Returns false when the browser refuses storage (private mode, full disk). */
export function saveDraft(draft: OnboardingDraft): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}
