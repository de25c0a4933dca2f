import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'responsibility')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('responsibility', () => {
  it.each([
    'I lied to you about the overtime.',
    'It was my fault, start to finish.',
    'I take full responsibility for the fight.',
    'I was wrong to check your emails.',
    "that's on me",
    'Reading your diary was wrong of me.',
    'i cheated. no point dressing it up',
    'I chose to keep drinking.',
    "There's no excuse for what I did at your graduation.",
    'I have no excuse.',
    'I went through your bag while you slept.',
    'I should have told you about the debt before we married.',
    "I wasn't there for you when your mum was ill.",
    'you were never the problem, i was',
    'My behaviour at the barbecue was unacceptable.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'm sorry I lied.",
    'sorry for reading your messages',
    'We both made mistakes.',
    'Mistakes were made.',
    'I never cheated on you.',
    "I'm not saying it was my fault.",
    'You think I lied?',
    'The only reason I lied is that I was scared.',
    'I only kissed her because I was drunk.',
    'What you did was wrong.',
    'it was partly my fault and partly yours',
    'lol yes that was me in the background of the video',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('LABELS decision 1: the act stated outside the sorry-clause is both', () => {
    const ids = new Set(check("I lied to you. I'm sorry.").findings.map((f) => f.ruleId));
    expect(ids.has('responsibility')).toBe(true);
    expect(ids.has('regret')).toBe(true);
  });

  it('spans the owned act', () => {
    expect(spans('Honestly? I ghosted you for a month.')).toEqual(['I ghosted you for a month']);
  });
  describe('ownership said many ways', () => {
    it.each([
      'No one else is to blame for this, only me.',
      'i only have myself to blame',
      'The fault lies with me alone.',
      'Responsibility for this rests squarely with me.',
      'Nobody made me do it.',
      'no one pushed me into it',
      'I was the one who started it.',
      'I was the one who read your journal, not your sister.',
      'ur not the problem, i am',
      'You did nothing wrong. I did.',
      'You never deserved the way I spoke to you.',
      'The way I treated you was wrong.',
      'What I did to you was cruel.',
      'Everything I told you about that weekend was a lie.',
      "I told you I was at the gym. That wasn't true.",
      'You said I never listen. You were right.',
      'you said i never listened, and you were right',
      "I'm not going to pretend it wasn't me.",
      'i wont blame the drink',
      "I won't hide behind my childhood.",
      'Nothing excuses what I did.',
      "I can't justify what I said.",
      'I made the wrong call.',
      'I hold my hands up.',
      'that was a shitty thing to do',
      'i did u dirty',
      'I wronged you.',
      'i was bang out of order',
      'i stuffed up badly',
      'I know what I did.',
      'That was yours to share, not mine.',
      "I wouldn't let you see your friends.",
      'I repaid your trust by lying.',
      'the truth is i was at her place',
      'i said some really mean stuff to u',
      'i overreacted',
      'I snapped at you in front of the kids.',
      'i lost it at u',
      'I lost my temper with you.',
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });

    it.each([
      'Nobody is to blame, these things happen.',
      'The blame lies with you.',
      'the responsibility is with me to pick up the kids',
      'No one made me a coffee this morning.',
      'nobody made me feel as loved as you did',
      'I went to your graduation because I wanted to.',
      'I made a great choice marrying you.',
      "I'm not going to blame you for leaving.",
      "I can't blame you.",
      "You said you'd be home. That wasn't true.",
      'I told you the truth. That was hard.',
      'I did.',
      "You weren't the problem. You were the solution.",
      "You didn't deserve the way he spoke to you.",
      "It's on me to pick up the kids on Friday.",
      'I was the one who called the ambulance.',
      'I did that course last year.',
      'I own this house.',
      'I take full responsibility for the kids on weekends.',
      'That was a low blow from your mum.',
      'Your messages were read, and that was wrong.',
      'Nothing excuses what you did.',
      "I won't defend him.",
      'I know what I did last summer.',
      'The truth is I was scared you would leave.',
      'You did me wrong.',
      'I hold my hands up in class when I know the answer.',
      "I wouldn't let you down.",
      'you overreacted',
      'I lost my keys.',
      'he blew up at you',
      'I said some really nice things about you.',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });

    it('spans the owning words', () => {
      expect(spans('Honestly, nobody made me do it.')).toEqual(['nobody made me do it']);
      expect(spans('You did nothing wrong. I did.')).toEqual(['I did']);
    });
  });

  it.each([
    'how it ended is on me, all of it',
    'How I left things is on me, completely.',
    'The rumour about you was made up by me.',
    "I wasn't where I said I was.",
    "Cheating on you is not a small thing and I won't pretend it was.",
    'I had a choice every time, and I chose wrong.',
    'I was the one pulling away.',
    'I know the silent treatment was cruel.',
    'That refusal was a choice I made again and again.',
    'Those messages were mine.',
    'Both were wrong, and I’m sorry.',
    'u never did anything to deserve me lying to u like that',
    'that wasnt fair to u',
    'i left u on read for like a month',
    "I missed Ellie's birthday party because I went to the pub.",
    'I got this so wrong.',
    'I let my temper win.',
    'I put my needs first every time.',
    'I hold myself accountable.',
    'I took it from your account without asking.',
  ])('fires on other ways of owning it: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'If any of this was my fault, I apologize.',
    "you're acting like I cheated",
    'Your colleague asked after you, I said you were doing great.',
    "My friends say I was wrong but I don't agree.",
    'Dinner is on me.',
    'What we eat tonight is on me.',
    'It wasn’t fair to me either.',
    'i left u on read lol its not that deep',
    'I got the date wrong.',
  ])('does not fire on near misses: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'i was a total jerk to u',
    'None of that was okay.',
    'What I said to you at the party was vile.',
    'I broke us.',
  ])('fires on more ways of owning it: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each(['None of that was my fault.', 'I never said it was my fault.'])(
    'does not fire on these near misses either: %j',
    (text) => {
      expect(fires(text)).toBe(false);
    },
  );

  describe('more acts owned', () => {
    it.each([
      'i shouldnt have left u at the bus stop like that',
      'My sister made me see how selfish I was.',
      'I know now how cruel that was to you.',
      'u were grieving and i just disappeared',
      'I laughed at you when you cried.',
      'I screenshotted your texts and sent them to my mates.',
      "You didn't do anything wrong. It was mine, all of it.",
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });
  });

  describe('not a wrong owned', () => {
    it.each([
      // a measure, and a wish to have died
      'I drank more than I should have last night.',
      'i should have jumped when i had the chance',
      // self-pity
      "I've been a total mess since the breakup.",
      // the act told as their doing, or as tit for tat
      'You got me so mad I punched the door.',
      "You ignored me for a week, so don't be shocked I did the same.",
      // an explanation of an omission
      "That's why I didn't tell you the truth.",
      // despair, and a thing owned
      'theres no reason anymore',
      "Legally it's mine, I paid for it.",
      // hoarding their words is the start of a threat
      'i screenshotted everything you ever sent me',
      // the hurt is impact, not another act (decision 2)
      'I never wanted to upset you, and I did it anyway.',
      // their act judged, not the writer's
      'You cheated on me, you know how unfair that was.',
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });
});
