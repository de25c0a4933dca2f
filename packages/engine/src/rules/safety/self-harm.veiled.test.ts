import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'self-harm')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('self-harm: farewells, burden, things given away, plans', () => {
  it.each([
    'Thank you for everything, and goodbye.',
    'love you all. bye',
    'Everyone would be better off.',
    'honestly my family would be happier without me',
    "They'd all be glad if I was gone.",
    'Things would be quieter for everyone if I was dead.',
    "I'm just a dead weight.",
    "I'm a weight around everyone's neck.",
    "I've given my guitar to Sam, I won't be needing it.",
    "I've left my passwords and bank details in the drawer for you.",
    'Soon I will not be a problem for anyone.',
    'Please look after Bella for me when I am gone.',
    "I've picked the place.",
    "I'm having those thoughts again.",
    'the urge to cut is so strong tonight',
    'i want to unalive myself',
    'gonna go to sleep and hopefully not wake up',
    'i just took like 20 pills',
    "I'm sat in the car in the garage with the engine running.",
    "I've made my peace with dying.",
    "if you block me that's it for me",
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Goodbye for now, speak soon.',
    'Thanks for everything, bye for now x',
    'Everyone would be better off if we just talked honestly.',
    'It would be quieter if I was gone for the weekend.',
    "I've given my old bike to Sam since I never use it.",
    "I've given the car back, I won't need it now I work from home.",
    "I've written the wifi passwords on the fridge for you.",
    "I won't be a bother to you any more, I promise to give you space.",
    "Can you look after Bella for me when I'm away at the conference?",
    "We've picked the place for dinner.",
    "I'm having thoughts about you again, I miss you.",
    'I have the urge to cut my hair really short.',
    'I took about 2 paracetamol for my headache.',
    "I'm warming up the car in the garage with the engine running, it's frosty.",
    "I've made my peace with it, you've moved on and that's fair.",
    "If you leave the job, that's it for me tonight, I'm going to bed.",
    "I won't be around next week, I'm in Spain.",
    "I'm going to the bridge club tonight.",
    "I'm on the roof fixing the gutter.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('self-harm: across two sentences', () => {
  it.each([
    // A relapse after the act, even one told as past.
    'I used to cut when things got bad. Last night I did it again.',
    'i used to self harm. ive started again',
    // Readiness after the means or the act.
    "There's a full box of paracetamol next to me. I'm going to take them all.",
    "I've got the rope in my car. I'm ready.",
    "I keep thinking about ending it. I'm planning to do it on Friday when everyone is out.",
    // A goodbye and final words.
    "I'm sorry for everything. Goodbye.",
    'Goodbye. I love you all.',
    // Giving away, then not needing it.
    'I want you to have my watch. I will not need it.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // The previous sentence is past and over, someone else's, denied, or not an act.
    "Two years ago I used to cut. I've been safe since.",
    'Years ago I had the pills lined up. I got help and I am okay now.',
    'My sister used to cut. She started again on Saturday.',
    'I used to run. I started again on Saturday.',
    "I'd never hurt myself. I'm done with all the drama though.",
    'I took my tablets this morning. I am done for the day.',
    'You said I talked about ending it. I never did, and I am ready to talk about it.',
    "I'm sorry I missed the play. Goodbye for now.",
    'Goodbye. See you at the handover.',
    "I'm giving away the sofa. I won't need it in the new flat.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('marks the sentence that carries the signal', () => {
    expect(spans('I used to cut. I started again on Saturday.')).toEqual(['started again']);
  });
});

describe('self-harm: more registers', () => {
  it.each([
    "I'm going to go to sleep now, for the last time.",
    'This is the end of the road for me.',
    'Been drinking all day and the car keys are right here. Might go for a drive and see where I end up.',
    "Make sure it's not the kids who find me.",
    "I've got no fight left in me.",
    'I want out of this life.',
    'I nearly went through with it.',
    'I had the belt round my neck last night.',
    'I cut too deep this time.',
    "You'll be free of me soon.",
    "Soon you won't have to deal with me.",
    "Forgive me for what I'm about to do.",
    "I can't promise I'll still be here tomorrow.",
    "I'm not going to make it through tonight.",
    'i wanna jump off something',
    'i keep looking at the knives in the kitchen',
    "there's a rope in the garage and i keep thinking about it",
    'idk how much longer i can do this',
    'i deserve to die',
    "what if i just didn't wake up tomorrow",
    'I drank bleach.',
    "I've said goodbye to the dog.",
    "I woke up disappointed I'm still here.",
    'I wish it would all just end.',
    "I've got a plan and a date.",
    'i hate being alive',
    'goodnight forever',
    'my arms are covered in fresh cuts again',
    'i keep thinking about how peaceful it would be to not exist',
    "I think it's time I stopped being a burden.",
    "I'd be doing everyone a favour.",
    'No one would even notice I was gone.',
    "i've been looking up ways to die",
    'I bought paracetamol from three different shops today.',
    "I don't plan to be here for Christmas.",
    "I've taken the lot, the whole packet.",
    'I keep thinking about killing myself. I almost did it last night.',
    'im not joking i want to die',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'I nearly went through with the move to London.',
    'I want out of this contract.',
    'I hurt myself again at football.',
    'I burned myself on the oven again.',
    "I don't know how much longer I can hold on to this flat.",
    "I'm not going to make it to the party tonight.",
    "I'm going to the bridge tonight to watch the fireworks.",
    "I've started giving my stuff away to charity since I'm moving.",
    'I want to sleep forever on a Sunday.',
    'I hate my job.',
    "I'm so tired of fighting with you.",
    "I've made the decision to end our marriage.",
    "I'd be doing everyone a favour if I stayed home with this cold.",
    "I bought paracetamol for the kids' fevers.",
    'We took them all to the zoo.',
    "I can't see myself getting old in this town.",
    'You will be free of me soon, I am moving out on Friday.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('self-harm: a last errand, then no longer able to', () => {
  it.each(["Please feed the cat for me. I won't be able to anymore."])('fires on %j', (text) => {
    expect(check(text).findings.some((f) => f.ruleId === 'self-harm')).toBe(true);
  });

  it.each(["Can you feed the cat for me this week? I won't be able to, I'm in Leeds till Sunday."])(
    'does not fire on %j',
    (text) => {
      expect(check(text).findings.some((f) => f.ruleId === 'self-harm')).toBe(false);
    },
  );
});
