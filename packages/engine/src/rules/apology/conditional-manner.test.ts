import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const fires = (text: string): boolean => check(text).findings.some((f) => f.ruleId === 'conditional-apology');

describe('conditional-apology: about one’s own manner, made doubtful', () => {
  it.each([
    'Sorry if I came on a bit strong last night.',
    'My apologies if my message was rude.',
    'sorry if i was too intense at the wedding',
    "I'm sorry if I overstepped.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'm sorry I came on too strong. That was wrong of me.",
    'Sorry if the train was off schedule, I had no control over it.',
    "Sorry if I'm late tomorrow, the buses are on strike.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
