export type {
  CheckContext,
  CheckResult,
  Component,
  Finding,
  Kind,
  ProblemRuleId,
  RuleId,
  SafetyRuleId,
  StrengthRuleId,
  Summary,
  TextVerdict,
} from './types.js';
export { check, COMPONENTS } from './check.js';
export { createChecker, type IncrementalChecker } from './incremental.js';
export { RULE_INFO, type RuleInfo } from './info.js';
