import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const ids = (text: string): Set<string> => new Set(check(text).findings.map((f) => f.ruleId));

describe('pressure: any condition on what they do, with a threat or self-harm hanging on it (decision 3)', () => {
  it.each([
    'If you ever speak to him again I will hurt you.',
    "If you go to the police, I'll make you regret it.",
    "The moment you sign those papers, I'll make your life hell.",
    "You keep lying to me and I'll show everyone the photos.",
    'Keep ignoring me and I will kill myself tonight.',
    'Should you continue to ignore my calls, I will send the photos to your boss.',
    "should u refuse to meet me i'll tell your wife everything",
  ])('fires on %j', (text) => {
    const found = ids(text);
    expect(found.has('pressure')).toBe(true);
    expect(found.has('threat') || found.has('self-harm')).toBe(true);
  });

  it.each([
    'If you want to know, I have been thinking about ending it.',
    'I keep writing goodbye letters and tearing them up.',
    'If you need anything, call me. I would never hurt you.',
    'You still owe me half of the deposit, no rush.',
  ])('does not fire on %j', (text) => {
    expect(ids(text).has('pressure')).toBe(false);
  });

  it('reads "you still owe me" as a debt of a reply, not of money', () => {
    expect(ids('You still owe me a proper explanation.').has('pressure')).toBe(true);
  });
});

describe('pressure: hurrying forgiveness', () => {
  it.each(['Just forgive me and we can forget it.', "You're dragging this out on purpose."])(
    'fires on %j',
    (text) => {
      expect(ids(text).has('pressure')).toBe(true);
    },
  );

  it.each(['Please forgive me. Take all the time you need.', 'The lawyers are dragging this out, sorry.'])(
    'does not fire on %j',
    (text) => {
      expect(ids(text).has('pressure')).toBe(false);
    },
  );
});

describe('pressure: "block me and…" is a condition only as an imperative', () => {
  it.each([
    "Block me and I'll post the photos.",
    'ignore me and u will regret it',
    'Go on, delete my number and see what happens.',
  ])('fires on %j', (text) => {
    expect(ids(text).has('pressure')).toBe(true);
  });

  it.each([
    "so u can just block me and get on with ur life, you'll find out what happens",
    "You could simply delete my number and forget me, you'll find out what happens",
  ])('does not read a modal clause as the condition: %j', (text) => {
    expect(ids(text).has('pressure')).toBe(false);
  });
});
