import type { Sentence } from '../../analysis.js';
import { gateOpens, type Hit, type Rule, type RuleContext } from '../../rule.js';
import { JOKE, takeVeto } from './lib.js';
import type { ModelLabel } from './model.js';
import { presentRisk, selfHarm } from './self-harm.js';
import { threat } from './threat.js';

const PATTERNS: Record<ModelLabel, Rule> = { 'self-harm': selfHarm, threat };
const OTHER: Record<ModelLabel, Rule> = { 'self-harm': threat, threat: selfHarm };
/** Contact still to come: "this is the last message until you're ready" is no goodbye. */
const FUTURE_CONTACT =
  /\b(?:until|till|til|when|whenever|once) (?:you're|you are|ur|u r|you feel) ready\b|\b(?:see|talk to|speak to) (?:you|u) (?:soon|tomorrow|later|then|next|on|at)\b|\btalk (?:soon|tomorrow|later)\b/;
/** An absence with an end: "I'll be gone for the weekend", "away till Monday". */
const BOUNDED_ABSENCE =
  /\bfor the (?:weekend|week|night|day|month|summer|holidays?|next (?:few )?(?:days|weeks))\b|\b(?:till|until|til|back on|back by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|the weekend|the \d+\w*)\b|\b(?:this|next) weekend\b|\bon holiday\b/;
/** Ending a bond, not a life: "I've made the decision to end our marriage", "ending things with him". */
const ENDS_A_BOND =
  /\b(?:end|ends|ending|ended|finish|finishing|call off|calling off)(?: \w+)? (?:our|the|this|my|your|that) (?:marriage|relationship|engagement|friendship|tenancy|lease|contract|partnership|arrangement|agreement|affair|thing)\b|\b(?:end|ending|ended) (?:things|it|this) (?:with|between) (?!myself\b)/;
const OWN_LIFE = /\b(?:my life|myself|it all|everything|me)\b/;
const SECOND = /\b(?:you|your|yours|ur|u)\b/;
/** Someone else, by pronoun or as one of theirs. */
const OTHERS =
  /\b(?:him|his|her|hers|he|she|he's|she's|their|theirs|mum|mom|dad|mother|father|sister|brother|kids?|children|son|daughter|family|boyfriend|girlfriend|bf|gf|husband|wife|partner|boss|friends?|mates?|parents|nan|gran)\b/;
const FIRST = /\b(?:i|i'm|im|i'll|ill|i've|ive|i'd|me|my|myself|mine)\b/;

/** The label's own guard, beyond those of every model reading. */
const GUARD: Record<ModelLabel, (sentence: Sentence) => boolean> = {
  // About the writer, for good: not about them alone ("the police can't sit outside your flat
  // forever"), nor an absence with an end.
  'self-harm': (s) =>
    presentRisk(s) &&
    !FUTURE_CONTACT.test(s.text) &&
    !BOUNDED_ABSENCE.test(s.text) &&
    !(ENDS_A_BOND.test(s.text) && !OWN_LIFE.test(s.text)) &&
    !(SECOND.test(s.text) && !FIRST.test(s.text)),
  // Aimed at someone: a sentence that names no one ("anyone could just walk in without a ticket")
  // threatens no one.
  threat: (s) => SECOND.test(s.text) || OTHERS.test(s.text),
};

const find = (rule: Rule, sentence: Sentence, context: RuleContext): Hit[] =>
  gateOpens(rule, sentence) ? rule.find(sentence, context) : [];

/**
 * The hand-written patterns of a label on a sentence, and whether one of their grammatical guards
 * said no there without any other pattern answering (lib.ts `takeVeto`).
 */
export function patternsOf(
  label: ModelLabel,
  sentence: Sentence,
  context: RuleContext,
): { hits: Hit[]; vetoed: boolean } {
  takeVeto();
  const hits = find(PATTERNS[label], sentence, context);
  return { hits, vetoed: takeVeto() && hits.length === 0 };
}

/**
 * Whether the learned model may report `label` in a sentence (beyond model.ts `eligible`). Not where
 * the patterns' own guards said no (a veto), nor in a joke, nor where the other label's patterns
 * explain the sentence ("or I'm hurting myself" is self-harm, not a threat; "I'll make your life hell"
 * is a threat, not self-harm), nor where the label's guard says no (self-harm told as old and over).
 * The same in training (scripts/train.ts) and in the check, so the model learns only from what it
 * will read.
 */
export function modelMayRead(
  label: ModelLabel,
  sentence: Sentence,
  context: RuleContext,
  vetoed: boolean,
): boolean {
  return (
    !vetoed &&
    !JOKE.test(sentence.text) &&
    GUARD[label](sentence) &&
    find(OTHER[label], sentence, context).length === 0
  );
}
