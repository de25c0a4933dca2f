import type { Sentence } from './analysis.js';
import { matches } from './scan.js';
import type { Kind, RuleId } from './types.js';

/** A finding inside one sentence, in the sentence's normalised offsets. */
export interface Hit {
  start: number;
  end: number;
  reason: string;
  suggestion: string;
}

/** Topics from the user's register, prepared once per check. */
export interface RuleContext {
  resolvedTopics: readonly string[];
  avoidTopics: readonly string[];
}

/**
 * A rule reads one analysed sentence and returns its hits. Rules are small units with their word
 * lists beside them; they never throw and never do I/O.
 */
export interface Rule {
  id: RuleId;
  kind: Kind;
  /** A cheap test on the sentence's normalised text; the rule runs only where it matches. */
  gate?: RegExp;
  /** Drop this rule's hits in a sentence where one of these rules also hit. */
  suppressedBy?: readonly RuleId[];
  /**
   * The rule reads `sentence.previous` as well as the sentence, for meaning that spans two sentences.
   * The incremental checker then re-checks it when either sentence changes. Such a rule may not be
   * named in another rule's `suppressedBy`, nor have one (suppression stays within one group).
   */
  readsPrevious?: boolean;
  /**
   * For a rule that reads the previous sentence: where this matches the previous sentence's text,
   * the rule sees that text in `previous` and runs even if `gate` does not open on the sentence;
   * elsewhere it sees `previous` as ''. (Without it, the rule always sees the previous sentence.)
   * Keep it as narrow as `gate`: after an edit, only a sentence whose previous one matches it is
   * re-checked for the change next door.
   */
  gatePrevious?: RegExp;
  /** Drop this rule's hits in the whole message when one of these rules hit anywhere in it. */
  suppressedInMessageBy?: readonly RuleId[];
  find(sentence: Sentence, context: RuleContext): Hit[];
}

/**
 * Whether a rule runs on a sentence (as the rule sees it): its gate opens on the text, or it has
 * none, or it reads a previous sentence that its `gatePrevious` let through.
 */
export function gateOpens(rule: Rule, sentence: Sentence): boolean {
  return (
    !rule.gate ||
    matches(rule.gate, sentence.text) ||
    (rule.gatePrevious !== undefined && sentence.previous !== '')
  );
}

export { forEachMatch } from './scan.js';
