import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'threat')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('threat: harm foretold, their job and name, exposure left hanging', () => {
  it.each([
    "I'm gonna knock him out",
    "I'll break every bone in his body.",
    'ill smash every window in ur flat',
    'Keep it up and you will end up in hospital.',
    'ur gonna get hurt',
    'He will be walking with a limp if he comes near me again.',
    "You're going to get what you deserve.",
    "Your car won't look so pretty after tonight.",
    'Would be a shame if your tyres got slashed.',
    'Be a real shame if your cat got out.',
    'Hope you have good insurance on that car.',
    "I'd keep the dog inside at night if I were you.",
    "I'll get you fired.",
    'By the time I am done with you, nobody will hire you.',
    'It would not take much for your career to disappear.',
    'One email to HR and your job is gone.',
    'Imagine your parents seeing these.',
    'I could send these to anyone I like.',
    'maybe ill post them maybe i wont. ur choice',
    'Keep ignoring me and see who ends up seeing them.',
    "I'll ring your office and tell them everything.",
    'Your new girlfriend is going to find out everything about you.',
    "I'll tell social services you're a drunk.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // Idioms, concern and other people.
    'I could murder a pizza',
    'my boss will kill me if I am late again',
    'Your mum will kill you if she finds out you lost the keys.',
    'Be careful on that ladder, you will get hurt.',
    "If you keep drinking like that you'll end up in hospital.",
    "She's going to get fired if she keeps turning up late.",
    "I'll break the news to your mum gently.",
    "I'll beat you at chess next time.",
    'It would be a shame if we could not be civil for the kids.',
    'It would be a shame if you found out from someone else, so I am telling you myself.',
    "I'll send the photos to you tonight if you want them.",
    'No one will hire me with my record.',
    'Imagine your mum seeing you graduate, she would be so proud.',
    'Keep practising and see how much better you get.',
    "You'll regret not coming, the food was amazing.",
    "You'll see what happens in the next episode.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('threat: surveillance and arrival', () => {
  it.each([
    'I know which gym you go to now.',
    'I know what you did on Saturday night and who with.',
    'Your bedroom light was on late last night.',
    "you walk the dog at 7 every morning, don't you",
    'Your little brother walks home alone, doesnt he',
    'I watched you leave work at half five.',
    "I'll find out where you live, it's not hard.",
    "Open the door, I know you're in there.",
    "I'm outside your house.",
    "I'm parked across the road.",
    "I'm outside again and I can see your light on.",
    "I'll be waiting at your work.",
    "I'll be waiting for you after your shift.",
    "I'll be at your door tonight.",
    "I'm coming round whether you like it or not.",
    "Don't be surprised if I turn up at your work.",
    'Look out of your window.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll be outside at 6 to pick up the kids.",
    "I'm outside the school now, the kids are just coming out.",
    "I'll be waiting at the station at 7 if you still want the lift.",
    "I'm outside, come down when you're ready.",
    'I know where you work is really busy at Christmas, so no rush to reply.',
    "I know what time you finish, so I'll have the kids ready for 6.",
    "Look out of your window, there's a rainbow!",
    "You get it, don't you?",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('marks the arrival, not the whole message', () => {
    expect(spans("Hi. I'll be waiting at your work.")).toEqual(["I'll be waiting at your work"]);
  });
});

describe('threat: consequences left unsaid', () => {
  it.each([
    'This won’t end well for you.',
    "You have no idea what's coming.",
    'Remember what happened last time you ignored me.',
    'Things are about to get very bad for you.',
    'Do you really want to find out what I will do?',
    "you don't want to make an enemy of me",
    "I'm done being nice.",
    'You know what I am capable of.',
    'There will be consequences.',
    "It's not over. Not by a long shot.",
    "I'll take them and you'll never find us.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "You have no idea what's coming for your birthday, you'll love it.",
    'Remember what happened last time we went camping? We laughed for days.',
    'I still love you. It is not over for me.',
    "I'm done being the person who hurt you.",
    "You know what I'm capable of when I put my mind to it, and I'm putting it into therapy.",
    'There will be consequences for me at work, and I accept them.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('threat: across two sentences', () => {
  it.each([
    'I know where you work now. See you soon.',
    'I found your new address. Expect me.',
    "I've still got the pictures. Your call.",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'I know where you live now, I will send the box there on Monday. See you soon.',
    'See you soon.',
    "You said I threatened to turn up at your work. I'm sorry, see you at the handover.",
    'I never found out where you moved to. See you soon, at the school play.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('marks the second sentence where it carries the menace', () => {
    expect(spans('I found your new address. Expect me.')).toContain('Expect me');
  });
});

describe('threat: more registers (formal letters, texting, subtle watching)', () => {
  it.each([
    'Should you continue to ignore me, I will have no choice but to inform your employer of your conduct.',
    'I would advise you to think very carefully about your next steps.',
    'It would be unfortunate if certain information were to reach your employer.',
    'I am sure your professional body would take a very dim view of this.',
    'I will make it my mission to ruin you.',
    'Consider this your final warning.',
    "This isn't a threat, it's a promise.",
    "It's not a threat. It's a promise.",
    "Let's just say I know things.",
    'I know all about your little secret.',
    'imma find u',
    'someone should teach u a lesson',
    'I can make things very difficult for you.',
    'I know people at your work.',
    'Trust me, you do not want this going to court.',
    "I'll drag your name through the mud.",
    "I'll tell the police you hit me.",
    "I'll keep the kids from you.",
    'if u dont answer ill post the pics',
    'im not joking ill post the pics',
    "I won't stop until everyone knows what you did.",
    'Small world. Saw you at the big Tesco again.',
    'That new fella of yours drives a silver Golf, doesnt he.',
    "It'd be awful if your boss got an anonymous tip.",
    "I don't care if I go to prison for it.",
    "A piece of paper won't stop me.",
    'Sweet dreams. Keep the doors locked.',
    'Better check your brakes before you drive anywhere.',
    'Enjoy your job while you still have it.',
    "I'll put it all on Facebook.",
    'Your secret is safe with me. For now.',
    'You started this. I will finish it.',
    'My brothers are going to pay him a visit.',
    "I've put a tracker on your car.",
    'I can still get into your iCloud.',
    'Your new man won’t be so pretty after I’m done with him.',
    'How is the new flat on Elm Road?',
    'Changing the locks won’t help.',
    'Did you like the flowers I left on your doorstep?',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll tell the police everything I did, I deserve it.",
    "It's not a threat, I'm just telling you how I feel, and I'm sorry.",
    'I know more about you than anyone, and I still hurt you.',
    'I know people at your work miss you.',
    "I've kept every message you sent because I miss you, but I'll delete them if you want.",
    'I know some lads who could help you move.',
    'Expect a parcel on Monday.',
    'Someone from the council will pay you a visit about the boiler.',
    'I still have access to your Netflix, want me to log out?',
    'Better check your brakes, the garage said the pads were low.',
    'Saw you with him at the market. He seems nice.',
    'I left your keys on your doorstep like you asked.',
    'Moving away won’t change how sorry I am.',
    'You looked happy in the photo your sister posted.',
    'Enjoy your new job, you deserve it.',
    "I'll make you pay for dinner next time lol",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('threat: harm to them or theirs told as how they will leave, or what is getting burnt', () => {
  it.each([
    'touch my car again and ill put u through the windscreen',
    "Do that again and I'll throw him down the stairs.",
    "If your dad turns up at mine again he'll be leaving in an ambulance.",
    'he comes round here one more time hes going home in a body bag',
    "Park that van outside my house again and it's getting torched.",
    'if i see her car at urs again its getting smashed',
    'Nobody speaks to me like that and walks away in one piece.',
    'he wont be getting home in one piece',
    'u can try to leave. not in one piece tho',
    "hope he's got good health insurance",
    'hope ur new man has decent medical insurance',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I'll put you through to the manager.",
    'My uncle left in an ambulance after the fall, the doctors say he is recovering.',
    'Dad is going home in a wheelchair if the surgery goes well.',
    "The old sofa's getting torched on bonfire night if you want to come.",
    "If you leave the toast in again it's getting burnt.",
    'The vase arrived in one piece, thank you for packing it so well.',
    "You won't get there in one piece in this snow, stay at your sister's.",
    'Hope your mum has good health insurance, the waiting lists are awful.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
