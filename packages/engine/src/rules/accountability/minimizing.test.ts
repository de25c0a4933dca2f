import { describe, expect, it } from 'vitest';
import { fires, spans } from './testutil.js';

describe('minimizing', () => {
  it.each([
    'It was only a bit of banter between mates.',
    "honestly it's not that deep, it was one text",
    "You're blowing this way out of proportion.",
    'It only happened once and it meant nothing.',
    'It was just a stupid kiss at a party.',
    'Why are you still so upset about one missed dinner?',
    'It happens in every marriage, you know that.',
    "It's really not a big deal.",
    'sorry about the voicemail lol',
  ])('fires on %s', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'It was just me at home that night.',
    'I only want you to be okay.',
    "I said 'it was just a kiss'. It wasn't.",
    'I told you it was no big deal, and that was a lie.',
    'It was not a small thing, and I know it.',
    'I know I overreacted when you told me.',
    'No big deal if you would rather not meet.',
  ])('does not fire on %s', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });

  it('tells the other their reaction is too big with its own reason', () => {
    expect(spans('minimizing', "you're being so dramatic")).toEqual(["you're being so dramatic"]);
  });
});

describe('minimizing: everyone does it, it does not count, too sensitive, only kidding, that was months ago', () => {
  it.each([
    'We argued a bit, like every couple does.',
    "all couples fight, it's normal",
    "Let's not turn this into something it wasn't.",
    'ur making it into a bigger deal than it was',
    "We were on a break so it doesn't really count.",
    'its not like anything actually happened',
    "You're way too sensitive about this stuff.",
    'I barely raised my voice.',
    'Lighten up, it was banter.',
    'omg i was only kidding',
    "We'll all laugh about this one day.",
    'ur still on that?',
    'That was months ago.',
    'Did it really bother you that much?',
    "It wasn't as bad as your mum made out.",
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'Every couple I know has their own way of saying sorry.',
    'It counts for a lot that you listened.',
    "You're so kind, and I don't deserve it.",
    'I was kidding myself that I could change without help.',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: small in other words, everyone does it, their reaction too big', () => {
  it.each([
    'It was only once.',
    'It was only a little push.',
    'it was a tiny white lie',
    'it was small stuff really',
    'It was a moment of weakness, nothing more.',
    "It's really not that big of a deal.",
    "I don't see what the big deal is.",
    'no harm done',
    "It's not like anyone got hurt.",
    'it doesn’t matter that much',
    'its not cheating if we didnt sleep together',
    "I didn't do anything that bad.",
    'Let’s not make a mountain out of a molehill.',
    'I just glanced at your messages.',
    'It happens to everyone.',
    'it happens to the best of us',
    "Couples fight, it's normal.",
    "We've all done it.",
    'Everybody lies sometimes.',
    "That was so long ago, I thought we'd moved past it.",
    'you take everything so seriously',
    'you always take things the wrong way',
    "you're taking this way too hard",
    "You're making it a bigger deal than it is.",
    "You'll get over it.",
  ])('fires on %j', (text) => {
    expect(fires('minimizing', text)).toBe(true);
  });

  it.each([
    'It was only a few days after your birthday when I told you.',
    'It was ages ago that we met, and I still remember it.',
    'That was months ago, and I still think about it every day.',
    'It was nothing like I expected, the job is great.',
    "It's nothing you did, it's all me.",
    'We were just friends back then.',
    "It's no big deal about the tickets, I'll sort it.",
    "It's not the end of the world if we don't talk this week.",
    'I know couples fight, but what I did wasn’t a fight.',
    "It's normal to be angry with me.",
    'Nobody’s perfect, but that’s no excuse for what I did.',
    'Kids never forget that kind of thing.',
    'I know you’re still upset, and you have every right to be.',
    'I only texted you to say happy birthday.',
    'sorry for the late reply lol',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });
});

describe('minimizing: the writer owning their past minimising, others reported, taken back', () => {
  it.each([
    'I convinced myself it was harmless.',
    'I made it seem like it was nothing.',
    'i played it off like it was a joke and it wasnt',
    'My mum said it was no big deal, but she’s wrong.',
    'It was a joke to me then, and it was never a joke to you.',
    'It only happened once, and once was enough to break your trust.',
    'It meant nothing to me at the time, and that was the problem.',
    'I thought it was harmless, but I was so wrong.',
    'I know you’re not overreacting.',
    "I don't think you're overreacting at all.",
    "You're so sensitive to other people, it's what I love about you.",
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });

  it('gives the reaction reason when it says their reaction is too big', () => {
    const [span] = spans('minimizing', 'honestly you take everything so seriously');
    expect(span).toBe('you take everything so seriously');
  });
});

describe('minimizing: contact and sincere questions', () => {
  it.each([
    "It's just one message, I won't send more.",
    "No need to reply, it's not a big thing to ask for, I know.",
    'Did it hurt you that much? I never asked, and I should have.',
  ])('does not fire on %j', (text) => {
    expect(fires('minimizing', text)).toBe(false);
  });

  it('still reads the rhetorical question as minimising', () => {
    expect(fires('minimizing', 'does it honestly upset u this much')).toBe(true);
  });
});
