import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('minimizing: wider families', () => {
  it.each([
    // size and duration with a shrinking word
    'It got like 12 views.',
    'im sorry i posted the pic, but it got 12 views its fine',
    'It was only for a few minutes.',
    'I just looked at your phone for a second.',
    // "not that serious" with adverbs between
    'It really wasn’t that serious.',
    'ok but its really not that deep',
    'its not that deep',
    // as bad as they say, plural trivia, bigger than it is
    'I don’t think I was as drunk as everyone says.',
    'It wasn’t as loud as your sister makes out.',
    'They were only jokes.',
    'those were just words',
    'I think you’re making a much bigger deal of this than it needs to be.',
    'ur making it way bigger than it is',
    // a joke with a dismissal, barely, comparison, everyone
    'lol relax it was a meme',
    'chill, it was a joke',
    'I’m sorry I shouted, but it was barely even shouting.',
    'it was barely a push',
    'People do way worse than that.',
    'Loads of couples go through worse.',
    'compared to most guys I’m a saint',
    'It’s hardly the crime of the century.',
    'Everyone says stuff when they’re angry.',
    'we all lose it sometimes',
    'I feel this has been blown out of all proportion.',
    'It was a momentary lapse of judgement.',
    'it was a short fling, nothing more',
    'It was purely physical.',
    "I don't see why it matters so much.",
    "It's all in the past now.",
    "It's water under the bridge.",
    "Let's not dwell on it.",
    "I'd hardly call it cheating.",
    "It wasn't really cheating.",
    "technically we weren't even exclusive",
    "It's not as though anyone got hurt.",
    "We're talking about one evening.",
    'I do think the reaction was out of proportion to a few careless words.',
    'its literally nothing',
    'it happens, people fight',
    "that's just how relationships are",
    'u r being so extra',
    'It was only a couple of times.',
    'it only happened a few times',
    'I only said it once.',
    "It's not like it was serious.",
    "Other people's boyfriends do way worse.",
    "I just looked, I didn't touch.",
    'i barely even did anything',
    'we only went for coffee',
    'it was just coffee',
    'we just met up as friends',
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'It got like 12 views before I took it down, and that’s still 12 people too many.',
    'It got 40 views and I feel sick about it.',
    'I was only gone for a few minutes when you called.',
    'It’s not that simple, I know.',
    'I was as drunk as everyone says, and I’m ashamed.',
    'They were only jokes to me, and I see now they weren’t to you.',
    'I made it worse than it was by lying about it.',
    'It was a joke and it was cruel, I’m sorry.',
    'relax and take your time, no rush',
    'I barely slept last night.',
    'Compared to last year I’m doing better.',
    'I hardly know where to start.',
    'Everyone says I should give you space.',
    'People get hurt when you lie to them.',
    'It’s only a small thing, but I found your earrings in the car.',
    'That was years ago, and I’m honestly in a good place now.',
    "I know I blew it out of proportion and I'm sorry.",
    'After a brief pause I said something cruel.',
    'It was a brief affair, but it broke everything.',
    "It was purely physical, and that doesn't make it better.",
    "It's all in the past now, and I'm sober.",
    "It wasn't technically a lie, but it was meant to mislead you, and that's the same thing.",
    'No one got hurt because of you.',
    "We're talking about one of the worst things I've done.",
    "It's literally nothing to do with you.",
    'you were being so sensitive to my needs',
    'I only said it once, and once was enough to hurt you.',
    "It's not like it was easy for you.",
    'I just looked at the menu.',
    'We just had dinner with your parents, it was lovely.',
    'It was just lunch with you that I missed most.',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: the writer owning their own past words (decision 11)', () => {
  it.each([
    'I once told you it was purely physical.',
    'I told you once it was purely physical, and that was a lie.',
    'I would tell you it meant nothing. It meant something.',
    'I said it was water under the bridge, as if it were up to me.',
    'When I said you were being dramatic, I was wrong.',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: everyday sentences with the same words', () => {
  it.each([
    'We only went for coffee and it was lovely to catch up.',
    "It got like 300 likes, I'm so happy.",
    'I barely touched my dinner.',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: what it only was, meant as fun, others overreacting, how little', () => {
  it.each([
    'It was texting, nothing more.',
    'it was only flirting, nothing else',
    'It was only ever meant as a bit of fun.',
    'the comment was meant as a joke',
    "It's not like we were ever short, the bills got paid.",
    'Your mum overreacted about the whole thing.',
    'ur family totally overreacted',
    'I only stayed for an hour anyway.',
    'I barely stayed ten minutes.',
    'I hardly even talked to her.',
    'We were only messing around.',
    'we were just having a laugh',
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    "I lied to you for months and then kept telling you that you were overreacting. You weren't.",
    'im sorry i said that but i was hangry lol',
    'sorry im late, the bus was stuck in traffic lol',
    "It's not like you to be late, is everything ok?",
    'I only stayed because of the kids.',
    'We were just having dinner when you called.',
    'I barely spoke to anyone for weeks after you left.',
    'It was meant as a joke, and it was cruel, and I am sorry.',
    'We were just having a laugh when the news came on.',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: not seeing why it matters to them', () => {
  it.each(["I don't get why it's such a big deal to you.", 'i dont see why its such a big deal'])(
    'fires on %j',
    (text) => {
      expect(fires('minimizing', text)).toBe(true);
    },
  );
  it.each([
    'I see now why it was such a big deal to you.',
    "I didn't understand why it mattered, and now I do.",
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe("minimizing: surely over it, don't be so dramatic, not even a real kiss", () => {
  it.each([
    "It's been two years, surely you can move on.",
    "Don't be so dramatic, it was a text.",
    "It wasn't even a real kiss.",
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });
  it.each([
    "It's only been two days but I miss you.",
    'Surely you can see how sorry I am.',
    "I'm not saying it was harmless; it wasn't.",
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: a bare count, survived worse, everyone says things, not that bad in my view, renamed', () => {
  it.each([
    'It was a dance. One dance.',
    'just one text!!',
    'ur still punishing me for one slip up',
    'Couples have got through much worse than this.',
    'everybody says things they dont mean when theyre drunk',
    'We all say stuff in the heat of the moment.',
    'its a heated moment, people say things',
    "Let's not make this a whole drama.",
    'i honestly dont think i did anything that bad',
    "I didn't cheat, I just kissed her.",
    'i didnt lie i just hadnt told u yet',
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'Just one word. That is all I ask.',
    'One night in June changed everything for me.',
    'People have survived worse, and I know that does not make it okay.',
    "I'm sorry you took it the wrong way.",
    "I don't think you said anything that bad, you were right to be angry.",
    "I didn't lie to protect myself, I lied because I was a coward.",
    "Don't make it a thing on my account, take whatever time you need.",
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: part of me still thinks', () => {
  it('fires when the writer is the one who thinks it', () => {
    expect(fires('minimizing', 'Part of me still thinks your mum overreacted.')).toBe(true);
    expect(fires('minimizing', 'a part of me thinks ur sister blew it out of proportion')).toBe(true);
  });
  it('does not fire when someone else thinks it', () => {
    expect(fires('minimizing', 'My brother thinks your mum overreacted, and he is wrong.')).toBe(false);
  });
});

describe('minimizing: understatement as a sentence; a standing trait is criticism', () => {
  it.each([
    'I read your diary. Not my finest moment, I know.',
    'not ideal lol',
    "Which wasn't exactly ideal.",
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'The timing is not ideal, but the flat is yours if you want it.',
    'Not great, thanks. How are you?',
    'You always overreact to everything.',
    'Your problem is that you are too sensitive.',
    'ur problem is ur too emotional',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});
