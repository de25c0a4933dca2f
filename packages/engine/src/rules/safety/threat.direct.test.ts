import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const labels = (text: string): Set<string> => new Set(check(text).findings.map((f) => f.ruleId));

describe('threat: said outright (threat.direct.ts)', () => {
  it.each([
    'I will find you, wherever you go.',
    "i'll track u down, trust me",
    'Run if you like. Before I get to you, you should think hard.',
    'Call your brother, see if he can stop me before I get to you.',
    'My cousins will deal with you.',
    'I know people.',
    "I'll share your address on every group in town.",
    'You will not like what I have planned for you.',
    "You'll get what's coming to you.",
    "He won't be smiling for long.",
    "You'll hear from me sooner than you think.",
    'I know your route home.',
    'I know her nursery too.',
    "I've still got your icloud password, don't forget.",
    'Your diary makes very interesting reading.',
    'Your mum will pay for this.',
    "You won't have a job by Monday.",
    'It would be very easy for the cat to go missing.',
    'I wonder if your boss would like to know where you were on Friday.',
    "I'll take everything you love from you.",
    "When I go down I'm taking him down with me.",
    "I'm going to hurt you if you take him to Spain, and I'm not joking.",
    "We'll do this the easy way or the hard way, your choice.",
    'Open up. Come out or I am coming in.',
    "I'll kick up a huge scene in front of your boss.",
    'Be a pity if your laptop ended up in the canal.',
    'Things have a way of happening to cars like yours.',
    'I know which room you are in.',
    "If I can't have her, no one else will.",
    'Go ahead, block me again, and see what I do.',
    'Everyone at your church is going to hear about it.',
    'Whatever happens now, you brought this on yourself.',
    'The rest gets posted on Sunday unless you pick up.',
    'Your boyfriend gets the screenshots tonight.',
    "I'm closer than you realise.",
    "Enjoy it while it lasts. It won't last. I'm going to make sure of it.",
    "Your name is going to get a lot of comments about you online tonight, I've made sure of it.",
    "You'll never work again, I'll make sure of that.",
    "I still have a spare key. Don't ever forget that.",
    "Your company wouldn't survive if those invoices came out. I'd keep that in mind.",
    "Your dad's back door doesn't lock properly, does it? Anyone could just walk straight in.",
    "See you at the wedding. I'll be there. Invited or not.",
    "I'll be at your party whether you like it or not.",
    'I know your flat number is 22. Lovely window boxes.',
    "I'll turn your friends against you, one by one.",
    "I haven't told your husband about us. Yet.",
  ])('fires on %j', (text) => {
    expect(labels(text).has('threat')).toBe(true);
  });

  it.each([
    "I'll find you a good lawyer, I promise.",
    "I'd never track you down, you're safe.",
    "I'll find you the address of that dentist.",
    "When I get to you I'll give you the keys.",
    'Could you send me your address for the card?',
    "I won't share your address with anyone.",
    'I know people who can help you move, if you want.',
    'You will love what I have planned for your birthday.',
    "I know your address is changing, I'll update the school.",
    'I know your route home is closed, take the bypass.',
    'Your mum will pay for the school trip, she said.',
    "You won't have a car for much longer unless you get the MOT done.",
    "It would be easy for the dog to get out, the gate's broken, can you fix it?",
    'I bet your mum would love to hear the good news about the baby.',
    "I'll see you at the handover sooner than you think, the traffic is clear.",
    "I'll kill you if you eat my chips.",
    'That was my last warning to myself. I go to meetings now.',
    "You will never see me at your door again. That's a promise, not a threat.",
    'I have thought about what you said, and you were right.',
    "I'll show your sister the photos from the wedding, she asked about them.",
    'Flat-pack wardrobes: the easy way or the hard way, I always pick the hard way.',
    'Be a shame if it rained on the wedding, fingers crossed.',
    "I don't know which hotel it is, can you send me the name?",
    'Everyone at your office is going to hear the good news about the baby!',
    "I'm closer to finishing the course than you think.",
    "You'll get every penny back, I'll make sure of it.",
    "You'll never have to worry about rent again, I'll make sure of that.",
    "You'll never see me again, I'll make sure of it.",
    "I've still got a key. I'll post it back on Monday.",
    'The festival was chaos, anyone could just walk in without a ticket.',
    "I'll be at your graduation, I wouldn't miss it for anything.",
    'I know your flat is tiny but it really suits you.',
    "I burned every bridge I had with your family, and that's on me.",
    "I didn't tell her anything about it. I think you should tell her yourself.",
  ])('does not fire on %j', (text) => {
    expect(labels(text).has('threat')).toBe(false);
  });
});

describe('threat: their death or ruin with the writer’s (threat.direct.ts)', () => {
  it.each([
    "If I'm going down, you're coming down with me.",
    'if im going down im taking u with me',
    "I'll drive us both into the river if you leave.",
    "I'm going to use it on him and then on me.",
    'if u go with him ill kill us both',
  ])('fires on %j', (text) => {
    expect(labels(text).has('threat')).toBe(true);
  });

  it.each([
    "If I go to the shops, you're coming with me to carry the bags.",
    "I'm taking us both to the cinema on Friday.",
    "I'll use the hose on him and then on me, it's so hot.",
    'I would never put us both in danger like that again.',
  ])('does not fire on %j', (text) => {
    expect(labels(text).has('threat')).toBe(false);
  });
});
