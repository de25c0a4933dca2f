import { describe, expect, it } from 'vitest';
import { check } from '../../check.js';

const spans = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.ruleId === 'threat')
    .map((f) => f.actual);
const fires = (text: string): boolean => spans(text).length > 0;

describe('threat', () => {
  it.each([
    // Harm to them, people close to them, pets and things.
    'If that bloke comes near you again I will break his jaw.',
    'i swear ill batter him',
    'Something bad might happen to that cat of yours.',
    'Your van would look terrible with four flat tyres.',
    'Everything you left here is going on the fire tonight.',
    // Exposure.
    "I'll send the pictures to your whole family.",
    'Keep this up and your manager gets to see the screenshots.',
    'i still have ur nudes btw',
    "I'll make sure your church knows exactly what you did.",
    'I wonder what your boss would make of them.',
    'It would be a pity if the school found out about your little habit.',
    // Surveillance as menace.
    'I know where your new girlfriend works.',
    "I know you're at your mum's tonight.",
    'I know what time you finish your shift.',
    "I've been sitting outside your flat all evening.",
    // Children.
    "I'll take the kids abroad and you'll never see them again.",
    // Veiled consequences.
    'You will regret the day you left me.',
    "You won't get away with this.",
    'Tell your new fella to watch his back.',
    "I'll make your life a misery.",
    "Don't make me come round there.",
    'You have no idea what I am capable of.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    // LABELS.md: must not fire.
    'I regret this.',
    "I'd never hurt you.",
    "I'll show you the photos from the trip.",
    "I know where you live now, I'll send the box there?",
    // Negation, owned past threats, reported speech.
    "I will never hurt you again, and I'd never show those pictures to anyone.",
    'I threatened to post the photos. That was vile, and I have deleted every copy.',
    'Your brother said I would regret this, and he was right.',
    // Logistics, offers and concern.
    "I'll take the kids to the park on Saturday and drop them back at 5.",
    'I still have a key to your flat, I will post it back tomorrow.',
    'Be careful driving home tonight, the roads are icy.',
    "I know you're busy right now, so no rush.",
    "You'll regret not taking a coat, it's freezing.",
    "I'll tell your mum I said hello.",
    // Jokes and idioms.
    "I'll kill you if you eat my chips lol",
    'Your mum will murder me if I bring them back late 😂',
    "I know where you're coming from.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('marks the menacing words', () => {
    expect(spans("I know where you live. Don't ignore me.")).toEqual(['I know where you live']);
  });

  it('fires on both self-harm and threat when both are used as leverage', () => {
    const ids = check("If you leave I'll end it, and I'll make sure everyone knows it was you.").findings.map(
      (f) => f.ruleId,
    );
    expect(ids).toContain('self-harm');
    expect(ids).toContain('threat');
  });

  it('names the harm plainly and offers support', () => {
    const f = check('I will post the videos online.').findings.find((x) => x.ruleId === 'threat');
    expect(f?.kind).toBe('safety');
    expect(f?.reason).toMatch(/expose/);
    expect(f?.reason).not.toMatch(/!/);
    expect(f?.suggestion).toMatch(/988/);
  });
});

describe('threat: veiled menace (injuries foretold, exposure made easy, showing up, leverage through the children)', () => {
  it.each([
    'Your new boyfriend has a pretty face. Be a shame if it got rearranged.',
    "If he comes near you again he'll need a dentist.",
    "ur mate's gonna need stitches if he keeps chatting to u",
    'I still have your login. Would be so easy to post a few things from your page.',
    'would be dead easy to send ur boss those chats',
    'Unless you call me by Friday, copies of those emails will go to your husband.',
    'the screenshots are gonna end up with ur mum',
    "Remember I've still got the videos.",
    'i still have all ur pics btw',
    "You're lucky I haven't shown your parents the messages yet.",
    'ur lucky im not sending ur gf the screenshots',
    'Wonder what your manager would think of that.',
    "Pick up the phone or I'm coming over there.",
    'answer me or im coming round',
    "If you don't call me back I'll turn up at your work and make a scene in front of everyone.",
    "If you report me, I promise you'll lose a lot more than your job.",
    "If you leave I'm ending it and I won't be going alone.",
    'Keep ignoring me and watch how fast I get full custody.',
    "Block me and I'll make every day of your life a misery.",
    'keep ignoring me and see what happens',
    'Watch what happens.',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "The dentist said I'll need a filling next week.",
    'It would be so easy to send you the recipe, hang on.',
    'The photos will go to your email tonight, let me know if they arrive.',
    "I've still got the photos from the wedding if you want copies.",
    "I wonder what she'd think of the present, do you think she'd like it?",
    "Let me know if the door's open, otherwise I'll come round the back.",
    'My toddler made a scene at the supermarket today.',
    "If you don't revise you'll lose marks on the exam.",
    "The court gave us joint custody and I'm glad it's settled.",
    'Add the vinegar and watch what happens when you stir it.',
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('threat: a way in kept (a key, a code, a fob)', () => {
  it.each([
    'I still have a key to your flat, remember.',
    "Go on, block me. I've still got the spare key.",
    'change ur number all u want. still got the fob',
    'i still got the code for ur gate',
    'ive still got the fob to ur block',
    'I still have the door code for your parents',
    'still have a key to ur mums x',
  ])('fires on %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    "I still have your spare key, I'll post it back on Monday.",
    'I still have the spare key for emergencies, your mum asked me to keep it.',
    "I've still got the spare key, do you want it back?",
    'I still have the code for the wifi if you need it.',
    'I still have the key so I can feed the cat while you are away.',
    "I don't still have a key to your flat, I gave it back in May.",
    "You blocked me, fair enough. I've still got the spare key, I'll post it back.",
    "I've still got the spare key.",
  ])('does not fire on %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});
