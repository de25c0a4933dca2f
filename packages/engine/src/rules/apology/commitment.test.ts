import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'commitment')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('commitment', () => {
  it.each([
    "From now on I'll tell you where I am when I'm out late.",
    "I've started seeing a therapist about my temper.",
    "I won't go through your things again.",
    "I've deleted the betting app.",
    "I'm going to AA meetings twice a week.",
    'ive been sober 6 months now',
    "I've blocked her number.",
    'It will never happen again.',
    'i go to a gamblers anonymous group on mondays now',
    "I haven't had a drink since June.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll try.",
    'Maybe I will change.',
    'i might change, i might not',
    "I'll be a better person from now on.",
    "I swear I'll never hurt you again.",
    'I should probably see someone.',
    'If you take me back I will go to therapy.',
    "I won't message again unless you reach out.",
    'My therapist says you were partly to blame.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the change', () => {
    expect(spans('Just so you know, I have started therapy.')).toEqual(['I have started therapy']);
  });
});
