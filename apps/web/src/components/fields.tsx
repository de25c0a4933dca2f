import { useId, type ChangeEvent, type Ref } from 'react';
import type { Contact } from '../api/types';
import type { ContactOption } from '../features/situation/situation';
import { Icon } from './Icon';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length === 0 ? undefined : list.join(' ');
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={id} className="field-error">
      <Icon name="alert" />
      <span>{message}</span>
    </p>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  multiline?: boolean;
  /** Shows "n / max" once the text gets near the limit. */
  maxLength?: number;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** Visually larger label, for a form step that asks one question. */
  prominent?: boolean;
}

/** A labelled text input or textarea with its hint and its error wired up for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  multiline = false,
  maxLength,
  autoComplete = 'off',
  inputRef,
  prominent = false,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const showCount = maxLength !== undefined && value.length > maxLength * 0.8;
  const common = {
    id,
    value,
    ref: inputRef,
    className: multiline ? 'input textarea' : 'input',
    'aria-invalid': error !== undefined ? true : undefined,
    'aria-describedby': describedBy(
      hint !== undefined && hintId,
      error !== undefined && errorId,
      showCount && countId,
    ),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };

  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      {prominent ? (
        // The one question on a form step is also the page's heading.
        <h1 className="label label-prominent">
          <label htmlFor={id}>{label}</label>
        </h1>
      ) : (
        <label htmlFor={id} className="label">
          {label}
        </label>
      )}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={7} />
      ) : (
        <input {...common} type="text" autoComplete={autoComplete} autoCapitalize="sentences" />
      )}
      {showCount && (
        <p id={countId} className={value.length > maxLength ? 'count count-over' : 'count'}>
          {value.length.toLocaleString()} of {maxLength.toLocaleString()} characters
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

interface ContactFieldProps {
  legend: string;
  hint?: string;
  options: readonly ContactOption[];
  value: Contact | '';
  onChange: (value: Contact) => void;
  error?: string | undefined;
  prominent?: boolean;
  firstRef?: Ref<HTMLInputElement>;
}

/** Contact as large radio cards: one tap anywhere on a card chooses it. */
export function ContactField({
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  prominent = false,
  firstRef,
}: ContactFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error === undefined ? 'field choice-field' : 'field choice-field field-invalid'}
      aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
    >
      {prominent ? (
        <legend className="label label-prominent">
          <h1 className="legend-heading">{legend}</h1>
        </legend>
      ) : (
        <legend className="label">{legend}</legend>
      )}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="choice-cards">
        {options.map((option, index) => {
          const optionId = `${id}-${option.value}`;
          return (
            <label key={option.value} className="choice-card" htmlFor={optionId}>
              <input
                id={optionId}
                ref={index === 0 ? firstRef : undefined}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={`${optionId}-desc`}
                aria-invalid={error !== undefined ? true : undefined}
              />
              <span className="choice-mark" aria-hidden="true" />
              <span className="choice-text">
                <span className="choice-label" id={`${optionId}-label`}>
                  {option.label}
                </span>
                <span className="choice-description" id={`${optionId}-desc`}>
                  {option.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
