import { analyse, segment, type Sentence } from './analysis.js';
import { normalize, toOriginal, type Normalized } from './normalize.js';
import { gateOpens, type Hit, type Rule, type RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { matches } from './scan.js';
import type {
  CheckContext,
  CheckResult,
  Component,
  Finding,
  Kind,
  RuleId,
  Summary,
  TextVerdict,
} from './types.js';

/** The apology components in the order Lewicki et al. (2016) found them to matter. */
export const COMPONENTS: readonly Component[] = [
  'responsibility',
  'repair',
  'regret',
  'impact',
  'commitment',
  'respects-pace',
];

export interface SentenceHit extends Hit {
  ruleId: RuleId;
  kind: Kind;
}

export function toRuleContext(context: CheckContext | undefined): RuleContext {
  const clean = (topics: readonly string[] | undefined): string[] =>
    (topics ?? []).map((t) => (typeof t === 'string' ? t.trim() : '')).filter((t) => t.length > 0);
  return { resolvedTopics: clean(context?.resolvedTopics), avoidTopics: clean(context?.avoidTopics) };
}

/** True when `rule` may read `previous` (see `Rule.gatePrevious`): its hits then depend on it too. */
function seesPrevious(rule: Rule, previous: string): boolean {
  return (
    previous !== '' &&
    rule.readsPrevious === true &&
    (!rule.gatePrevious || matches(rule.gatePrevious, previous))
  );
}

/** True when `rule` reads the sentence before but may not see it here. */
const hidesPrevious = (rule: Rule, sentence: Sentence): boolean =>
  rule.readsPrevious === true && sentence.previous !== '' && !seesPrevious(rule, sentence.previous);

/** The sentence as a rule sees it: a rule that reads the one before sees it only where it may. */
export function seenBy(rule: Rule, sentence: Sentence): Sentence {
  return hidesPrevious(rule, sentence) ? { ...sentence, previous: '' } : sentence;
}

/** True when a rule of `rules` would see `previous`: then their hits depend on both sentences. */
export function readsThis(rules: readonly Rule[], previous: string): boolean {
  return rules.some((r) => seesPrevious(r, previous));
}

/** Runs every rule on one sentence, applying each rule's gate and suppressions. */
export function checkSentence(
  sentence: Sentence,
  context: RuleContext,
  rules: readonly Rule[] = RULES,
): SentenceHit[] {
  const hits: SentenceHit[] = [];
  let fired: Set<RuleId> | undefined;
  /** The sentence without the one before, shared by the rules that may not see it here. */
  let alone: Sentence | undefined;
  const length = sentence.text.length;
  for (const rule of rules) {
    const seen = hidesPrevious(rule, sentence) ? (alone ??= { ...sentence, previous: '' }) : sentence;
    if (!gateOpens(rule, seen)) continue;
    let found: Hit[];
    try {
      found = rule.find(seen, context);
    } catch {
      found = []; // A rule must never break the check; a failing rule reports nothing.
    }
    for (const hit of found) {
      if (hit.end <= hit.start || hit.start < 0 || hit.end > length) continue;
      hits.push({ ...hit, ruleId: rule.id, kind: rule.kind });
      (fired ??= new Set()).add(rule.id);
    }
  }
  if (fired === undefined) return hits;
  const ids = fired;
  return hits.filter((h) => {
    const rule = rules.find((r) => r.id === h.ruleId);
    return !rule?.suppressedBy?.some((id) => ids.has(id));
  });
}

/** Turns sentence hits into findings with exact spans in the original text. */
export function toFindings(
  text: string,
  norm: Normalized,
  offset: number,
  hits: readonly SentenceHit[],
): Finding[] {
  return hits.map((h) => {
    const { start, end } = toOriginal(norm, offset + h.start, offset + h.end);
    return {
      ruleId: h.ruleId,
      kind: h.kind,
      start,
      end,
      actual: text.slice(start, end),
      reason: h.reason,
      suggestion: h.suggestion,
    };
  });
}

/** Keeps one finding per rule and span, ordered by position; drops findings a rule suppresses message-wide. */
export function tidy(findings: Finding[], rules: readonly Rule[] = RULES): Finding[] {
  const seen = new Set<string>();
  const fired = new Set<RuleId>(findings.map((f) => f.ruleId));
  return findings
    .filter((f) => {
      const rule = rules.find((r) => r.id === f.ruleId);
      if (rule?.suppressedInMessageBy?.some((id) => fired.has(id))) return false;
      const key = `${f.ruleId}:${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** The components present and missing, the counts by kind, and the verdict on the text. */
export function summarize(findings: readonly Finding[]): Summary {
  const counts: Record<Kind, number> = { problem: 0, safety: 0, strength: 0 };
  const present = new Set<RuleId>();
  for (const f of findings) {
    counts[f.kind]++;
    present.add(f.ruleId);
  }
  const verdict: TextVerdict = counts.safety > 0 ? 'support' : counts.problem > 0 ? 'revise' : 'ready';
  return {
    verdict,
    counts,
    components: {
      present: COMPONENTS.filter((c) => present.has(c)),
      missing: COMPONENTS.filter((c) => !present.has(c)),
    },
  };
}

/**
 * Checks a draft and reports what in it builds or breaks trust.
 * @example check("I'm sorry I lied to you.").summary.verdict // 'ready'
 */
export function check(text: string, context?: CheckContext): CheckResult {
  const source = typeof text === 'string' ? text : '';
  const norm = normalize(source);
  const ruleContext = toRuleContext(context);
  const findings: Finding[] = [];
  let previous = '';
  for (const span of segment(norm.text)) {
    const body = norm.text.slice(span.start, span.end);
    const sentence = analyse(body, span.start, previous);
    const hits = checkSentence(sentence, ruleContext);
    if (hits.length > 0) for (const f of toFindings(source, norm, span.start, hits)) findings.push(f);
    previous = body;
  }
  const tidied = tidy(findings);
  return { findings: tidied, summary: summarize(tidied) };
}
