import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';
import { FAMILY_PATTERNS } from './pressure.families.js';
import { PRESSURE_KEYS, PRESSURE_PATTERNS } from './pressure.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'pressure')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('pressure: demands', () => {
  it.each([
    'You have to forgive me, I said I was sorry.',
    'u gotta give me another chance',
    'You need to get over it and talk to me.',
    "At some point you're going to have to hear me out.",
    'I need you to call me back.',
    'I need an answer from you.',
    'We need to talk.',
    'answer me',
    'Now pick up your phone.',
    'Please, please just tell me where I stand.',
    'Can you at least have the decency to reply?',
    'Would it kill you to send one text?',
    'The ball is in your court now.',
    'The only way through this is for you to meet me halfway.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('covers the demand itself, not the whole message', () => {
    expect(spans("I know it's late. You have to forgive me.")).toEqual(['You have to forgive']);
  });
});

describe('pressure: deadlines', () => {
  it.each([
    'I need to know by Thursday whether you still want this.',
    'No need to reply, but I would appreciate an answer by tomorrow.',
    'Take all the time you want but decide by the end of the week.',
    'Ring me tonight.',
    'Kindly confirm by Monday when we can meet.',
    "You've got until Sunday to make up your mind.",
    'This is your last chance to talk to me.',
    'ok take ur time lol but not too long',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it('does not treat a sentence of logistics or an offer as a deadline', () => {
    expect(fires("I'll have the boxes packed by Saturday.")).toBe(false);
    expect(fires('I can meet this week if you want to.')).toBe(false);
    expect(fires('See you tonight at the school play.')).toBe(false);
  });
});

describe('pressure: ultimatums and leverage', () => {
  it.each([
    'Answer me or we are done.',
    "Pick up, or I'm telling your sister everything.",
    "If you don't come back I'll end it.",
    "I'll hurt myself if you leave me.",
    'Either you see me this weekend or I post the letters.',
    'Keep ignoring me and see where that gets you.',
    'Block me one more time.',
    "If you leave, I don't want to be alive.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });
});

describe('pressure: guilt-trips', () => {
  it.each([
    'After everything I gave up for you, this is how it ends?',
    'After all I have done for you, you owe me a phone call.',
    'I reckon I deserve one more shot.',
    'Dont I deserve a proper goodbye?',
    "I've earned your forgiveness by now.",
    'The least you could do is hear my side.',
    "If you ever loved me you'd answer.",
    "I've apologised four times. What more do you want?",
    "u can't stay angry at me forever",
    'Please don’t leave me hanging.',
    "I'm owed an explanation after fifteen years.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });
});

describe('pressure: silence, screens and others', () => {
  it.each([
    'Why are you still ignoring me?',
    'why wont u just reply',
    'Four messages and not a word back.',
    'I can see you read it.',
    'I saw you were active at midnight.',
    'you replied to Jess straight away but not me',
    'Your silence says everything.',
    "So you're just going to leave me on read?",
    'My sister and my mum both think you should give me another chance.',
    'Everyone says you should take me back.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });
});

describe('pressure: persistence and hurry', () => {
  it.each([
    "I'll keep texting every day until you answer.",
    "I'm not going to stop calling until you pick up.",
    "I'm outside your building.",
    "I'll drop round Saturday unless I hear otherwise.",
    'Just forgive me already.',
    "Let's just put it behind us and go back to normal.",
    'You will forgive me eventually, right?',
    "It's time you let it go.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });
});

describe('pressure: what must not fire (LABELS.md)', () => {
  it.each([
    'Take all the time you need.',
    "You don't owe me anything.",
    'You owe me nothing.',
    "If you ever want to talk, I'm here.",
    'Can we talk sometime?',
    "I hope you'll consider it.",
    "I'm not asking you to forgive me.",
    "I'm not going to tell you that you have to forgive me.",
    'You said you needed time, and you were right to take it.',
    'Why did I do that? I still ask myself.',
    'I used to say you owed me, and that was cruel.',
    'I owe you an apology.',
    'You deserve better than I gave you.',
    "I know I don't deserve another chance.",
    'Do I deserve another chance? Probably not.',
    'I ignored your calls for weeks, and that was wrong.',
    'I kept texting you after you asked me to stop. I was wrong to do that.',
    'I saw your post about the marathon, congratulations.',
    "I know you saw my message, and that's okay.",
    "I'll pay you back by Friday.",
    'My therapist thinks I should write to you.',
    "It's been a year since my last drink.",
    'You should be proud of the new job.',
    "I'm here if you need me.",
    'Sorry, wrong chat, ignore me.',
    'Call me if you ever need anything for the kids.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('tells a demand from its negation (minimal pair)', () => {
    expect(fires('You have to answer me.')).toBe(true);
    expect(fires("You don't have to answer me.")).toBe(false);
  });

  it('tells an accusing question from an open one (minimal pair)', () => {
    expect(fires("Why won't you talk to me?")).toBe(true);
    expect(fires('Why did I stop talking to you?')).toBe(false);
  });

  it('tells their silence from the writer owning their own (minimal pair)', () => {
    expect(fires('You left me on read.')).toBe(true);
    expect(fires('I left you on read, and that was unkind.')).toBe(false);
  });

  it('gives a reason and a concrete suggestion in a calm voice', () => {
    const [f] = check('Answer me by tonight.').findings.filter((x) => x.ruleId === 'pressure');
    expect(f?.reason).toMatch(/deadline/i);
    expect(f?.suggestion).toMatch(/timing/i);
    expect(`${f?.reason} ${f?.suggestion}`).not.toMatch(/!/);
  });

  it('never throws and stays linear on long unpunctuated text', () => {
    const unit = 'you have to you owe me why are you or else if you ';
    const time = (repeats: number): number => {
      const started = performance.now();
      expect(() => check(unit.repeat(repeats))).not.toThrow();
      return performance.now() - started;
    };
    time(400); // warm up
    const short = Math.min(time(400), time(400));
    const long = time(4000);
    // Ten times the text: about ten times the time when linear, a hundred when quadratic.
    expect(long / short).toBeLessThan(40);
  });
});

describe('pressure: pattern keys', () => {
  it('pairs every pattern with a key that each of its matches passes', () => {
    expect(PRESSURE_KEYS.length).toBe(PRESSURE_PATTERNS.length);
    const samples = [
      'You have to forgive me by Friday or we are done.',
      "why wont u answer, I can see you've read it",
      'After everything I did for you, the least you could do is reply.',
      "My mum thinks you should give me another chance, it's only fair.",
      "I'll keep calling every day until you pick up.",
      "It's time you let it go, so we're good now, right?",
      'Four texts and not a word. Hello??',
      'If you leave I do not know what I will do.',
      "I'm sitting outside your flat and I won't leave until you talk to me.",
    ];
    for (const text of samples) {
      const lower = text.toLowerCase();
      PRESSURE_PATTERNS.forEach((p, i) => {
        p.re.lastIndex = 0;
        if (p.re.test(lower)) expect(PRESSURE_KEYS[i]?.test(lower)).toBe(true);
      });
    }
  });
});

describe('pressure: read receipts, guilt through others, patience with a limit, space overridden, leverage', () => {
  it.each([
    "If you don't unblock me, I'll send those photos to your mum.",
    'if u leave me i swear ill hurt myself',
    'Answer me or everyone at your work sees the screenshots.',
    "Keep ignoring me and you'll regret it.",
    'seen 3 hours ago. ok then.',
    'read at 9:14 and still nothing',
    "I've checked my phone every ten minutes since you left.",
    'you unblocked me so clearly you want to talk',
    'The kids keep asking for you. Hope you can live with that.',
    'Any normal person would have forgiven me by now.',
    "after all the lifts i gave you, you can't even send one text back?",
    'Everyone deserves a second chance.',
    "Take all the time you need, as long as it's not more than a few days.",
    'take ur time but not forever ok',
    "If you don't come on Friday I'll take that as your answer.",
    "I know you said you needed space but I'm coming round tomorrow anyway.",
    'i know u asked for space but its been ages',
    "It's been two weeks, which is surely long enough.",
    'its been a week so are we good now?',
    "If you go through with the hearing, I'll make sure your boss sees every message.",
    'Unless you call me tonight, the pictures go online.',
    'if u dont come back i dont see the point in living anymore',
    "Please don't block me, I don't know what I'll do to myself if you do.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll send the photos to your mum if you want, she asked for them.",
    'I read it a few hours ago and loved it.',
    'After all the rain we had, the garden looks great.',
    'Take all the time you need, and thank you for reading this.',
    'I know you asked for space, and I will respect that.',
    "It's been a week since the move, so the boxes are finally gone.",
    "I know where you live, so I'll post your things back on Monday.",
    "If you want the photos from the trip, I'll send them.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('marks a threat tied to their reply as pressure too (LABELS decision 3)', () => {
    const ids = check('Unless you call me tonight, the pictures go online.').findings.map((f) => f.ruleId);
    expect(ids).toContain('threat');
    expect(ids).toContain('pressure');
  });
});

describe('pressure: families in new wordings (demands, deadlines, guilt, ultimatums, silence, entitlement, forgiveness, turning up)', () => {
  it.each([
    // Demands as a whole sentence, and wanting or insisting on an answer.
    'Ring me back.',
    'pls just reply already',
    'Hear me out for once.',
    'Unblock me!!',
    'Open the door, please.',
    'I want a straight answer from you.',
    'i want u to call me tonight',
    "I'm asking you one last time to pick up.",
    'I insist that you meet me.',
    'You will listen to me.',
    "You're going to talk to me whether you like it or not.",
    'I need your forgiveness to move on.',
    // Deadlines and impatience.
    'Tell me before Christmas.',
    'so let me know by tmrw night',
    'How much longer do I have to wait for you?',
    'When are you going to answer me?',
    'when will u forgive me',
    // Guilt.
    'guess i dont matter to u anymore',
    'Clearly I mean nothing to you.',
    'Obviously you never cared.',
    "You're tearing this family apart.",
    'How could you do this to me?',
    'Do you have any idea what your silence is doing to me?',
    'Our daughter cries for you every night.',
    "The children miss you, and that's on you.",
    "Well, hope you're happy now.",
    'Hope it was worth it.',
    'I did everything for you.',
    "It's selfish of you not to answer.",
    "You're being a coward by ignoring me.",
    'A real father would pick up when his son calls.',
    // Ultimatums.
    "If you don't answer, I'll assume we're done.",
    'Come back or lose me forever.',
    "This is the last time I'm asking.",
    "If I don't hear back by tonight I'm driving over.",
    "If you won't talk to me, I'll talk to your dad.",
    // Complaints about their silence.
    'ur online but u wont answer me',
    'You opened my message and still didn’t reply.',
    'You just ignore my texts.',
    'No reply again?',
    'Did you even read it?',
    // Entitlement and forgiveness demanded.
    'I have every right to an explanation.',
    'After twelve years I deserve more than silence.',
    'Why can’t you just let it go?',
    "Can't you forgive me already?",
    "You can't hold this over me forever.",
    'Stop punishing me.',
    // Turning up.
    "I'm coming round.",
    "I'm going to come to your flat.",
    "I'll wait outside your work until you come out.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // The same words left open, negated, about the writer, or practical.
    'Ring me back whenever you like, or not at all.',
    'Reply only if you want to.',
    'No reply needed.',
    'I want you to be happy.',
    'I want you to know how sorry I am.',
    "I don't expect an answer.",
    'I insist on paying for the repairs.',
    "You'll move on from this, and you'll be happier.",
    "I hope one day you'll talk to me.",
    "You're going to be fine.",
    'Let me know by Friday if you can take the kids.',
    'Tell me by Sunday which day works for collecting your boxes.',
    'How much longer is the lease?',
    'When are you going to be home so I can drop the kids off?',
    "Why can't I just let it go? I keep asking myself.",
    "I'm not holding this over you.",
    'Stop punishing yourself, my therapist said.',
    'I guess I never understood how much I hurt you.',
    'I made you feel like you didn’t matter.',
    'I thought you were asleep, so I didn’t call.',
    'I broke your heart.',
    "I'm tearing myself apart over what I did.",
    'How could I do this to you?',
    'The kids miss you. They would love a call on Sunday if you are free.',
    "That's on me, not you.",
    'I hope you’re happy with him.',
    'I hope you’re happy and well.',
    "I'd do anything for you.",
    'It was selfish of me not to reply.',
    'I was cruel to ignore your calls.',
    "If you don't reply, I'll understand.",
    "If you don't reply I'll assume you need space, and I'll leave you be.",
    "This is the last time I'm going to say sorry in a letter; the rest is actions.",
    'Don’t make me laugh.',
    'You were online when I sent it, that’s fine, no rush.',
    'I read it and didn’t reply for a day because I needed to think.',
    'You always ignore my bad jokes lol',
    'You have every right to be angry.',
    'I have no right to ask anything of you.',
    'I could come round if you want to talk.',
    "I'm coming over to drop off your things, if that's okay.",
    'Talk to me whenever you’re ready.',
    'Come home safe.',
    'You said I pressured you.',
    'I kept demanding answers and that was wrong.',
    'I used to tell you to call me back right away, and that was not fair.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('gives a span on the words that press, not the whole message', () => {
    expect(spans("It's late, I know. I want a straight answer from you.")).toEqual([
      'I want a straight answer',
    ]);
    expect(spans('Unblock me!!')).toEqual(['Unblock me']);
  });

  it('pairs every new pattern with a key that each of its matches passes', () => {
    const samples = [
      'pls just reply already',
      "You're going to talk to me whether you like it or not.",
      'when will u forgive me, how much longer do I have to wait',
      "guess i dont matter to u, the kids miss you and that's on you",
      "If you don't answer, I'll assume we're done. Come back or lose me forever.",
      'ur online but u wont answer me. you opened my message and didnt reply',
      "I have every right to an explanation. Can't you forgive me already?",
      "I'm going to come to your flat. I'll wait outside your work.",
    ];
    for (const text of samples) {
      const lower = text.toLowerCase();
      for (const p of FAMILY_PATTERNS) {
        p.re.lastIndex = 0;
        if (p.re.test(lower)) expect(p.key?.test(lower)).toBe(true);
      }
    }
  });
});

describe('pressure: patience with a limit, suffering blamed on them, double-texting, forgiveness as a duty, martyrdom', () => {
  it.each([
    'No rush, but please reply asap.',
    "I'll give you space, but not forever.",
    'I know you need time but the waiting is torture.',
    "I haven't slept since you blocked me.",
    "My mum is heartbroken because you won't talk to her.",
    "I'm in bits and you couldn't care less.",
    "You promised you'd always be there.",
    'How do you sleep at night?',
    "Look what you've done to me.",
    'too busy to text me back?',
    'Must be nice to just ignore people.',
    "Ignoring me won't make this go away.",
    "You can't even be bothered to answer.",
    'Did you even get my messages?',
    "I've been ringing you all day.",
    "I know you're there.",
    'I can tell you’ve read it.',
    'Just say you forgive me.',
    "Tell me you'll take me back.",
    "I won't stop until you talk to me.",
    'I need closure now.',
    "I'm sick of waiting for you.",
    'Time is running out.',
    "You've had long enough.",
    "It's a simple yes or no.",
    "You don't get to just disappear.",
    "You'd better call me back.",
    "We're talking about this tonight.",
    'Fine, I guess I’ll just be alone then.',
    'Thanks for nothing.',
    'Good to know how much I mean to you.',
    'Another week of silence.',
    'Not a single reply.',
    "You've been quiet for days.",
    'Are you just going to pretend I don’t exist?',
    'A good person forgives.',
    "Life's too short to hold grudges.",
    "You're supposed to forgive me.",
    'u cant stay mad forever',
    "You're the one ending our family.",
    'Can you just pick up?',
    "I won't take no for an answer.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'I need to know where I stand with my sponsor.',
    'We need to talk to the school this week about our son.',
    'I cried all night because of what I did to you.',
    "I'm a mess, but that's not your problem.",
    'I promised you I would never lie again.',
    'I was too busy to answer your calls, and I am sorry.',
    "I've been trying to call you for days, and I'm stopping now, I'm sorry.",
    "I know you're there for the kids, and I'm grateful.",
    'Tell me if you ever want to talk.',
    'Promise me you will look after yourself.',
    "I won't stop until I've paid you back.",
    "I'm done waiting for other people to fix me.",
    'Time is running out on the lease.',
    'You’d better take care of yourself.',
    'Okay, I will leave you alone.',
    'Enjoy the new flat.',
    'Nice to know you got the job.',
    'Another day sober.',
    'Not a single day goes by that I do not regret it.',
    'I acted like you didn’t exist, and that was cruel.',
    'A good person would never have done what I did.',
    'You don’t have to get past it for me.',
    'I was the one who broke this family.',
    'Could you just send the forms to my email?',
    "I won't take no for an answer about paying for the window.",
    'That’s all I wanted to say.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    "If you don't come home, you won't see the kids.",
    "If you don't forgive me I'll start drinking again.",
    "Come home or I'll stop the payments.",
  ])('reads money, the children and relapse as the "or else" of an ultimatum: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "If you want, I'll take the kids on Saturday.",
    "If you don't reply I won't see the point in writing again, so this is my last letter.",
    "I won't drink again, whatever you decide.",
  ])('leaves offers and promises alone: %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: yes-or-no demands, deadlines in passing, counted messages, sacrifice, going through friends, leverage', () => {
  it.each([
    'Just tell me yes or no.',
    'its a simple yes or no question',
    'i need a yes or no by tonight',
    'Please can you answer tonight?',
    'Give us a ring tonight, yeah?',
    "Whenever you're ready is fine, as long as it's tonight.",
    "That's the fourth message I've sent today.",
    'i double texted, triple texted, called twice',
    "I've called you five times today.",
    'Do you have any idea how many times I have tried to call you?',
    'after all the lifts to work u cant send me one text back?',
    'I gave up my job to move here for you and now you won’t pick up.',
    "I've been sitting outside your building for an hour. Come down.",
    "I'm not leaving your doorstep until you open the door.",
    'u cant just not talk to me forever',
    'hey its me again i know i keep calling but you have to pick up',
    'Not replying is a reply too, I suppose. Thanks for that.',
    "Forgive me by the weekend or I'm moving on for good.",
    "If you don't call me tonight, don't bother ever calling again.",
    "I shouldn't have to beg you for a reply.",
    'I got your sister to pass on my letter since you won’t read my texts.',
    'if u actually cared u would of replied by now',
    "If you tell anyone about this, you'll regret it.",
    "Unless you drop the case, I'll tell your boss about the affair.",
    "Block me again and I swear I'll make your life hell.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll kill you if you spoil the finale for me 😂",
    'i know i already double texted',
    "Silence is an answer too, and I'll treat it as one.",
    "If you want, I'll tell your mum I'm sorry too.",
    "If you need anything, I'll make sure the kids call you.",
    "I swear I'll never hurt you again.",
    'Yes or no, it’s completely up to you and I’ll respect it.',
    'Please let me know by Friday if you can still take the kids on Saturday.',
    "I'm sitting outside the cafe waiting for my friend.",
    "You don't have to answer this, I just wanted you to know I'm sorry.",
    'I used to demand that you reply straight away, and that was wrong.',
    "I know I've sent too many messages. I'm going to stop now.",
    'My boss wants an answer by Friday about the transfer.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: chasing, read and unanswered, what is owed, setting off to their place, others asking, decisions due, formal deadlines, blame laid ahead', () => {
  it.each([
    'Why do I always have to chase you for a reply?',
    "You read my message two days ago and still haven't said anything.",
    'I deserve to at least hear your voice.',
    'Remember who was there for you when your dad died.',
    "I'm driving over now.",
    "I've told everyone at work how you're treating me.",
    "Everyone keeps asking me why you won't talk to me.",
    'Decide. Now.',
    'You need to make a decision tonight.',
    'Stop stalling and give me an answer.',
    'Say yes. Please just say yes.',
    "You can't keep me waiting like this.",
    'Dear Sarah, I require a response to my previous letters by 15 March.',
    "Make one more excuse and I swear I'll come round and kick the door in.",
    "I'm scared of what I'll do to myself if you do.",
    'Unless the money is back by Friday, copies of your messages will go to your wife.',
    'Tell your parents they will be responsible.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Please reply to the solicitor by Friday about the house.',
    'I have to decide about the job by Friday.',
    "I'll be at the café on Saturday if you ever want to join, no expectation at all.",
    'I used to tell you that you owed me, and I was wrong.',
    "I'm driving to my mum's this weekend.",
    'Do you want to meet for coffee sometime? Totally fine if not.',
    "I don't know what I'll do with the spare room, if you want it just say.",
    "Unless something changes, I'll be in Leeds till June.",
    "I'll make sure you never have to worry about the rent again.",
    "You'll be responsible for the kids' school run on Mondays.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: silence from a service is not theirs', () => {
  it.each([
    'I called the bank three times today and still nothing.',
    'Rang the surgery twice and still no answer.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('still fires on their silence', () => {
    expect(fires('Called you three times today and still nothing.')).toBe(true);
  });
});

describe('pressure: a deadline after a softener, even with a practical reason', () => {
  it.each([
    'Take your time, but I need to know by Friday because of the lease.',
    'take ur time but i do need an answer by sat cuz the landlord is asking',
    'No rush, though I need to know by Monday for the deposit.',
    'But I really do need to know by tomorrow because of the mortgage.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Can you let me know by Friday about the pickup?',
    'Let me know by Monday if the lease is ok for you.',
    'I packed the boxes, but the landlord needs the keys by Friday.',
  ])('still treats plain logistics as logistics: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('takes the credit for the softener back across the two sentences', () => {
    const text = 'Take ur time. But I do need to know by Sunday because of the deposit.';
    expect(fires(text)).toBe(true);
    expect(check(text).findings.some((f) => f.ruleId === 'respects-pace')).toBe(false);
  });
});

describe('pressure: the matter closed after an apology', () => {
  it.each([
    'I apologised. So can we just move on now?',
    'ok can we please drop it',
    'Can we please just forget about all this?',
    'now can we go back to how things were',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Can we talk sometime, if you want?',
    "I hope one day we can move on, but that's yours to decide.",
    'Could we meet for coffee next week?',
    'ok so can we move on to the dates for the handover?',
  ])('does not fire on a soft invitation: %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: obligation through the shared past', () => {
  it.each([
    'You owe it to our marriage to give this one more try.',
    'u owe it to the years we had to at least talk',
    'You owe everything we built a proper conversation.',
    'Surely you owe it to our history to hear my side.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "You don't owe it to our marriage to stay.",
    'We owe the bank for the last years of the mortgage.',
    'I owe it to you to tell the truth.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: their activity as proof that silence is a choice', () => {
  it.each([
    "You posted a story ten minutes ago, so you've clearly got your phone.",
    "I know you've got your phone on you.",
    'i saw u commented on his pic but u still cant text me back',
    "You were out at the pub last night, so you're obviously not that busy.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'I saw you posted about the new job, congratulations.',
    "Don't forget to take your phone with you.",
    'I know you have your phone off at work, so no rush.',
    "Great, so you're not busy on Saturday, can you take the kids?",
    'the shop fixed it so youve got your phone back',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: leverage in other shapes', () => {
  it.each([
    'Open the door or I will break the door.',
    'come outside or im coming up',
    'keep ignoring me and ur pics are going online',
    'Why do you keep doing this to me?',
    'why would u do this to us',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Come out to the garden, the kids are playing.',
    'I keep looking at our old photos and your pictures are still my favourite.',
    "Should you need anything for the move, I'll help.",
    'Why should you believe me after what I did?',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: "you think you can…?" about their silence, not about their leaving', () => {
  it.each([
    'u think u can just ignore me?',
    'You think you can cut me off like that?',
    'you think you can ghost me??',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'You think you can just walk away?',
    'u think u can move on that easy?',
    'You think you can forget me?',
  ])('leaves the taunt about their leaving to the other rules: %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('pressure: waiting for them, not waiting somewhere', () => {
  it.each([
    "I'll be waiting for your answer.",
    'ill be waiting by the phone',
    "I'll be waiting outside your flat.",
    "I'll be waiting.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll be waiting at the station at 6 with the kids' bags.",
    'ill be waiting in the car park after practice',
    "You can't hide from the truth forever.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
