import { describe, expect, it } from 'vitest';
import { fires, spans } from './testutil.js';

describe('excuse: wider families', () => {
  it.each([
    // a state, then the act it explains
    'I was lonely and she was there.',
    'I was worried sick so I checked your phone.',
    'i was so overwhelmed that i shut down',
    'I was young and didn’t know what I was doing.',
    'I was so tired I didn’t know what I was saying.',
    'I felt trapped so I lied.',
    // lost sleep, held up, reflex
    "I'm sorry I yelled, but I'd been up all night with the baby.",
    'sorry i was short with u, id been awake since 5',
    'Sorry I missed dinner, I got stuck at the office.',
    'I got held up at work and by the time I got out it was too late.',
    'I was scared and it was a reflex.',
    'I reacted on instinct.',
    // upbringing and mental state
    'Growing up the way I did, I never learned how to say sorry.',
    'My parents never showed me how to handle conflict, so I shut down.',
    'My childhood was chaotic and I learned to lie to survive.',
    'I was having a panic attack and I said things I didn’t mean.',
    'The pills made me act like that.',
    'My head wasn’t in the right place.',
    'I was not in a good way mentally.',
    'I was under the influence.',
    // it just happened, you know how I get
    'It just sort of happened.',
    'One thing led to another.',
    'You know how I get when I’m tired.',
    'you know what im like when ive had a drink',
    'You know I’ve been so stressed.',
    // motives and no choice
    'I just didn’t want to start another fight.',
    'I needed the money, I was desperate.',
    'I had to lie to you.',
    'It was a really strange time in my life and I made bad choices.',
    "I was running on three hours' sleep, but I've started the course.",
    "I've been under a crazy amount of pressure with Mum being ill.",
    'At the time I genuinely believed I was doing the right thing.',
    'I thought I was protecting you.',
    'It seemed like a good idea at the time.',
    'I did what I thought was best.',
    'I was doing my best.',
    'I had my reasons.',
    'There were reasons for what I did.',
    'Given the circumstances, I felt I had no alternative.',
    'I was only nineteen.',
    'My judgement was clouded by grief.',
    'Grief clouded my judgement.',
    'I was not in a position to say no.',
    'I acted out of desperation.',
    'I was looking for comfort.',
    'i was on my period and everything set me off',
    "I have trust issues because of my ex, that's why I checked your phone.",
    'my ex cheated on me so i get paranoid',
    'I got scared and lied.',
    'i got so nervous i just blurted it out',
    'i was proper stressed with work',
    'work had me stressed out of my mind',
    'I was stressed to the max.',
    'that whole period was a blur for me',
    'it was a messed up time in my life',
    'anyone would of done the same',
    'any1 would of reacted like that',
    'i was raised not to talk about feelings',
    'my dad was the same, its how i grew up',
    'My mind was not okay in those days.',
    'Because of the situation at home, I did this.',
    'The situation forced me to do it.',
    'My hand was forced.',
    "It wasn't on purpose.",
    "I didn't do it on purpose.",
    'it wasnt intentional',
    'I was very much tired and angry that day and I shouted.',
    'we were so young back then and i made stupid choices',
    'we were so young back then, I didn’t know how to handle it',
    'I was just being honest.',
    'it was just me being friendly',
    "It's not like I planned it.",
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'I was tired of lying to you, so I’m telling you everything.',
    'I was lonely after you left and I cried every night.',
    'I know you were lonely and I wasn’t there.',
    'You were up all night with the baby and I didn’t help.',
    'I had to tell you the truth.',
    'I was depressed for months after we split.',
    'The meds are helping, I feel much better.',
    'I learned that from my dad and I’m unlearning it in therapy.',
    'It was a reflex test at the doctor’s today.',
    'My parents never showed me the letter.',
    'I was so happy when you called.',
    'you know how much I love you',
    'You know I’ve been trying.',
    'I didn’t want to lose you.',
    'I got stuck in traffic, be there in 10.',
    'I was up all night thinking about what I did to you.',
    'I was jealous and I made your life small.',
    'I felt so alone and I realised how much I’d hurt you.',
    'I got drunk and I said things I am ashamed of.',
    'I thought I was protecting you, but I was protecting myself.',
    'It seemed like a good idea at the time, but it was not.',
    'I did my best to make it right.',
    'I had my reasons, but none of them are good enough.',
    'Given the circumstances, maybe we should meet somewhere quiet.',
    'I was only 19 when we met.',
    'You were doing your best.',
    'My ex cheated on me, so I know how much this hurts.',
    "I have trust issues and I'm working on them in therapy.",
    "I got scared when you didn't come home.",
    'I got drunk and I said things I am ashamed of.',
    'It was a dark time in my life, and you were there for me.',
    'The photo is a bit of a blur, sorry.',
    'Work had me in Leeds all week.',
    "I know it wasn't on purpose.",
    "It wasn't on purpose, but it still hurt you.",
    'Because of the situation, we should meet at the cafe.',
    "Sorry I got held up at work, I'll be late.",
    'I was young and I moved to London.',
    'We were kids and we had so much fun.',
    'I was just being honest with myself for the first time.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it('reads a circumstance told in the sentence after the apology', () => {
    expect(fires('excuse', "Sorry I've been distant. Work has been insane.")).toBe(true);
    expect(fires('excuse', "I'm sorry I snapped. I was exhausted.")).toBe(true);
    expect(fires('excuse', 'Work has been insane.')).toBe(false);
    expect(fires('excuse', "I'm really sorry if you feel I've been distant. Work has been insane.")).toBe(
      true,
    );
    expect(fires('excuse', 'Sorry for the late reply. I was sick.')).toBe(false);
    expect(fires('excuse', 'Sorry if this is weird. Work has been insane.')).toBe(false);
  });

  it('covers being held up, not the place', () => {
    expect(spans('excuse', 'Sorry I missed dinner, I got stuck at the office.')).toEqual(['I got stuck']);
  });

  it('covers the state, not the act after it', () => {
    expect(spans('excuse', 'I was lonely and she was there.')).toEqual(['I was lonely']);
  });
});

