import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'repair')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('repair', () => {
  it.each([
    "I'll pay for the new windscreen.",
    'What can I do to make this right?',
    "I'll answer any question you have, whenever you want.",
    "I've returned the money to your account.",
    "If there's anything I can do, tell me.",
    'ill venmo u the $60 for the tickets tonight',
    "I've told my friends the truth, that I was the one who lied.",
    'Is there anything I can undo?',
    "I'll take the photos down today.",
    "I'd like to apologise to your parents in person.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'You need to fix this.',
    'Nothing I say can fix this.',
    "I'll pay for half the vet bill.",
    "I won't pay for it.",
    'Can we fix this over dinner?',
    "I'll make it up to you with a weekend away once we're back together.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the offer', () => {
    expect(spans("Look, I'll replace the phone, just send me the model.")[0]).toMatch(
      /^I'll replace the phone/,
    );
  });
});
