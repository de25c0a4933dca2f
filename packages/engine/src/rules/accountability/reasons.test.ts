import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('excuse: intentions, nature, the heat of the moment, things that failed', () => {
  it.each([
    "I'm sorry I went through your bag, I was only trying to protect you.",
    'sorry i turned up at the party, i was just missing u',
    "I'm sorry I snapped, you know I get moody when I'm tired.",
    "Sorry about the comment at dinner, you know what I'm like.",
    "I'm sorry I said those things. It was the heat of the moment.",
    'I know I went quiet for a week but my phone was playing up.',
    'sorry i ghosted u, i got caught up with work stuff',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'I was just happy to see you at the school gate today, the kids looked great.',
    'You know how I am about birthdays: I love them. Have a lovely one.',
    'My phone died mid-call, sorry! Can you text me the time for the vet?',
    'Sorry for the late reply, work has been mental. Saturday works.',
    "I was worried about you when I heard about the accident. I hope you're okay.",
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('blame-shift: the fix handed back, the doomed start, the hurt turned round', () => {
  it.each([
    "You're the one who has to apologise, not me.",
    "I'm sorry I took the money, but you should have offered when you saw me struggling.",
    'Sorry about your sister’s wedding. Your friends never liked me, so that was always going to happen.',
    'why are you punishing me like this. why do you keep doing this to me',
    "I'd never have gone through your phone if you hadn't been so secretive.",
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    "I'd never have known how much it hurt if you hadn't told me.",
    'I wish you could have offered, but I never asked, and that is on me.',
    'Why are you doing this? Is everything okay at work?',
    'I need to fix this, not you.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('criticism: typical of you, character words', () => {
  it.each([
    'So typical of you to walk out halfway through.',
    "You're such a spiteful person.",
    'You are an arrogant, petty man.',
  ])('fires on %j', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    "It's typical of you to be so kind to everyone.",
    'A typical Sunday for you, I bet: lie-in and football.',
  ])('does not fire on %j', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});