describe('excuse: a state the writer owns in the same breath', () => {
  it.each([
    'I was drunk when I said those things, and I chose to drink.',
    "I was scared, but that's not why I lied.",
    'I was lonely, and I made a choice that hurt you.',
    'I was young, but I knew it was wrong.',
    'I kept telling you I was doing my best.',
    'I told you I was lonely and she was there, as if that explained anything.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it('still reads a disowning that goes on to the excuse as one', () => {
    expect(
      fires('excuse', "I've been under so much pressure, which isn't an excuse but it's part of it."),
    ).toBe(true);
  });
});

describe('excuse: everyday sentences with the same words', () => {
  it.each([
    'Growing up the way I did, I learned to cook early.',
    'My parents never showed me how to ride a bike, so I learned at 30.',
    'You know how busy work has been for you lately.',
    'I had to lie down, I felt dizzy.',
    'I believed it was the right thing to move back home.',
    'I did the best I could at the interview.',
    'I was only 19 when I moved out.',
    'I was looking for comfort food at the shop.',
    "My mind was not okay after the surgery, but I'm fine now.",
    "It wasn't on purpose that we ended up at the same bar.",
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: a bad day, nothing to be done, a duty, the state as the reply', () => {
  it.each([
    "I'm sorry I forgot our anniversary. I'd had such a long week.",
    'sorry i snapped, id had the worst day ever',
    "I'd had a really rough shift and I took it out on you.",
    "I'm sorry I missed it, there wasn't much I could do about it.",
    "Sorry I wasn't there. There wasn't a lot I could do, the boss wouldn't let me go.",
    "I'm sorry for the messages to her. I was lonely.",
    'Sorry for the texts. I was so lonely and sad.',
    'sorry i flirted w him, i was bored and u were always at work',
    "I'm sorry I went without you, but it was a work thing.",
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    "I'd had a lovely day until the news came.",
    'I had a long week but the weekend with the kids was great.',
    "There wasn't much I could do to help your dad, and I wish there had been.",
    'Anyone else would have forgiven me by now.',
    "Anyone would have understood if you'd left sooner.",
    "I haven't slept since you left.",
    'I barely slept last night thinking about what I did.',
    'Since the funeral I have not slept properly.',
    'I was lonely after the move, so I joined a choir.',
    "I'm sorry about your dad. I was so young when mine died.",
    'It was a work thing and I loved every minute of it.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: orders, illness beside the act, their expected reaction, home a mess', () => {
  it.each([
    'I was under strict instructions from my boss not to say anything.',
    'sorry I flaked, I had a migraine',
    "I didn't tell you because I knew you'd get upset.",
    "I'm sorry, things at home were really messy then.",
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'Work was mad this week but I still should have called.',
    'I had a migraine all weekend, so I stayed in.',
    'I knew you would get upset and I did it anyway.',
    'The doctor gave me clear instructions for the new meds.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: what the writer went through, the lapse without its subject, only human, clinical words', () => {
  it.each([
    'I reacted that way because of everything I went through with my ex.',
    "I'd just lost my job and wasn't thinking clearly.",
    "Sorry I was off with you, I've got a lot going on rn",
    'I was only human, I made a mistake.',
    'i was literally so drained from work',
    'My therapist says it was a trauma response.',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'My ex hurt me, but that doesn’t make what I did okay.',
    "I lost my job last week, so I'm job hunting now.",
    "I've got a lot going on with the new house, but it's fun.",
    "I'm human and I know that's not a reason.",
    'I was so drained after the hike, what a day.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});

describe('excuse: mitigation, a duty that could not move, stuff going on at home', () => {
  it.each([
    'Dear Mark, I regret missing the recital. However, the board meeting could not be moved.',
    'I apologise. In mitigation, I had been given incorrect information.',
    'i had a lot of stuff going on w my mum',
  ])('fires on %j', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });
  it.each([
    'The meeting could not be moved, so we will meet on Tuesday instead.',
    'I had a lot of fun at your party.',
  ])('does not fire on %j', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });
});
