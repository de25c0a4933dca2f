/**
 * Wider families of the `criticism` rule: "you can never admit…" (a never-generalisation with a
 * modal), "you're just like your mother", "you don't care about anyone but yourself", "nothing is
 * ever good enough for you", "you freak out every time I go out", "you know how you get", "blame me for
 * everything, like always", "you need to fix your trust issues".
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
    keys: keys('care|nothing'),
    re: /\b(?:you|u)\s+(?:don't|do not|never|didn't|dont)\s+care\s+about\s+(?:anyone|anybody|anything)\s+(?:but|except|other than|apart from)\s+(?:yourself|urself|you)\b|\bnothing\s+(?:i do\s+|i did\s+|anyone does\s+)?(?:is|was|'s)\s+ever\s+(?:good enough|enough)\s+for\s+(?:you|u)\b/g,
    negation: false,
  },
  // "u freak out every time i go out", "you get jealous every single time I talk to someone"
  {
    keys: keys('every'),
    re: /\b(?:you|u)\s+(?:just\s+|always\s+|literally\s+)?(?:freak|freaks|freaked|kick|kicks|kicked|blow|blows|blew|lose|loses|lost|flip|flips|flipped|go|goes|went|get|gets|got|start|starts|started|storm|storms|stormed|shut|shuts|explode|explodes|exploded|overreact|overreacts|overreacted|sulk|sulks|sulked|scream|screams|screamed|shout|shouts|shouted|yell|yells|yelled|accuse|accuses|accused|interrogate|interrogates|interrogated|question|questions|questioned|moan|moans|moaned|nag|nags|nagged|kick off|kicks off|kicked off)(?:\s+(?:out|off|up|mad|angry|jealous|funny|weird|cold|defensive|nasty|moody|crazy|mental|at me|on me|down|quiet|silent|in a mood|in a huff))?\s+(?:\w+\s+){0,2}?(?:every\s+(?:single\s+)?time|whenever)\s+(?:i|we|someone|anyone|somebody)\b/g,
    reason: "'Every time' turns one moment into who they are.",
    suggestion:
      'Drop the generalisation. If something still needs saying, name one moment and how it felt to you, later.',
  },
  // "you know how you get when you're hungry", "you know what you're like"
  {
    keys: keys('know'),
    re: /\b(?:you|u)\s+know\s+(?:how|what)\s+(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:get|gets|are|like|can be|get sometimes)\b(?!\s+(?:when (?:you|u) (?:see|hold|hear|meet)|about (?:babies|puppies|dogs|cats)))/g,
    accept: (m, s) =>
      !/\b(?:cute|adorable|sweet|lovely|funny|happy|excited|beautiful)\b/.test(s.text.slice(m.index)),
  },
  // "Sure, blame me for everything, like always", "as usual, it's all my fault"
  {
    keys: keys('always|usual'),
    re: /\bblame\s+(?:it\s+(?:all\s+)?on\s+)?me\s+(?:for\s+)?(?:everything|it all|all of it)\s*,?\s+(?:like|as)\s+(?:always|usual|you always do)\b/g,
    negation: false,
  },
  // "you need to fix your trust issues", "you've got serious jealousy issues", "sort your anger out"
  {
    keys: keys('issues|problems'),
    re: /\b(?:you|u)\s+(?:really\s+|seriously\s+)?(?:need|needs|have|has|gotta|got|should)\s+to\s+(?:fix|sort out|sort|work on|deal with|get help (?:for|with))\s+(?:your|ur)\s+(?:own\s+|massive\s+|serious\s+|obvious\s+)?(?:trust|jealousy|anger|control|commitment|mummy|daddy|mommy|abandonment|attachment|mental health|drinking)\s+(?:issues|problems)\b|\b(?:you|u)(?:'ve|\s+have)?\s+(?:got\s+)?(?:serious|massive|deep)\s+(?:trust\s+|jealousy\s+|anger\s+|control\s+|commitment\s+|abandonment\s+|attachment\s+)?issues\b/g,
    negation: false,
  },
  // "You twist everything I say", "u turn every argument around on me"
  {
    keys: keys('everything|every'),
    re: /\b(?:you|u)\s+(?:always\s+|just\s+|constantly\s+)?(?:twist|twists|twisted|turn|turns|turned|spin|spins|spun|use|uses|used|throw|throws|threw)\s+(?:everything|every (?:single )?(?:word|thing|argument|conversation))\s+(?:i\s+(?:say|said|do|did|tell you)|around|back at me|against me|on me)\b/g,
    reason: "'Every' and 'always' turn one moment into who they are.",
    suggestion:
      'Drop the generalisation. If something still needs saying, name one moment and how it felt to you, later.',
  },
  // "You're a grown man acting like a child", "ur 30 years old and you act like a teenager"
  {
    keys: keys('grown|old'),
    re: /\b(?:you're|you are|ur|u r|youre)\s+(?:a\s+)?(?:grown|fully grown|\d+(?:[- ]years?[- ]old)?)\s+(?:man|woman|adult|person|\w+)?\s*(?:and\s+(?:you|u)\s+(?:still\s+)?)?(?:acting|behaving|carrying on|act|behave|still act)\s+like\s+(?:a|an)\b/g,
  },
  // "You have the emotional maturity of a teenager"; "everything is always someone else's fault with you"
  {
    keys: keys('maturity|span|empathy|manners|fault'),
    re: /\b(?:you|u)(?:'ve|\s+have)?\s+(?:got\s+)?the\s+(?:emotional\s+)?(?:maturity|attention span|empathy|self-awareness|manners|emotional range)\s+of\s+(?:a|an)\s+(?:\w+\s+)?(?:teenager|child|toddler|kid|goldfish|brick|rock|stone|pig|baby|teaspoon|five-year-old)\b|\b(?:it's|its|it is|everything is|everything's|it was|everything was)\s+(?:always\s+)?(?:someone|somebody|everyone|everybody)\s+else's\s+fault\s+with\s+(?:you|u)\b|\b(?:you|u)\s+(?:always\s+)?(?:think|make out|act like|say)\s+(?:it's|its|everything is|everything's)\s+(?:always\s+)?(?:someone|somebody|everyone|everybody)\s+else's\s+fault\b/g,
  },
];
