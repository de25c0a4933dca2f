import type { StepStatus } from '../../api/types';
import type { IconName } from '../../components/Icon';

export const statuses: readonly StepStatus[] = ['not-started', 'started', 'done'];

export const statusLabel: Record<StepStatus, string> = {
  'not-started': 'Not started',
  started: 'Started',
  done: 'Done',
};

export const statusIcon: Record<StepStatus, IconName> = {
  'not-started': 'notStarted',
  started: 'started',
  done: 'done',
};
