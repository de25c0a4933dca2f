import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import type { Journey, SituationField } from '../../api/types';
import { isSituationField } from '../../api/types';
import { ContactField, TextField } from '../../components/fields';
import { Icon, type IconName } from '../../components/Icon';
import { navigate, usePath } from '../../app/router';
import {
  LIMITS,
  contactOptions,
  toSituation,
  validateField,
  type FieldErrors,
  type SituationDraft,
} from '../situation/situation';
import { clearDraft, loadDraft, saveDraft, type OnboardingDraft } from './draft';

/** The questions in order; each one is a step of its own with its own address, so Back works. */
const questions: readonly { field: SituationField; slug: string }[] = [
  { field: 'name', slug: 'name' },
  { field: 'whatHappened', slug: 'what-happened' },
  { field: 'when', slug: 'when' },
  { field: 'contact', slug: 'contact' },
];

export const ONBOARDING_ROOT = '/start';

const promises: readonly { icon: IconName; title: string; text: string }[] = [
  {
    icon: 'lock',
    title: 'It is private.',
    text: 'What you write stays on this computer. Nothing is sent anywhere else.',
  },
  {
    icon: 'hand',
    title: 'It helps you do your part.',
    text: 'Whether and when to trust you again is theirs to decide.',
  },
  { icon: 'path', title: 'It takes time.', text: 'Stop whenever you need to. Nothing you write is lost.' },
];

function pathFor(step: number): string {
  const question = questions[step - 1];
  return question === undefined ? ONBOARDING_ROOT : `${ONBOARDING_ROOT}/${question.slug}`;
}

function stepFromPath(path: string): number | undefined {
  if (path === ONBOARDING_ROOT || path === `${ONBOARDING_ROOT}/`) return 0;
  const index = questions.findIndex((question) => path === `${ONBOARDING_ROOT}/${question.slug}`);
  return index === -1 ? undefined : index + 1;
}

/** The first question that still needs an answer before `step` can be shown. */
function firstUnansweredBefore(step: number, draft: SituationDraft): number {
  for (let index = 0; index < step - 1; index += 1) {
    const question = questions[index];
    if (question !== undefined && validateField(question.field, draft) !== undefined) return index + 1;
  }
  return step;
}

