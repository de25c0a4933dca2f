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

describe('repair: conditional offers and amends under way', () => {
  it.each([
    "If there's anything at all that would make this easier, tell me and I'll do it.",
    'if theres any way to make it up to u just say the word',
    'If there is any practical help I can give with the move, I will do it.',
    "If there's a way to put this right, I want to hear it.",
    "If it helps, I'll come with you to the bank and explain.",
    "If you want the whole story, I'll tell it.",
    'if u want me to tell ur brother it was my fault, i will',
    'I have begun paying back everything I took from the joint account.',
    "I've asked my mum to return the ring to you.",
    "I've written to the school to correct what I told them.",
    "I've moved the money back into your savings.",
    "I'm trying to get the watch back from the pawn shop.",
    "I've told your friends that the story about you was made up by me.",
    "I'd like to drive you to your appointments, if that would help.",
    'I will go with you to the hearing and say it was me.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "If there's anything you want to take back, I'll leave it by the door for you.",
    "If you want to meet for coffee, I'll be there.",
    "If you take me back, I'll make it up to you.",
    "I'm trying to get my life back on track.",
    "I've asked my boss to give me more shifts.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
