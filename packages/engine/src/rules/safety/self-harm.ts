/**
 * `self-harm`: the writer signals a risk to their own life or safety, now or as leverage
 * (LABELS.md). Built from word classes (self-harm.list.ts) composed as subject + verb class +
 * complement, with guards for negation ("I'm not going to hurt myself"), the subject (the writer,
 * not someone else), idioms ("dying to see it", "die of embarrassment"), reported speech, and
 * tense: risk told as past and over ("two years ago …, I'm safe now") is not reported
 * (LABELS decision 4), while thoughts that are back, or a recent act, are.
 */
import type { Sentence } from '../../analysis.js';
import type { Rule } from '../../rule.js';
import { rx, runPatterns, type SafetyPattern } from './lib.js';
import {
  ACTS,
  ADV,
  ADVS,
  CANT,
  DEATH_WISH,
  FAREWELL,
  LIFE,
  MEANS,
  POINT_OBJ,
  THOUGHTS,
  WISH_STATE,
} from './self-harm.list.js';

export const SELF_HARM_REASON =
  'These words sound like you might be thinking about ending your life or hurting yourself.';
export const SELF_HARM_SUGGESTION =
  'Please pause here. You can call or text 988 (US) or Samaritans on 116 123 (UK and Ireland) now, or reach someone you trust.';

const I = `\\bi(?:'d|'m|'ve)?`;
const WANT = `(?:want|wanted|need|needed|wish|wished|like|rather|would like|would rather|ready|hope|pray|long|ache|yearn|wanting|tempted|keep wanting|sometimes want|am ready)`;
const NOT = `(?:don't|do not|no longer|never|didn't|did not|can't say i|cannot say i|really don't|honestly don't|just don't)`;
const UNSURE = `(?:not sure|don't know if|don't know whether|don't think|doubt|unsure if|unsure whether|not certain|no idea if)`;
const SEE_NOT = `(?:don't|can't|cannot|do not|no longer|never|fail to|struggle to|hard to|couldn't|could not)`;
const LIFE_VERB = `(?:live|go on|keep going|carry on|stay alive|be here|wake up|keep living|continue|be alive|exist|get up)`;

/** "I'd rather die than wear that" is an idiom; "I'd rather be dead than live without you" is not. */
const NOT_AFTER_THAN = (s: Sentence, m: RegExpExecArray): boolean => {
  const rest = s.text.slice(m.index + m[0].length);
  return (
    !/^\s+than\b/.test(rest) ||
    /^\s+than\s+(?:live|living|be without|being without|go on|going on|lose you|losing you|face|facing|spend|be alone|being alone|wake up|carry on|keep going)/.test(rest)
  );
};

const ACCIDENT =
  /\b(?:shaving|cooking|chopping|slicing|at the gym|playing|training|lifting|running|skiing|climbing|by accident|accidentally|accident|fell|tripped|slipped|pulled a muscle|paper cut|sprained|twisted|bike|football|rugby|netball|hockey|tennis)\b/;

const AS_PRESCRIBED =
  /\b(?:this morning|like the doctor|as prescribed|the doctor said|the gp said|with food|on time|daily|every day|usual|regular|prescribed|remembered)\b/;
