import { memo } from 'react';
import type { Step, StepStatus } from '../../api/types';
import { Icon } from '../../components/Icon';
import { SavedNote } from '../../components/SavedNote';
import { statusIcon, statusLabel, statuses } from './status';
import type { StepFeedback } from './useStepUpdates';

interface StepCardProps {
  step: Step;
  feedback: StepFeedback | undefined;
  onChange: (step: Step, status: StepStatus) => void;
}

export function StatusBadge({ status }: { status: StepStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <Icon name={statusIcon[status]} />
      {statusLabel[status]}
    </span>
  );
}

/** One of the ten steps: what it is, what it rests on, and where the person is with it. */
export const StepCard = memo(function StepCard({ step, feedback, onChange }: StepCardProps) {
  const id = `step-${step.number}`;
  return (
    <li className={`step-card step-${step.status}`}>
      <article aria-labelledby={`${id}-title`}>
        <header className="step-header">
          <span className="step-number" aria-hidden="true">
            {step.number}
          </span>
          <h3 id={`${id}-title`} className="step-title">
            <span className="visually-hidden">Step {step.number}: </span>
            {step.title}
          </h3>
          <StatusBadge status={step.status} />
        </header>
        <p className="step-summary">{step.summary}</p>
        <p className="step-basis">
          <span className="step-basis-label">Based on</span> {step.basis}
        </p>
        <div className="status-row">
          <span aria-hidden="true">Where you are</span>
          <SavedNote visible={feedback?.kind === 'saved'} />
        </div>
        <fieldset className="status-control">
          <legend className="visually-hidden">Where you are with step {step.number}</legend>
          {statuses.map((status) => (
            <label key={status} className="status-option">
              <input
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={step.status === status}
                onChange={() => onChange(step, status)}
              />
              <span className="status-option-face">
                <Icon name={statusIcon[status]} />
                {statusLabel[status]}
              </span>
            </label>
          ))}
        </fieldset>
        <div role="alert">
          {feedback?.kind === 'error' && (
            <p className="field-error">
              <Icon name="alert" />
              <span>{feedback.message}</span>
            </p>
          )}
        </div>
      </article>
    </li>
  );
});
