import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { Journey } from '../api/types';
import { Icon } from '../components/Icon';
import { ONBOARDING_ROOT, Onboarding } from '../features/onboarding/Onboarding';
import { HOME, destinations } from './destinations';
import { markNavigated, navigate, usePath } from './router';
import { Shell } from './Shell';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: ApiError; retrying: boolean; attempts: number }
  | { kind: 'onboarding' }
  | { kind: 'ready'; journey: Journey };

async function loadJourney(): Promise<Journey | undefined> {
  // The newest journey is the one being worked on; more than one is for later issues.
  const [newest] = await api.listJourneys();
  return newest;
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const path = usePath();

  const load = useCallback(async () => {
    try {
      const journey = await loadJourney();
      setState(journey === undefined ? { kind: 'onboarding' } : { kind: 'ready', journey });
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError('error', 'Something went wrong while opening Amends.', 0);
      setState((current) => ({
        kind: 'unavailable',
        error: apiError,
        retrying: false,
        attempts: current.kind === 'unavailable' ? current.attempts + 1 : 1,
      }));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const updateJourney = useCallback((update: (journey: Journey) => Journey) => {
    setState((current) =>
      current.kind === 'ready' ? { kind: 'ready', journey: update(current.journey) } : current,
    );
  }, []);

  const onCreated = useCallback((journey: Journey) => {
    setState({ kind: 'ready', journey });
    navigate(HOME, { replace: true });
  }, []);

  const onDeleted = useCallback(() => {
    setState({ kind: 'onboarding' });
    navigate(ONBOARDING_ROOT, { replace: true });
  }, []);

  const destination = destinations.find((candidate) => candidate.path === path);

  // Send unknown addresses (and "/") home once we know there is a journey.
  useEffect(() => {
    if (state.kind === 'ready' && destination === undefined) navigate(HOME, { replace: true });
  }, [state.kind, destination]);

  // Onboarding names its own steps in the title.
  useEffect(() => {
    if (state.kind === 'onboarding') return;
    const title = state.kind === 'ready' ? destination?.title : undefined;
    document.title = title === undefined ? 'Amends' : `${title} · Amends`;
  }, [state.kind, destination]);

  switch (state.kind) {
    case 'loading':
      return (
        <Shell>
          <div className="loading" aria-busy="true">
            <p role="status" className="loading-text">
              Opening your program…
            </p>
            <div className="skeleton skeleton-title" />
            <div className="skeleton skeleton-line" />
            <div className="skeleton skeleton-line skeleton-short" />
            <div className="skeleton skeleton-card" />
            <div className="skeleton skeleton-card" />
          </div>
        </Shell>
      );
    case 'unavailable':
      return (
        <Shell>
          <Unavailable
            error={state.error}
            retrying={state.retrying}
            attempts={state.attempts}
            onRetry={() => {
              markNavigated();
              setState({ ...state, retrying: true });
              void load();
            }}
          />
        </Shell>
      );
    case 'onboarding':
      return (
        <Shell>
          <Onboarding onCreated={onCreated} />
        </Shell>
      );
    case 'ready':
      return (
        <Shell destinations={destinations} currentPath={destination?.path ?? ''}>
          {destination?.render({ journey: state.journey, updateJourney, onDeleted })}
        </Shell>
      );
  }
}

interface UnavailableProps {
  error: ApiError;
  retrying: boolean;
  attempts: number;
  onRetry: () => void;
}

function Unavailable({ error, retrying, attempts, onRetry }: UnavailableProps) {
  return (
    <div className="unavailable">
      <Icon name="alert" className="icon-large" />
      <h1>{error.isNetwork ? 'Amends isn’t answering right now' : 'Amends couldn’t open your program'}</h1>
      {error.isNetwork ? (
        <>
          <p>
            Amends runs on this computer, and its server isn’t answering. If you closed the window where it
            was running, start it again with <code>amends serve</code>, then try again.
          </p>
          <p>What you have written is safe. It is stored on this computer.</p>
        </>
      ) : (
        <p>{error.message}</p>
      )}
      <p role="status" className="retry-status">
        {retrying
          ? 'Trying again…'
          : attempts > 1
            ? `Still no answer after ${attempts} tries. Check that Amends is running, then try again.`
            : ''}
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          if (!retrying) onRetry();
        }}
        aria-disabled={retrying}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}