const OLD_AGE = /\bwhen i(?:'m| am) (?:old|older|\d+|ninety|a hundred|an old)/;

const PATTERNS: readonly SafetyPattern[] = [
  {
    name: 'wish-to-die',
    re: rx(`${I}${ADVS}\\s+${WANT}${ADV}?\\s+(?:to\\s+)?(?:just\\s+|really\\s+|simply\\s+)?${DEATH_WISH}`),
    negatable: true,
    accept: NOT_AFTER_THAN,
  },
  {
    name: 'wish-i-were-dead',
    re: rx(`${I}${ADVS}\\s+(?:wish|wished|wishing|hope|hoping|pray|praying|sometimes wish|keep wishing|kind of wish)(?: that)? i\\s+${WISH_STATE}`),
    accept: (s, m) => NOT_AFTER_THAN(s, m) && !OLD_AGE.test(s.text),
  },
  {
    name: 'not-want-to-live',
    re: rx(`(?:${I}${ADVS}\\s+)?${NOT}${ADVS}\\s+(?:want|wanna|wish|care|feel like i want|really want|feel like i can|see myself wanting)\\s+(?:to\\s+)?${LIFE}`),
    firstPerson: true,
  },
  {
    name: 'unsure-to-live',
    re: rx(`${UNSURE}\\s+(?:if\\s+|whether\\s+|that\\s+)?i${ADVS}\\s+(?:want|wanna|can|will|could|am able to|'ll|have it in me to|even want)\\s+(?:to\\s+)?${LIFE}`),
  },
  {
    name: 'cannot-go-on',
    re: rx(`(?:${I}${ADVS}\\s+)?(?:can't|cannot|can not|couldn't|could not|don't think i can|don't know how (?:much longer )?i can|won't be able to|am not able to|'m not able to|just can't|really can't)${ADVS}\\s+${CANT}`),
    firstPerson: true,
  },
  {
    name: 'no-point',
    re: rx(`(?:${SEE_NOT}\\s+see\\s+(?:the|a|any|much)\\s+(?:point|reason|purpose|meaning|future)|what(?:'s| is)\\s+(?:even\\s+)?(?:the\\s+)?point|\\bno\\s+(?:point|reason|purpose|meaning))(?:\\s+(?:in|of|to|for))?(?:\\s+even)?\\s+(?:${POINT_OBJ}|${LIFE_VERB}|any ?more|without (?:you|u)|of anything|me (?:being here|any ?more|existing|living|trying|still being here))`),
  },
  {
    name: 'acts',
    re: rx(ACTS),
    negatable: true,
    firstPerson: true,
    accept: (s, m) =>
      !(/\b(?:hurt|cut)/.test(m[0]) && ACCIDENT.test(s.text)) &&
      !(/\b(?:pills?|tablets?|meds|medication)\b/.test(m[0]) && AS_PRESCRIBED.test(s.text)),
  },
  { name: 'means', re: rx(MEANS), negatable: true, firstPerson: true },
  {
    name: 'soon-rid-of-me',
    re: rx(`(?:won't|will never|never|wouldn't) (?:have to|need to) (?:deal with|deal w|worry about|see|hear from|put up with|think about|look at) me (?:again|any ?more|ever again|at all)`),
    accept: (s) => /\b(?:soon|after tonight|after today|tomorrow|much longer|by morning|forever|for good)\b/.test(s.text),
  },
  { name: 'farewell', re: rx(FAREWELL), negatable: true },
  { name: 'burden-feel', re: rx(`i (?:feel|felt|am|'m)(?: \\w+)? like (?:a |such a |just a |nothing but a )?burden`), negatable: true },
  {
    name: 'thoughts',
    re: rx(THOUGHTS),
    negatable: true,
    firstPerson: true,
    accept: (s, m) => !/(?:\b(?:his|her|their|your|a|the)|'s)\s+$/.test(s.text.slice(Math.max(0, m.index - 8), m.index)) || !m[0].startsWith('suicid'),
  },
];

/** Risk told as past and over ("two years ago …", "I used to …") unless it is back or recent. */
const DISTANT_PAST =
  /\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|few|some|couple of) (?:years?|yrs?|decades?) (?:ago|back)|last year|a long time ago|long ago|back then|back in (?:the day|school|uni|college|(?:19|20)\d\d)|in (?:19|20)\d\d|when i was (?:younger|little|a (?:kid|child|teen|teenager|student)|in (?:school|uni|college|my teens|my twenties|high school)|\d+|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|as a (?:kid|teen|teenager|child)|in my (?:teens|twenties|early twenties|late teens)|used to|at my lowest|in high school|(?:in|last) (?:january|february|march|april|june|july|august|september|october|november|december)|before (?:i got|getting) (?:help|better|sober|treatment))\b/;
const STILL_NOW =
  /\b(?:again|back|lately|recently|these days|this week|tonight|today|right now|still|since you left|coming back|creeping|every (?:day|night))\b/;
const SAFE_NOW =
  /\b(?:i'm|i am|i feel|i'm now|now i'm|i'm totally|i'm completely|i am now) (?:safe|okay now|ok now|fine now|better now|in a (?:better|good|much better|safe) place|doing (?:better|much better|okay|ok|well))\b|\b(?:got|getting|had|found) (?:the |some |proper )?help\b|\bdon't (?:feel|think) (?:that way|like that)|\b(?:it's|that's|that is|it is) (?:over|behind me|in the past)|\bnot any ?more\b|\bno longer (?:feel|think|want)|\b(?:years|months) clean\b|\bin recovery\b/;

function presentRisk(s: Sentence): boolean {
  if (SAFE_NOW.test(s.text) && !/\b(?:again|back)\b/.test(s.text)) return false;
  if (DISTANT_PAST.test(s.text) && !STILL_NOW.test(s.text)) return false;
  return true;
}

export const selfHarm: Rule = {
  id: 'self-harm',
  kind: 'safety',
  // Deliberately broad: a sentence the gate skips can never be reported, and safety recall comes first.
  gate: /myself|die|dy|dead|death|kill|kms|suicid|li[vf]e|living|alive|exist|here|wake|end|hurt|harm|cut|pill|tablet|med|paracetamol|tylenol|overdos|\bod|bridge|ledge|cliff|roof|track|rail|edge|rope|noose|blade|razor|gun|knife|better|burden|point|reason|purpose|meaning|go on|going|carry|goodbye|farewell|funeral|letter|note|ever|gone|around|disappear|sleep|done|rid|problem|miss|notice|stupid|jump|step|driv|drove|crash|swerv|hang|slit|drown|starv|poison|thought|think|urge|affairs|gave|giv|look|care|worth|wish|rather|stop|vanish|fade|cease|face|fight|cope|more|hold|will|traffic|swallow|took|tak|stockpil|hoard|sav|count|deal|worry|tonight|long|deserve|tired|part of me|way out|only|many|lethal|fatal|googl|research|search|grip|clutch|trust|scared|afraid|frighten|terrif|wheel|tell|without|if i|happier|easier|pack|bottle|safe/,
  find(sentence) {
    if (!presentRisk(sentence)) return [];
    return runPatterns(sentence, PATTERNS, { reason: SELF_HARM_REASON, suggestion: SELF_HARM_SUGGESTION });
  },
};
