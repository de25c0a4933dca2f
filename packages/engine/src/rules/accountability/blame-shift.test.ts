import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('blame-shift', () => {
  it.each([
    'You drove me to it with all your nagging.',
    'If you had just picked up the phone, I never would have gone to the bar.',
    "You're the one who started checking my phone.",
    "It's partly your fault for never telling me how you felt.",
    'my mates pressured me into going out that night',
    "ur acting like i'm some kind of criminal",
    'I only lied because you were always so angry with me.',
    "Let's not pretend it was one-sided, you were shouting too.",
    "I'm sorry but u weren't exactly an angel either",
    'We both let the job take over, so we both need to own this.',
  ])('fires on %s', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'You made me laugh every single day.',
    'You helped me see what I did.',
    'I pushed you away, and that was my choice.',
    "It's not your fault, none of this is.",
    'You were the one who stood by me when Dad died.',
    'I took the job without asking you first.',
    'They keep saying it was your fault, and I have told them it was mine.',
  ])('does not fire on %s', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});
