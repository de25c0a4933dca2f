import type { ReactNode } from 'react';
import type { Journey } from '../api/types';
import type { IconName } from '../components/Icon';
import { ProgramPage } from '../features/program/ProgramPage';
import { SituationPage } from '../features/situation/SituationPage';

export interface PageContext {
  journey: Journey;
  /** Changes the journey held in memory (after a save, or optimistically before one). */
  updateJourney: (update: (journey: Journey) => Journey) => void;
  onDeleted: () => void;
}

export interface Destination {
  path: string;
  /** The word in the navigation: short enough for a phone's tab bar. */
  label: string;
  /** The document title while this page is open. */
  title: string;
  icon: IconName;
  render: (context: PageContext) => ReactNode;
}

// The app's areas, in navigation order. A new area is one more line here (at most five, for the
// phone's tab bar). Today, Write, Their side and Progress join as they are built.
export const destinations: readonly Destination[] = [
  {
    path: '/program',
    label: 'Program',
    title: 'Your program',
    icon: 'program',
    render: (c) => <ProgramPage journey={c.journey} onJourneyChange={c.updateJourney} />,
  },
  {
    path: '/situation',
    label: 'Situation',
    title: 'Your situation',
    icon: 'situation',
    render: (c) => (
      <SituationPage
        journey={c.journey}
        onSaved={(next) => c.updateJourney(() => next)}
        onDeleted={c.onDeleted}
      />
    ),
  },
];

/** Where the app opens. Today becomes home once it exists. */
export const HOME = '/program';
