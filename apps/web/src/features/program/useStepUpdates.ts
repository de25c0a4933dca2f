import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Journey, Step, StepStatus } from '../../api/types';
import { statusLabel } from './status';

export type StepFeedback = { kind: 'saved' } | { kind: 'error'; message: string };

const SAVED_VISIBLE_MS = 2500;

/**
 * Changes a step's status optimistically: the new status shows at once, and if the server refuses
 * or cannot be reached the step goes back to what was last saved, with a message saying so.
 */
export function useStepUpdates(journey: Journey, setSteps: (update: (steps: Step[]) => Step[]) => void) {
  const [feedback, setFeedback] = useState<Partial<Record<number, StepFeedback>>>({});
  // The latest request per step wins; older answers may still arrive after it.
  const latest = useRef(new Map<number, number>());
  // What the server last confirmed, to roll back to.
  const confirmed = useRef(new Map<number, StepStatus>());
  const inFlight = useRef(new Map<number, number>());
  const timers = useRef(new Map<number, number>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
    };
  }, []);

  const show = useCallback((number: number, next: StepFeedback | undefined) => {
    window.clearTimeout(timers.current.get(number));
    setFeedback((current) => ({ ...current, [number]: next }));
    if (next?.kind === 'saved') {
      timers.current.set(
        number,
        window.setTimeout(
          () => setFeedback((current) => ({ ...current, [number]: undefined })),
          SAVED_VISIBLE_MS,
        ),
      );
    }
  }, []);

  const replaceStep = useCallback(
    (number: number, change: (step: Step) => Step) =>
      setSteps((steps) => steps.map((step) => (step.number === number ? change(step) : step))),
    [setSteps],
  );

  const changeStatus = useCallback(
    async (step: Step, status: StepStatus) => {
      const { number } = step;
      // With nothing in flight, what is shown is what the server has.
      if ((inFlight.current.get(number) ?? 0) === 0) confirmed.current.set(number, step.status);
      inFlight.current.set(number, (inFlight.current.get(number) ?? 0) + 1);
      const token = (latest.current.get(number) ?? 0) + 1;
      latest.current.set(number, token);

      replaceStep(number, (current) => ({ ...current, status }));
      show(number, undefined);

      try {
        const saved = await api.setStepStatus(journey.id, number, status);
        confirmed.current.set(number, saved.status);
        if (latest.current.get(number) !== token) return;
        replaceStep(number, () => saved);
        show(number, { kind: 'saved' });
      } catch (error) {
        if (latest.current.get(number) !== token) return;
        const back = confirmed.current.get(number) ?? step.status;
        replaceStep(number, (current) => ({ ...current, status: back }));
        const reason = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
        show(number, {
          kind: 'error',
          message: `That change wasn’t saved, so step ${number} is back to “${statusLabel[back]}”. ${reason}`,
        });
      } finally {
        inFlight.current.set(number, (inFlight.current.get(number) ?? 1) - 1);
      }
    },
    [journey.id, replaceStep, show],
  );

  return { feedback, changeStatus };
}
