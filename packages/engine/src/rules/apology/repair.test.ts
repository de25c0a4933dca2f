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

describe('repair: money back and things replaced', () => {
  it.each([
    "I'll send back the money you lent me this week.",
    'sent the money back to you this morning',
    "I've paid the £300 back into your account.",
    'ill pay u back every penny fr',
    'It was 2 grand, not 500, and I have repaid him in full.',
    'I have already arranged to pay back the full amount.',
    'I have begun to repay what I owe you.',
    "I'll make sure you get every cent back.",
    "I'm replacing your headphones, they're already ordered.",
    'I ordered you a new charger to replace the one I broke.',
    "I'll foot the bill for the window.",
    "whatever it costs, I'll pay",
    "I'll clean up the mess I made in the garden.",
    "I've opened a savings account in your name and moved half of it there.",
    'I have gone to the bank to remove your name as guarantor.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Pay back what you took.',
    'sent the money back? let me know',
    "You'll get your money back from the insurance.",
    'I got my deposit back.',
    "I'll get the money back from him, don't worry.",
    'I gave the money back to the bank.',
    "I can't pay you back right now.",
    "I'll pay you back when you pay me back.",
    'You made me better and I repaid that by lying to you.',
    "I'm covering your shift on Sunday.",
    "I'm fixing the car this weekend.",
    'I have to replace the phone you broke.',
    'Clean up your mess.',
    'I opened an account in my name.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('spans the money sent back', () => {
    expect(spans("Sorry. I've paid the £300 back into your account.")[0]).toMatch(/^I've paid the £300 back/);
  });
});

describe('repair: the truth put right with others', () => {
  it.each([
    "I'll tell your sister it was me.",
    "I'm going to tell everyone at work that I made it up.",
    'I will let your parents know the rumour came from me.',
    'im gonna tell them it was me',
    'gonna tell ur mom the truth tmrw',
    "I'll own up to your brother.",
    "I'll correct it with everyone I told.",
    'I will contact each person I told and let them know that none of it was true.',
    'i left the group and messaged every one of them to delete it',
    'ill make sure every1 at work knows it was me who lied, not u',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll tell everyone the truth about you.",
    "I'll tell your sister the truth about what you did.",
    'I told them it was you.',
    'I told you it was me.',
    'She told everyone it was me.',
    "I'm not going to tell them I lied.",
    'I never told them it was me.',
    'Should I tell them it was me?',
    "I'll tell them the story was made up by you.",
    "I'll text them it was a lie you told.",
    "I'll let them know I'm running late.",
    "I'll tell everyone you cheated.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('repair: answering, asking what would help, earning trust, making room', () => {
  it.each([
    "any question you have, I'll answer it honestly",
    'Should you have questions, I will answer all of them honestly.',
    "you deserve the truth and I'll give it to you, whatever you ask",
    'lmk what i can do',
    'How do I make this right?',
    'how can i make it up to u',
    'What do I need to do to fix this?',
    'anything u need just say',
    'Please let me know how I can begin to repair the damage I have done.',
    'I am prepared to do whatever you feel would help put this right.',
    "I'll do whatever it takes to make this right.",
    "I'm ready to do the work to earn back your trust.",
    'I know I have to earn your trust back, and I will.',
    'I would be grateful for the chance to make amends, in whatever form you choose.',
    'I can move my things out this weekend so you have space.',
    "I'll pick up my stuff on Saturday while you're at work, so you don't have to see me.",
    "i can stay at my cousin's this week so u have the flat",
    'If you want me to pay you back for the flights, or explain anything, just say.',
    "If you'd like to see the bank letters, they're in the drawer, and I'll bring them round.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "If you have any questions about the lease form, I'll answer them at the viewing.",
    'How can I fix this laptop?',
    'Tell me how to fix the printer.',
    "How can I make it up to you if you won't even talk to me?",
    'What do I need to do to get you back?',
    'lmk what time works',
    'lmk if u want anything from the shop',
    'What would help me is if you stopped shouting.',
    'I know I can never earn back your trust.',
    'I hope I can earn your trust back one day.',
    'You have to earn my trust back.',
    'I need to earn your trust back so we can be together again.',
    "I'll do whatever it takes to get you back.",
    "Give me a chance to make it right or I'm done.",
    "I'll move out so you can have space, if you'll take me back after.",
    'If you want me to leave you alone, just say.',
    'If you want me to come over, just say.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('repair: offers asked as questions, things got back, damage sorted', () => {
  it.each([
    'Can I do anything to help?',
    'can i do anything',
    'Is there anything I can take off your plate?',
    'Do you want me to talk to your dad and tell him it was me?',
    'Would you like me to pay for the repairs?',
    'I got your ring back from the pawn shop.',
    "I'll get the watch back from the pawn shop, whatever it takes.",
    "I'll sort out the damage to your car.",
    "I've cleared the overdraft I ran up.",
    "I'll delete every photo I have of you.",
    "I've deleted all of them, every copy.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Can I do anything without you checking up on me?',
    'Do you want me to apologise again?',
    'Do you want me to pay for dinner?',
    'Do you want me to tell them or will you?',
    'Would you like me to explain the homework to Sam?',
    'I got my phone back from the repair shop.',
    "I'll get my stuff back from your place on Sunday.",
    "I'll sort out the damage to my car myself.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('repair: public wrongs taken back, plans to repay, money apps', () => {
  it.each([
    "I've given your mum the money back.",
    "I've set up a payment plan to pay you back.",
    'ill venmo u rn',
    'If you ever want to know what happened that night, just ask.',
    "I'll write to the school and explain it wasn't you.",
    "I'll withdraw the complaint.",
    "I've dropped the charges.",
    "I'll retract the review I left.",
    "I'll post an apology in the group chat.",
    "I'll apologise publicly.",
    "I'll sign the flat over to you.",
    "Do you want me to stay at my mum's for a few days?",
    'I want to make this up to you.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Do you want me to stay with you tonight?',
    "I'll withdraw the cash tomorrow.",
    'I dropped the kids at school.',
    "I'll post the parcel tomorrow.",
    "If you ever want to know where I'll be, just ask.",
    "I'll venmo you for my half of the pizza.",
    "I'll pay you back for the drinks tomorrow.",
    "I'll get you back for this.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('repair: resolve to put it right, apologies carried to others', () => {
  it.each([
    "I'm determined to make it right.",
    "I've decided to make amends, starting with your parents.",
    'Can I pay for the damage?',
    'can i help?',
    'whatever you need, name it',
    "I'm going to call your mum and apologise.",
    'i rang each of them and owned up',
    'ill text ur sister and say sorry',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Can I pay for dinner?',
    'Can I fix the printer?',
    "can i help it if i'm tired",
    'Name it after your gran.',
    'I called my mate and said sorry I was late.',
    'You need to call your mum and apologise.',
    "I'm determined to make it right between us so we can get back together.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each([
    'Is there anything that would make this easier for you?',
    'What would it take for you to feel safe with me?',
    "I'm happy to go to couples counselling if you want.",
    "Whatever it takes to fix this, I'll do it.",
    'If anything else needs undoing, tell me.',
  ])('fires on other offers and asks: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'What would it take for you to take me back?',
    "I'll do whatever it takes to get you back.",
    'Nothing would make this easier.',
    'If you take me back we can do couples counselling.',
  ])('does not fire on near misses: %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it.each(['I want to do right by you.'])('fires on doing right by them: %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  describe('amends done or arranged', () => {
    it.each([
      'ive asked for all the posts to be removed',
      "I've requested that the review be withdrawn.",
      "I'll replace both of them.",
      "I'll return the bond in full.",
      "I've cleared the credit card so you don't have to deal with the bank.",
      'moved my stuff to my brothers so u can have the flat',
      "Let me know if there's anything further I can do.",
    ])('fires on %j', (text) => {
      expect(fires(text)).toBe(true);
    });

    it.each([
      "I've sorted the car so you can pick me up tomorrow.",
      "I've booked the table so you can meet my parents.",
    ])('does not fire on a favour asked of them: %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });

  describe('not amends', () => {
    it.each([
      // a deletion long ago, told as reassurance
      'I deleted those pictures years ago, there is nothing to worry about.',
      'i deleted all the videos the night we split',
      // openness as a habit from here on is a commitment
      'From now on, whenever he messages me, I will show you the texts.',
      "i'll show u before i reply to anyone from work",
      // "show your dad" is not "show you"
      "I'll show your dad the plans for the extension.",
      // an apology in person, asked for
      'I want to say it to your face.',
      // owning up to an institution about logistics
      "I'm going to come clean to the council about the parking permit.",
    ])('does not fire on %j', (text) => {
      expect(fires(text)).toBe(false);
    });
  });
});
