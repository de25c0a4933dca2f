import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'conditional-apology')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('conditional-apology', () => {
  it.each([
    "I'm sorry if you felt ignored at your birthday.",
    'sorry u feel that way',
    'I apologise if anything I said upset your parents.',
    "I'm sorry you were offended by the speech.",
    'I apologise to whatever extent my emails upset you.',
    'If my tone came across badly, then sorry.',
    "I'm sorry the messages upset you.",
    'sorry you took it like that',
    'Apologies if my comments seemed harsh.',
    "I'm sorry your feelings were hurt.",
    'I regret any distress caused.',
    'Should my conduct have caused you pain, I offer my apologies.',
    'I appreciate that you found my remarks upsetting, and for that I apologise.',
    'sorry ur mad abt the trip',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'm sorry that I lied to you about the loan.",
    "If you want to talk, I'm here.",
    "I'm sorry I hurt you.",
    'Sorry if this is a strange time to write.',
    'sorry ur having such a rough week',
    "I'm sorry you had to find out from my brother.",
    'I won\'t say "sorry if you were hurt", because you were, and I did it.',
    "I'm not sorry if you're upset.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('explains the problem and suggests naming the act', () => {
    const f = check('sorry if i upset u').findings.find((x) => x.ruleId === 'conditional-apology');
    expect(f?.reason).toMatch(/their reaction/);
    expect(f?.suggestion).toMatch(/Name the act/);
    expect(f?.actual).toMatch(/^sorry if i upset/);
  });
});

describe('conditional-apology: long and unpunctuated conditions, more reactions', () => {
  it.each([
    'If I have hurt your feelings in any way over the years we were together, please forgive me.',
    'if i hurt u then im sorry',
    'If my jokes went too far, then I am sorry.',
    'I apologise if my words were hurtful.',
    'apologies if that was too much',
    'sorry if that was too much for you',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
    expect(fires(text.replace(/if/i, 'that'))).toBe(false);
  });

  it.each([
    "sorry if i'm bothering you",
    "Sorry if I'm disturbing you.",
    'sorry if this is too much to read',
    'sorry if this is too long',
    'Sorry if this wakes you.',
    "I'm sorry I hurt you, and I went too far.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  describe('sorry for the way they found out, not for the act', () => {
    it.each([
      'sorry u had to hear it like that',
      "I'm so sorry you had to find out this way.",
      'Apologies that you had to learn about it that way.',
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });

    it.each([
      // the act named: they heard it from someone else, not from me
      "I'm sorry you had to find out from your sister and not from me.",
      // an apology to someone else, offered and left to them
      "I'll ring your mum and apologise, if you think it would help.",
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });

    it.each(["I'd like to apologise if I hurt you."])('still fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });
  });
});
