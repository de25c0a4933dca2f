import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('criticism', () => {
  it.each([
    'You always twist what I say.',
    'you never once asked how my day was',
    "You're so selfish it's unreal.",
    'ur honestly the most controlling person i know',
    'Typical you, making it about yourself again.',
    'You were always on your phone at dinner.',
    "You've always been someone who runs when it gets hard.",
    'What kind of person blocks someone after six years?',
  ])('fires on %s', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    'I always felt safe with you.',
    'I never meant to hurt you.',
    'You always made me laugh.',
    'You never judged me, even when I deserved it.',
    'You said I never listen, and you were right.',
    'I called you selfish, and that was cruel of me.',
    "You're not selfish and you never were.",
    "You'll always be special to me.",
    'Do you always go to your mum’s at Christmas?',
  ])('does not fire on %s', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});
