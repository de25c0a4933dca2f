import { useCallback } from 'react';
import type { Journey, Step, StepStatus } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ProgressSummary } from './ProgressSummary';
import { SituationCard } from './SituationCard';
import { StepCard } from './StepCard';
import { useStepUpdates } from './useStepUpdates';

interface ProgramPageProps {
  journey: Journey;
  onJourneyChange: (update: (journey: Journey) => Journey) => void;
}

/** The ten steps in order, where the person is with each, and their situation at a glance. */
export function ProgramPage({ journey, onJourneyChange }: ProgramPageProps) {
  const setSteps = useCallback(
    (update: (steps: Step[]) => Step[]) =>
      onJourneyChange((current) => ({ ...current, steps: update(current.steps) })),
    [onJourneyChange],
  );
  const { feedback, changeStatus } = useStepUpdates(journey, setSteps);
  const onChange = useCallback(
    (step: Step, status: StepStatus) => void changeStatus(step, status),
    [changeStatus],
  );
  const steps = [...journey.steps].sort((a, b) => a.number - b.number);

  return (
    <>
      <PageHeader title="Your program">
        Ten steps toward rebuilding trust with {journey.name}, at their pace. Take them in order, and come
        back to any step whenever you need to.
      </PageHeader>

      <div className="overview">
        <ProgressSummary steps={steps} />
        <SituationCard journey={journey} onSaved={(next) => onJourneyChange(() => next)} />
      </div>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="section-title">
          The ten steps
        </h2>
        <ol className="step-list">
          {steps.map((step) => (
            <StepCard key={step.number} step={step} feedback={feedback[step.number]} onChange={onChange} />
          ))}
        </ol>
      </section>
    </>
  );
}
