/** One step of the ten-step program: what it is called, what the user does in it, and its basis. */
export interface ProgramStep {
  /** 1 to 10, in the method's order. */
  readonly number: number;
  /** A stable slug for links and code; never shown as text. */
  readonly key: string;
  readonly title: string;
  /** One paragraph, second person: what the step is and what the user will do. */
  readonly summary: string;
  /** The source the step rests on, named on the page. */
  readonly basis: string;
}

/** The ten steps, in the method's order (DESIGN.md, "The ten steps"). */
export const PROGRAM_STEPS: readonly ProgramStep[] = Object.freeze([
  {
    number: 1,
    key: 'understand-the-purpose',
    title: 'Understand what it was for',
    summary:
      'Before you can explain anything to them, you need to understand it yourself. Here you look plainly at what you did and what it gave you at the time — relief, escape, approval, a way around a hard talk. You answer a short set of “why” questions in your own words. This is for your understanding, not an excuse to hand them. If they ask why one day, you will be able to answer honestly.',
    basis: 'Gottman, Trust Revival Method (Atone)',
  },
  {
    number: 2,
    key: 'talk-and-take-breaks',
    title: 'Talk, and take breaks',
    summary:
      'Trust comes back through many honest conversations, not one big one. You plan each talk with a short agenda and ground rules you both can keep. When either of you feels flooded — heart racing, unable to take in what is said — you pause. The break lasts at least 20 minutes and never more than a day, and you agree when you will come back. You spend it calming down, not rehearsing the argument.',
    basis: 'Gottman on flooding and breaks (at least 20 minutes, at most 24 hours)',
  },
  {
    number: 3,
    key: 'forgive-generously',
    title: 'Be generous in forgiving',
    summary:
      'Holding on to blame — toward them or toward yourself — keeps you stuck. You work through five small exercises: recall the hurt, try to understand the other side, offer forgiveness as a gift, commit to it, and hold on to it when doubt comes back. You do them for yourself and for them. Forgiving yourself starts with owning what you did; it does not mean it did not matter.',
    basis: 'Worthington’s REACH model; Ho et al. 2024, BMJ Public Health',
  },
  {
    number: 4,
    key: 'leave-the-past-behind',
    title: 'Leave the past behind',
    summary:
      'Some things, once talked through, are better left settled. You keep a short record of what you have resolved together: what it was, when and how. When you write to them later, the app gently points out if a draft reopens one of these. You can still return to a topic if they want to; the point is not to drag it back yourself.',
    basis: 'The ten-step method; Worthington’s REACH model (Hold on)',
  },
  {
    number: 5,
    key: 'give-it-time',
    title: 'Give it time',
    summary:
      'Words alone do not rebuild trust; steady behaviour over weeks and months can help. You keep track of what you said you would do and whether you did it, how quickly you answered their questions, and whether you kept to their limits. Over time this becomes a record you can both look at. There is no deadline here, and no score they owe you.',
    basis: 'Gottman, Trust Revival Method (commitment shown through actions over time)',
  },
  {
    number: 6,
    key: 'consider-why',
    title: 'Consider why you chose it',
    summary:
      'Step one asked what the act was for. This step asks what was going on in you: the need you were trying to meet, what set it off, and whether it is part of a pattern. You write in a private journal with a few prompts to guide you. Seeing the pattern clearly is what makes it possible to choose differently next time.',
    basis: 'The ten-step method; needs as in Nonviolent Communication (Rosenberg)',
  },
  {
    number: 7,
    key: 'apologise-honestly',
    title: 'Say sorry honestly',
    summary:
      'A real apology names what you did, takes responsibility for it, and says how it affected them and what you will do to repair it — without defending yourself. You build your apology piece by piece, and the message check shows what in your draft helps and what may read as an excuse, a condition or blame. Explanations can wait until they ask for them.',
    basis: 'Lewicki et al. 2016 on the components of an effective apology',
  },
  {
    number: 8,
    key: 'let-them-speak',
    title: 'Let them express themselves',
    summary:
      'They may need to say how it felt, more than once, in their own time. You write down what they tell you in their words, not yours, so you can remember it accurately. You listen without correcting or defending. While they have not answered, or have asked for time, the app will suggest you wait rather than write again.',
    basis: 'Gottman, Trust Revival Method (Atone: making room for their emotions)',
  },
  {
    number: 9,
    key: 'respect-their-limits',
    title: 'Respect their needs and limits',
    summary:
      'What they ask for is information, not an obstacle. You keep a clear list of their needs and boundaries, topics to avoid, and a contact plan: which channels, how often, quiet hours, and any time they asked for space. The app helps you keep to it. A request they cannot refuse is a demand, so you ask in ways that leave them free to say no.',
    basis: 'Nonviolent Communication (Rosenberg)',
  },
  {
    number: 10,
    key: 'make-things-plain',
    title: 'Make things plain',
    summary:
      'Openness means no new secrets. You answer their questions honestly, even the painful ones, and the app notes how long each answer took. You make specific commitments and check in on whether you kept them. You agree how much contact they want and stay within it. This is your part of the work; whether and when they trust you again is theirs to decide.',
    basis: 'Gottman, Trust Revival Method (Atone: answering questions honestly)',
  },
] satisfies ProgramStep[]);

/** The program step with this number, or undefined when there is none. */
export function programStep(number: number): ProgramStep | undefined {
  return PROGRAM_STEPS[number - 1];
}
