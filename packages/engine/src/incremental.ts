import { analyse, segment } from './analysis.js';
import { checkSentence, summarize, tidy, toFindings, toRuleContext, type SentenceHit } from './check.js';
import { normalize } from './normalize.js';
import type { CheckContext, CheckResult, Finding } from './types.js';

/** A checker for as-you-type use: it re-analyses only the sentences that changed since the last call. */
export interface IncrementalChecker {
  check(text: string): CheckResult;
  /** Replaces the topics; the next check re-reads every sentence. */
  setContext(context: CheckContext | undefined): void;
}

/**
 * Creates an incremental checker; its results equal `check(text, context)`.
 * @example const checker = createChecker(); checker.check(draft); checker.check(draft + 'x');
 */
export function createChecker(context?: CheckContext): IncrementalChecker {
  let ruleContext = toRuleContext(context);
  let cache = new Map<string, SentenceHit[]>();
  return {
    setContext(next) {
      ruleContext = toRuleContext(next);
      cache = new Map();
    },
    check(text) {
      const source = typeof text === 'string' ? text : '';
      const norm = normalize(source);
      const next = new Map<string, SentenceHit[]>();
      const findings: Finding[] = [];
      for (const span of segment(norm.text)) {
        const body = norm.text.slice(span.start, span.end);
        const hits =
          next.get(body) ?? cache.get(body) ?? checkSentence(analyse(body, span.start), ruleContext);
        next.set(body, hits);
        findings.push(...toFindings(source, norm, span.start, hits));
      }
      cache = next;
      const tidied = tidy(findings);
      return { findings: tidied, summary: summarize(tidied) };
    },
  };
}
