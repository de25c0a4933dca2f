/**
 * Wider families of the `criticism` rule: "you can never admit…" (a never-generalisation with a
 * modal), "you're just like your mother", "you don't care about anyone but yourself", "nothing is
 * ever good enough for you".
 */
import { keys, type Pattern } from './lib.js';

export const WIDE_PATTERNS: readonly Pattern[] = [
  // "You can never admit when you're wrong", "u could never just say sorry"
  {
    keys: keys('never'),
    re: /\b(?:you|u)\s+(?:can|could|will|'ll)\s*never\s+(?:just\s+|ever\s+)?(?:admit|say sorry|apologi[sz]e|take responsibility|take the blame|listen|let (?:anything|it|things|stuff) go|accept (?:it|that|anything|criticism|blame)|be wrong|stop (?:nagging|complaining|criticising|criticizing|bringing it up|going on)|be satisfied|be pleased|be happy with anything)\b/g,
    negation: false,
  },
  // "You're just like your mother"
  {
    keys: keys('like'),
    re: /\b(?:you're|you are|ur|youre|you r|u r)\s+(?:just\s+|exactly\s+|literally\s+)?(?:like|as bad as)\s+your\s+(?:mother|mum|mom|father|dad|sister|brother|ex|family)\b(?!\s+(?:in the best|when (?:you|she|he) (?:laugh|smile)))/g,
    accept: (m, s) =>
      !/\b(?:kind|lovely|beautiful|funny|brave|strong|warm|generous|talented|smart|clever|gorgeous|pretty|caring|patient|creative|gifted)\b/.test(
        s.text.slice(m.index),
      ),
  },
  // "You don't care about anyone but yourself", "nothing is ever good enough for you"
  {
    keys: keys('care nothing'),
    re: /\b(?:you|u)\s+(?:don't|do not|never|didn't|dont)\s+care\s+about\s+(?:anyone|anybody|anything)\s+(?:but|except|other than|apart from)\s+(?:yourself|urself|you)\b|\bnothing\s+(?:i do\s+|i did\s+|anyone does\s+)?(?:is|was|'s)\s+ever\s+(?:good enough|enough)\s+for\s+(?:you|u)\b/g,
    negation: false,
  },
];
