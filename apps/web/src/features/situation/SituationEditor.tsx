import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import type { Journey, Situation, SituationField } from '../../api/types';
import { isSituationField } from '../../api/types';
import { ContactField, TextField } from '../../components/fields';
import { Icon } from '../../components/Icon';
import {
  LIMITS,
  contactOptions,
  draftOf,
  validateFields,
  type FieldErrors,
  type SituationDraft,
} from './situation';

interface SituationEditorProps {
  journey: Journey;
  /** Which parts of the situation this editor offers, in order. */
  fields: readonly SituationField[];
  onSaved: (journey: Journey) => void;
  onCancel: () => void;
}

/** Edits part of the situation in place and saves only what changed (PATCH). */
export function SituationEditor({ journey, fields, onSaved, onCancel }: SituationEditorProps) {
  const [draft, setDraft] = useState<SituationDraft>(() => draftOf(journey));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const firstRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const update = (field: SituationField, patch: Partial<SituationDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateFields(fields, draft);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      const first = fields.find((field) => found[field] !== undefined);
      document
        .getElementById(`situation-edit-${first ?? ''}`)
        ?.querySelector<HTMLElement>('input, textarea')
        ?.focus();
      return;
    }

    const patch: Partial<Situation> = {};
    for (const field of fields) {
      if (field === 'contact') {
        if (draft.contact !== '' && draft.contact !== journey.contact) patch.contact = draft.contact;
      } else {
        const value = draft[field].trim();
        if (value !== journey[field]) patch[field] = value;
      }
    }
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }

    setSaving(true);
    setFormError(undefined);
    try {
      onSaved(await api.updateJourney(journey.id, patch));
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError('error', 'Something went wrong. Please try again.', 0);
      if (isSituationField(apiError.field) && fields.includes(apiError.field)) {
        setErrors({ [apiError.field]: apiError.message });
      } else {
        setFormError(apiError.message);
        errorRef.current?.focus();
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="situation-editor"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-busy={saving}
    >
      {fields.map((field, index) => {
        const ref = index === 0 ? firstRef : undefined;
        switch (field) {
          case 'name':
            return (
              <div key={field} id="situation-edit-name">
                <TextField
                  label="Their first name or nickname"
                  value={draft.name}
                  onChange={(value) => update('name', { name: value })}
                  error={errors.name}
                  maxLength={LIMITS.name}
                  {...(ref && { inputRef: ref })}
                />
              </div>
            );
          case 'whatHappened':
            return (
              <div key={field} id="situation-edit-whatHappened">
                <TextField
                  multiline
                  label="What happened"
                  value={draft.whatHappened}
                  onChange={(value) => update('whatHappened', { whatHappened: value })}
                  error={errors.whatHappened}
                  maxLength={LIMITS.whatHappened}
                  {...(ref && { inputRef: ref })}
                />
              </div>
            );
          case 'when':
            return (
              <div key={field} id="situation-edit-when">
                <TextField
                  label="Roughly when"
                  value={draft.when}
                  onChange={(value) => update('when', { when: value })}
                  error={errors.when}
                  maxLength={LIMITS.when}
                  {...(ref && { inputRef: ref })}
                />
              </div>
            );
          case 'contact':
            return (
              <div key={field} id="situation-edit-contact">
                <ContactField
                  legend="Where contact stands now"
                  options={contactOptions}
                  value={draft.contact}
                  onChange={(value) => update('contact', { contact: value })}
                  error={errors.contact}
                  {...(ref && { firstRef: ref })}
                />
              </div>
            );
        }
      })}

      {formError !== undefined && (
        <div className="notice notice-error" role="alert" ref={errorRef} tabIndex={-1}>
          <Icon name="alert" />
          <p>{formError}</p>
        </div>
      )}

      <div className="form-actions form-actions-end">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