export function Onboarding({ onCreated }: { onCreated: (journey: Journey) => void }) {
  const [draft, setDraft] = useState<OnboardingDraft>(loadDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const path = usePath();
  const fromPath = stepFromPath(path);
  const step = fromPath === undefined ? draft.step : firstUnansweredBefore(fromPath, draft);
  const total = questions.length;
  const question = questions[step - 1];

  const focusRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Keep the address in step with what is shown (an unknown path or a skipped question).
  useEffect(() => {
    if (path !== pathFor(step)) navigate(pathFor(step), { replace: true });
  }, [path, step]);

  useEffect(() => {
    document.title = step === 0 ? 'Welcome · Amends' : `Question ${step} of ${questions.length} · Amends`;
  }, [step]);

  // Remember the step reached, so a reload or a later visit continues where the person stopped.
  useEffect(() => {
    saveDraft({ ...draft, step });
  }, [draft, step]);

  // Move focus to the question when the step changes, not on the first render.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (step === 0) headingRef.current?.focus();
    else focusRef.current?.focus();
  }, [step]);

  const update = (patch: Partial<SituationDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    const field = Object.keys(patch)[0];
    if (isSituationField(field) && errors[field] !== undefined) {
      setErrors((current) => {
        const next = { ...current };
        delete next[field];
        return next;
      });
    }
  };

  const goTo = (next: number) => {
    setFormError(undefined);
    setDraft((current) => ({ ...current, step: next }));
    navigate(pathFor(next));
  };

  const submit = async () => {
    const situation = toSituation(draft);
    if (situation === undefined) return;
    setSaving(true);
    setFormError(undefined);
    try {
      const journey = await api.createJourney(situation);
      clearDraft();
      onCreated(journey);
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError('error', 'Something went wrong. Please try again.', 0);
      const field = apiError.field;
      if (isSituationField(field)) {
        setErrors({ [field]: apiError.message });
        const index = questions.findIndex((candidate) => candidate.field === field);
        if (index + 1 !== step) goTo(index + 1);
        else focusRef.current?.focus();
      } else {
        setFormError(apiError.message);
      }
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (question === undefined) {
      goTo(1);
      return;
    }
    const message = validateField(question.field, draft);
    if (message !== undefined) {
      setErrors({ [question.field]: message });
      focusRef.current?.focus();
      return;
    }
    if (step < total) goTo(step + 1);
    else void submit();
  };

  if (question === undefined) {
    const hasAnswers = draft.name !== '' || draft.whatHappened !== '' || draft.when !== '';
    return (
      <div className="onboarding welcome">
        <p className="eyebrow">Welcome</p>
        <h1 ref={headingRef} tabIndex={-1}>
          You want to make things right. That matters.
        </h1>
        <p className="lede">
          Amends walks you through ten steps for rebuilding trust with someone you hurt: honestly, and at
          their pace.
        </p>
        <ul className="promise-list">
          {promises.map((promise) => (
            <li key={promise.title}>
              <Icon name={promise.icon} />
              <span>
                <strong>{promise.title}</strong>
                <span>{promise.text}</span>
              </span>
            </li>
          ))}
        </ul>
        <form className="form-actions" onSubmit={onSubmit}>
          <button type="submit" className="button button-primary button-wide">
            {hasAnswers ? 'Continue where you left off' : 'Begin'}
            <Icon name="forward" />
          </button>
        </form>
        <p className="quiet-note">First, four short questions about what happened. It takes a few minutes.</p>
      </div>
    );
  }

  const name = draft.name.trim() === '' ? 'them' : draft.name.trim();
  const field = question.field;

  return (
    <div className="onboarding">
      <div className="form-progress">
        <p className="form-progress-label">
          Question {step} of {total}
        </p>
        <ol className="segments" aria-hidden="true">
          {questions.map((item, index) => (
            <li
              key={item.slug}
              className={
                index + 1 < step
                  ? 'segment segment-done'
                  : index + 1 === step
                    ? 'segment segment-current'
                    : 'segment'
              }
            />
          ))}
        </ol>
      </div>

      <form className="question" onSubmit={onSubmit} noValidate aria-busy={saving}>
        {field === 'name' && (
          <TextField
            prominent
            label="What is their first name, or a nickname?"
            hint="Just what you call them. Amends uses it to talk about them by name."
            value={draft.name}
            onChange={(value) => update({ name: value })}
            error={errors.name}
            maxLength={LIMITS.name}
            autoComplete="off"
            inputRef={focusRef}
          />
        )}
        {field === 'whatHappened' && (
          <TextField
            prominent
            multiline
            label={`What happened with ${name}?`}
            hint="In your own words, as if to yourself. Only you will read this. A few sentences is enough to begin."
            value={draft.whatHappened}
            onChange={(value) => update({ whatHappened: value })}
            error={errors.whatHappened}
            maxLength={LIMITS.whatHappened}
            inputRef={focusRef}
          />
        )}
        {field === 'when' && (
          <TextField
            prominent
            label="Roughly when was this?"
            hint="A rough time is fine, like “last spring” or “March 2024”."
            value={draft.when}
            onChange={(value) => update({ when: value })}
            error={errors.when}
            maxLength={LIMITS.when}
            inputRef={focusRef}
          />
        )}
        {field === 'contact' && (
          <ContactField
            prominent
            legend={`Where does contact with ${name} stand now?`}
            hint="This helps Amends keep to their pace. You can change it whenever things change."
            options={contactOptions}
            value={draft.contact}
            onChange={(value) => update({ contact: value })}
            error={errors.contact}
            firstRef={focusRef}
          />
        )}

        {formError !== undefined && (
          <div className="notice notice-error" role="alert">
            <Icon name="alert" />
            <p>{formError}</p>
          </div>
        )}

        <div className="form-actions form-actions-split">
          <button type="button" className="button button-quiet" onClick={() => goTo(step - 1)}>
            <Icon name="back" />
            Back
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {step < total ? 'Continue' : saving ? 'Saving…' : 'Start my program'}
            {step < total && <Icon name="forward" />}
          </button>
        </div>
        <p className="quiet-note">
          <Icon name="lock" />
          Kept on this device as you type, until you finish.
        </p>
      </form>
    </div>
  );
}
