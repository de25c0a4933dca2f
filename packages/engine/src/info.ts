import type { Kind, RuleId } from './types.js';

/** What each rule looks for, in words a person can read, and where its basis comes from. */
export interface RuleInfo {
  id: RuleId;
  kind: Kind;
  title: string;
  description: string;
  basis: string;
}

export const RULE_INFO: readonly RuleInfo[] = [
  {
    id: 'self-harm',
    kind: 'safety',
    title: 'Your safety',
    description:
      'Words that say you may be at risk of hurting yourself, now or as a way to make them answer.',
    basis: "Samaritans' online-safety guidance; #chatsafe (Orygen, 2018)",
  },
  {
    id: 'threat',
    kind: 'safety',
    title: 'A threat',
    description: 'Words that threaten them, people close to them, their things, or to expose them.',
    basis: "Samaritans' online-safety guidance; DARVO (Freyd 1997)",
  },
  {
    id: 'conditional-apology',
    kind: 'problem',
    title: 'Conditional apology',
    description: 'An apology for their reaction ("sorry if you felt…") instead of for what you did.',
    basis: 'Schumann 2017; Lewicki, Polin & Lount 2016',
  },
  {
    id: 'excuse',
    kind: 'problem',
    title: 'Excuse',
    description:
      'An explanation inside the apology that defends the act (stress, alcohol, "I had no choice").',
    basis: 'Scott & Lyman 1968; Schönbach 1990; the method’s step 7: apologise without defending',
  },
  {
    id: 'blame-shift',
    kind: 'problem',
    title: 'Blame moved onto them',
    description: 'Words that move responsibility for your act onto them or others.',
    basis: 'Benoit & Drew 1997 (provocation rated least effective); DARVO (Freyd 1997)',
  },
  {
    id: 'minimizing',
    kind: 'problem',
    title: 'Minimising',
    description: 'Words that make the act or their hurt smaller than it was ("just a joke", "overreacting").',
    basis: 'Higgins & Snyder (valence excuses); Schumann 2017',
  },
  {
    id: 'evasive-passive',
    kind: 'problem',
    title: 'Who did it is missing',
    description: 'A sentence like "mistakes were made" that leaves out who made them.',
    basis: 'Research on non-apologies: agentless passives hide responsibility (Schumann 2017)',
  },
  {
    id: 'pressure',
    kind: 'problem',
    title: 'Pressure',
    description: 'Demands for forgiveness, a reply, contact or a timeline; guilt-trips and ultimatums.',
    basis: 'Nonviolent Communication (Rosenberg): a request that cannot be refused is a demand',
  },
  {
    id: 'criticism',
    kind: 'problem',
    title: 'Criticism',
    description: 'An attack on their character, or an "always/never" about them.',
    basis: "Gottman's Four Horsemen: criticism attacks the person, not the act",
  },
  {
    id: 'reopen-resolved',
    kind: 'problem',
    title: 'A settled topic reopened',
    description: 'Brings back a topic you both marked as resolved.',
    basis: 'The method’s step 4: leave the past behind',
  },
  {
    id: 'boundary',
    kind: 'problem',
    title: 'A topic they asked to avoid',
    description: 'Touches a topic or act they asked you to leave alone.',
    basis: 'The method’s step 9: respect their limits and space',
  },
  {
    id: 'responsibility',
    kind: 'strength',
    title: 'Taking responsibility',
    description: 'You name the act as yours and as wrong. This matters most in an apology.',
    basis: 'Lewicki, Polin & Lount 2016',
  },
  {
    id: 'repair',
    kind: 'strength',
    title: 'Offer of repair',
    description: 'You offer to make things right, or ask what would help.',
    basis: 'Lewicki, Polin & Lount 2016',
  },
  {
    id: 'regret',
    kind: 'strength',
    title: 'Regret',
    description: 'You say you are sorry for what you did.',
    basis: 'Lewicki, Polin & Lount 2016',
  },
  {
    id: 'impact',
    kind: 'strength',
    title: 'Naming the impact',
    description: 'You acknowledge what your act did to them.',
    basis: 'Fehr, Gelfand & Nag 2010 (empathy r = .51)',
  },
  {
    id: 'commitment',
    kind: 'strength',
    title: 'Commitment to change',
    description: 'You commit to a concrete change, or show one you have started.',
    basis: 'Lewicki, Polin & Lount 2016 (declaration of repentance); Gottman’s Atone phase',
  },
  {
    id: 'respects-pace',
    kind: 'strength',
    title: 'Respecting their pace',
    description: 'You leave the timing and the choice to them.',
    basis: 'Nonviolent Communication (Rosenberg); the method’s steps 8 and 9',
  },
];
