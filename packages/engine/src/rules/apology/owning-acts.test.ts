import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const fires = (rule: string, text: string): boolean => check(text).findings.some((f) => f.ruleId === rule);

describe('responsibility: more acts named as the writer’s own, and the way of it named as wrong', () => {
  it.each([
    'I kicked the door in that night.',
    'I talked down to you in front of your family.',
    'I controlled the money for years.',
    'How I spoke to you was demeaning.',
  ])('fires on %j', (text) => {
    expect(fires('responsibility', text)).toBe(true);
  });

  it.each([
    'He kicked the door in and I called the police.',
    'I kicked the ball over the fence, sorry about the roses.',
    'It was humiliating for you, I know.',
    "You're so controlling it's scary.",
  ])('does not fire on %j', (text) => {
    expect(fires('responsibility', text)).toBe(false);
  });
});

describe('repair: coming to fix it, paying someone, writing to who needs to know', () => {
  it.each([
    "I'll come round and fix the gate on Saturday.",
    "I'll pay a locksmith to change the locks.",
    'I can call your insurer and explain it was me.',
  ])('fires on %j', (text) => {
    expect(fires('repair', text)).toBe(true);
  });

  it.each(['You need to come and fix this.', 'Can you call the landlord and explain the boiler?'])(
    'does not fire on %j',
    (text) => {
      expect(fires('repair', text)).toBe(false);
    },
  );
});

describe('commitment: not turning up at their places', () => {
  it.each(["I won't turn up at your work again.", 'I will never show up at your door.'])(
    'fires on %j',
    (text) => {
      expect(fires('commitment', text)).toBe(true);
    },
  );

  it.each(["I won't be at your work do, I'm away that week."])('does not fire on %j', (text) => {
    expect(fires('commitment', text)).toBe(false);
  });
});
