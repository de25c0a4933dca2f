import { describe, expect, it } from 'vitest';
import { fires } from './testutil.js';

describe('blame-shift: wider families', () => {
  it.each([
    // another's advice or word as the reason
    'Your sister is the one who told me to check your emails, so take it up with her.',
    'my mate told me to go through your phone',
    'Danny said it would be fine and he practically bought them for me.',
    "my mate said it'd be fine so i went",
    // on you too, not exactly helping
    'What happened is on you too.',
    'some of this is on u',
    "Your spending wasn't exactly helping either.",
    "You didn't exactly help.",
    'you were hardly innocent',
    // you knew and still, others in my ear, their act then "what was I supposed to think"
    'You knew how I’d react and you did it anyway.',
    'You knew I was struggling and you still left me alone that weekend.',
    'Your friends were always in my ear about you.',
    'Your mum turned me against you.',
    'Your ex was texting you, what was I supposed to think?',
    // if you had…, none of this would have happened; DARVO; who started it
    'if u had just answered ur phone none of this would of happened',
    'If you’d listened to me, none of this would have happened.',
    "You're acting like you didn't do anything wrong.",
    'Don’t act like you’re innocent.',
    'You started the argument.',
    'u started that fight',
    'You must accept some responsibility for what happened.',
    'You bear some of the responsibility too.',
    'You played your part in this.',
    'You contributed to this as well.',
    'I felt you had left me no option.',
    'I was responding to the way you treated me.',
    'It was in response to your affair.',
    'Your coldness pushed me towards her.',
    "I wouldn't have had to lie if you'd been reasonable.",
    'u kno how i get when u do that',
    'u literally asked for it',
    'You had it coming.',
    'honestly u deserved it',
    'u were flirting with him first',
    "you've done way worse",
    "you should have told me where you were, then I wouldn't have checked",
    'We were both at fault.',
    'it takes 2',
    'ur mates wound me up about it',
    'your brother got me drunk',
    'You also did mistakes.',
    'you also have fault in this',
    'The fault is also yours.',
    'you are also guilty',
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'My therapist told me to write to you.',
    'My sister told me to give you space.',
    'My mum said it would be fine to drop the kids off at 5.',
    "I said it would be fine and it wasn't, that's on me.",
    'You said it was okay to call.',
    "It's on you to decide whether we talk.",
    "That's on me, not you.",
    "The next step is on you, whenever you're ready.",
    "I wasn't exactly helping either.",
    'You knew I was struggling and you still stood by me.',
    'Your friends were always kind to me.',
    'What was I supposed to think? I should have just asked you.',
    'I acted like I was innocent, and I wasn’t.',
    "Don't act like you're fine if you're not.",
    "I started the argument and I'm sorry.",
    'You started a new job, I heard, congratulations.',
    "We both forgot to book the sitter for Friday, so I've asked my sister to do it.",
    "You don't have to take any responsibility for this.",
    'You played a huge part in my recovery.',
    "You had a part to play in my getting sober, and I'm grateful.",
    'Your kindness made it hard to leave.',
    'I was responding to your message from Tuesday.',
    'It was in response to your question about the money.',
    "I'm telling you because you deserved that version of me and didn't get it.",
    'You deserved it more than anyone, the promotion I mean.',
    "You didn't deserve it.",
    "You should have been told, and I wouldn't blame you for being angry.",
    'It takes two of us to fix this.',
    'My brother got me a job at the garage.',
    'I also made mistakes, more than you know.',
    'You also have every right to be angry.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: everyday sentences with the same words', () => {
  it.each([
    'My sister told me to check the oven.',
    "Your family made it hard to leave, they're so lovely.",
    "You asked for it, so here's the recipe.",
    'You deserved it, congrats on the promotion!',
    'You were texting me first this morning haha.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: their part, the blame not all mine, the apology then "but you…"', () => {
  it.each([
    'You left me no room to be honest.',
    'The blame can’t all be on me.',
    'the whole blame cannot come on me only',
    'You need to look at your own part in what happened.',
    "It's on you too, you know.",
    'You left your laptop open like you wanted me to read it.',
    'You practically invited me to look.',
    'the guys at work kept egging me on',
    "I'm sorry I read it. But you had been so distant for months.",
    "I'm sorry I shouted. But you kept ignoring me all night.",
    'im sorry i told u i was at my cousins but if u didnt check my location every 5 mins i wouldnt have had to',
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    "I'm sorry I lied. But you deserve the truth now.",
    "I'm sorry I shouted. But you don't have to reply.",
    "I'm sorry. But you were right about everything.",
    "I'm sorry. But you always believed in me, and I let you down.",
    'You never gave me a chance to explain.',
    "Sorry to bring up the party again, but you embarrassed me and I'd like to talk about it.",
    'I need to look at my own part in this, and I am.',
    "I'll own my part in what happened.",
    "it's on you to decide when we talk",
    'You left me a lovely note and I never answered it.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: their trait as what pushed, "but you\'d been …ing" after the apology', () => {
  it.each([
    'Honestly your jealousy is what pushed me to hide things.',
    "I'm sorry I lied. But you'd been checking my phone every night.",
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    "I'm sorry. But you had been so patient with me, and I wasted it.",
    "I'm sorry. But you'd been trying so hard and I didn't see it.",
    'Your kindness is what made me want to be better.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: "you knew I had…", "you can\'t blame me for…"', () => {
  it.each([
    'You knew I had trust issues and you still went out with him.',
    "You can't blame me for wanting attention when you gave me none.",
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });
  it.each([
    'You knew I had anxiety and you still stood by me.',
    "You can't blame me for trying, I miss you.",
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: "you never made it easy to…"', () => {
  it.each(['To be honest you never made it easy to tell you anything.'])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });
  it.each([
    "I'm sorry but you have to remember I was raising two kids on my own.",
    'You made it easy to love you.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: thanks or readiness after the words', () => {
  it.each([
    'It was your idea to go to Rome and it was the best trip of my life.',
    "It takes two to tango, and I'm ready to dance again if you are.",
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
  it.each(['It was your idea to open the joint account in the first place.'])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });
});

describe('blame-shift: their conduct as the answer, in fairness after an apology, a relative "I said"', () => {
  it.each([
    "I'm sorry I turned up at your work. What else was I supposed to do? You weren't picking up.",
    'what choice did i have. u blocked me',
    "Sorry for the 2am texts. To be fair though, you're never home in the evenings.",
    "I apologise for the late-night messages. In all fairness, you're impossible to get hold of.",
    "You turned everything I said around and now I'm the villain?",
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'What was I supposed to do? You were right to be angry.',
    "What was I supposed to do? You weren't to know.",
    "I'm sorry I missed your call. In fairness to you, you'd told me twice.",
    "Sorry for the late reply. But you're never a bother.",
    'I said it was a kiss and nothing more. I was lying.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe('blame-shift: their conduct as the cause, pushed until I snapped, made me this jealous', () => {
  it.each([
    'I only checked your phone because you were being so secretive.',
    'i went through ur stuff cos u had been lying',
    'You kept needling me until I lost my temper.',
    'u were on at me all night till i snapped',
    'You made me this paranoid.',
  ])('fires on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(true);
  });

  it.each([
    'I only checked on you because I was worried about you.',
    'I left because you deserved someone better than me.',
    'You kept asking until I finally told you the truth, and I am glad you did.',
    'I kept pushing you until you snapped, and that is on me.',
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });
});

describe("blame-shift: a threat's content and the writer's own nature are not blame", () => {
  it.each([
    "I'm going to tell all your friends you're the one who lied.",
    'sorry but ur boss is gonna find out what u did',
    "Sorry if that hurt, but you know what I'm like.",
  ])('does not fire on %j', (text) => {
    expect(fires('blame-shift', text)).toBe(false);
  });

  it.each(["I'm sorry, but you're the one who lied first.", 'sorry but ur the one who started it'])(
    'still fires on %j',
    (text) => {
      expect(fires('blame-shift', text)).toBe(true);
    },
  );
});
