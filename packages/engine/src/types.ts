/** The rule identifiers of the message check; the contract is LABELS.md. */
export type ProblemRuleId =
  | 'conditional-apology'
  | 'excuse'
  | 'blame-shift'
  | 'minimizing'
  | 'evasive-passive'
  | 'pressure'
  | 'criticism'
  | 'reopen-resolved'
  | 'boundary';
export type SafetyRuleId = 'self-harm' | 'threat';
export type StrengthRuleId =
  'regret' | 'responsibility' | 'impact' | 'repair' | 'commitment' | 'respects-pace';
export type RuleId = ProblemRuleId | SafetyRuleId | StrengthRuleId;

export type Kind = 'problem' | 'safety' | 'strength';

/** One thing the check noticed, with its exact place in the text. `text.slice(start, end) === actual`. */
export interface Finding {
  ruleId: RuleId;
  kind: Kind;
  /** UTF-16 offset into the original text, inclusive. */
  start: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  actual: string;
  reason: string;
  suggestion: string;
}

/** What the user told the app about topics: in the recipient's words. */
export interface CheckContext {
  resolvedTopics?: readonly string[];
  avoidTopics?: readonly string[];
}

/** The elements of an effective apology (Lewicki, Polin & Lount 2016), as strengths. */
export type Component = StrengthRuleId;

/** The verdict on the text alone; the timing part (`wait`) comes from the contact plan. */
export type TextVerdict = 'support' | 'revise' | 'ready';

export interface Summary {
  verdict: TextVerdict;
  counts: Record<Kind, number>;
  components: { present: Component[]; missing: Component[] };
}

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
}
