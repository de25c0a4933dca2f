import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('criticism', () => {
  it.each([
    'You always twist what I say.',
    'you never once asked how my day was',
    "You're so selfish it's unreal.",
    'ur honestly the most controlling person i know',
    'Typical you, making it about yourself again.',
    'You were always on your phone at dinner.',
    "You've always been someone who runs when it gets hard.",
    'What kind of person blocks someone after six years?',
  ])('fires on %s', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    'I always felt safe with you.',
    'I never meant to hurt you.',
    'You always made me laugh.',
    'You never judged me, even when I deserved it.',
    'You said I never listen, and you were right.',
    'I called you selfish, and that was cruel of me.',
    "You're not selfish and you never were.",
    "You'll always be special to me.",
    'Do you always go to your mum’s at Christmas?',
  ])('does not fire on %s', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});

describe('criticism: more ways of attacking who they are', () => {
  it.each([
    "You're a terrible mother.",
    'ur such a shit boyfriend',
    "You're the least supportive person I've ever known.",
    'You have no empathy whatsoever.',
    "you've got zero self-awareness",
    'All you ever cared about was yourself.',
    "It's always about you.",
    'You make every conversation about you.',
    "You can't take a joke.",
    "You've always been like this.",
    'Every time I try to explain you just walk off.',
    'You think you are better than everyone.',
    'No wonder nobody can stand you.',
    'You ruin everything.',
    "You've got serious issues.",
    'Get over yourself.',
    "You're incapable of loving anyone.",
    'You act like a spoilt child.',
    'Why are you so selfish?',
    "Why can't you ever just listen?",
    "You don't ever listen.",
    "You're so defensive.",
    'ur so annoying',
    "You're emotionally abusive.",
    'Your selfishness ended us.',
    'You nag me all the time.',
    'Just stop being so dramatic.',
    "You're the kind of person who always has to win.",
    'Typical.',
  ])('fires on %s', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    "You're a wonderful mum.",
    'I was a terrible boyfriend to you.',
    'You have no reason to trust me.',
    'You have no idea how sorry I am.',
    'You had no clue what I was doing.',
    'It was always about you for me.',
    'I made everything about me.',
    "You can't take any more of this, and I understand.",
    'Every time I think of you I feel ashamed.',
    'You never did anything wrong.',
    'You never have to forgive me.',
    'You were never the problem.',
    'You never got the apology you deserved.',
    'You always make me feel safe.',
    'I think about you all the time.',
    "I'll stop being so selfish, I promise.",
    'I know my lying fed your insecurity.',
    "You're someone who always sees the best in people.",
    'I think you were a bit unfair to me that night, can we talk?',
    "You're mean to be resting this week.",
    "you're crazy talented",
    'U r too much close to my heart.',
    "You're not weak for leaving.",
  ])('does not fire on %s', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});

describe('criticism: threats and counterfactuals are not character judgements', () => {
  it.each([
    "If you take the kids, I'll make sure you never see them again.",
    "I'll make sure everyone at church knows what kind of person you really are.",
    "I'm sorry you got hurt, but if you hadn't read my messages you'd never have known.",
    'u would never have found out if i hadnt told u',
  ])('does not fire on %j', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });

  it.each([
    'You never listen.',
    'you always overreact',
    'Make sure you never forget your keys, you always do.',
  ])('still fires on %j', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });
});

describe('criticism: wider families', () => {
  it.each([
    "You can never admit when you're wrong.",
    'u could never just say sorry',
    "You're just like your mother.",
    "You don't care about anyone but yourself.",
    'Nothing is ever good enough for you.',
  ])('fires on %j', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    "I know you'll never forgive me.",
    'You can never be too careful.',
    "You'll never be happy with me, and I understand why.",
    "You're just like your mum, kind and brave.",
    "I don't care about anything but you.",
    'Nothing I do will ever be enough to undo this.',
    'You could never stop me from loving you.',
    "You're just like your mum, so talented.",
  ])('does not fire on %j', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});

describe('criticism: every time, how you get, issues, traits about a subject', () => {
  it.each([
    "You're so controlling about money.",
    'You always give up when it gets hard.',
    'u freak out every time i go out',
    'You get jealous every single time I talk to someone.',
    "You know how you get when you're tired.",
    'Sure, blame me for everything, like always.',
    'You need to fix your trust issues.',
    "You've got serious issues.",
    "You're way too sensitive.",
    "you're being selfish",
  ])('fires on %j', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    "You're crazy about him, anyone can see it.",
    "You're being dramatic about the loan.",
    'You always pushed me to be better and I wasted it.',
    'I freak out every time I think about losing you.',
    'I have trust issues and I’m working on them.',
    "you're far better at this than me",
    'You always give the best hugs.',
    "You know how you get when you see a puppy, it's adorable.",
  ])('does not fire on %j', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});

describe('criticism: twisting everything', () => {
  it.each(['You twist everything I say.', 'u turn every argument around on me'])('fires on %j', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });
  it.each(['I twisted everything you said, and I am sorry.', 'You turn every room into a home.'])(
    'does not fire on %j',
    (text) => {
      expect(fires('criticism', text)).toBe(false);
    },
  );
});

describe('criticism: a grown man acting like a child, two intensifiers, fondness said as such', () => {
  it.each(["You're a grown man acting like a child.", "you're honestly such a drama queen"])(
    'fires on %j',
    (text) => {
      expect(fires('criticism', text)).toBe(true);
    },
  );
  it.each([
    'You were the most stubborn person in the best way.',
    "You're a grown woman and you can decide for yourself.",
  ])('does not fire on %j', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});

describe("criticism: the maturity of a teenager, always someone else's fault", () => {
  it.each([
    'You have the emotional maturity of a teenager.',
    "Everything is always someone else's fault with you.",
  ])('fires on %j', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });
  it.each(['You have the patience of a saint.', 'Your card was used for things you never agreed to.'])(
    'does not fire on %j',
    (text) => {
      expect(fires('criticism', text)).toBe(false);
    },
  );
});

describe('criticism: praise and idioms with always/never, sarcasm, a harsh noun', () => {
  it.each([
    'Wow. Real mature.',
    'how grown up of u',
    'ur a selfish little coward',
    "You're a lying cheat and everyone knows it.",
    'You turned everything I said against me.',
    'u lie to everyone, u always have',
    "You never know when to stop, that's the problem.",
  ])('fires on %s', (text) => {
    expect(fires('criticism', text)).toBe(true);
  });

  it.each([
    'You never forgot our anniversary, not once in nine years.',
    'u never missed a single one of his games',
    'You were kind to me, you always were.',
    'you got on with my dad, you always have',
    'Some days I bet you wish you had never met me.',
    "If only you'd never seen those messages.",
    "You never know what's round the corner.",
    'u never know who might be reading',
    "You're impossible to get hold of on a weekday, so I'll email.",
    'The kids said the new teacher is very mature.',
  ])('does not fire on %s', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});

describe('criticism: everyone says it, and the threat of everyone knowing', () => {
  it.each(["Everybody says you're a nightmare to live with.", 'all your mates think ur selfish'])(
    'fires on %j',
    (text) => {
      expect(fires('criticism', text)).toBe(true);
    },
  );

  it.each([
    'My sister says you are selfish, but she does not know you.',
    'Everyone in that office is going to know exactly what kind of person you are.',
    'the whole street is gonna find out what kind of person you are',
  ])('does not fire on %j', (text) => {
    expect(fires('criticism', text)).toBe(false);
  });
});
