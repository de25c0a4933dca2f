/** Test helper: the spans one rule reports on a message, through the public check(). */
import { check } from '../../check.js';
import type { CheckContext, RuleId } from '../../types.js';

export function spans(rule: RuleId, text: string, context?: CheckContext): string[] {
  return check(text, context)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.actual);
}

export function fires(rule: RuleId, text: string, context?: CheckContext): boolean {
  return spans(rule, text, context).length > 0;
}
