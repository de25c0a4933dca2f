/**
 * Word classes of `criticism` beyond the core trait list in `criticism.ts`: more character words,
 * the role nouns a harsh adjective attaches to ("a terrible mother"), the qualities someone can be
 * said to lack ("no empathy"), and childish roles ("you act like a child").
 */
import { words, raw } from './lib.js';

/** More character words: "you're so defensive", "you're a pushover", "you're full of yourself". */
export const MORE_TRAITS = words(
  "unfair|negative|defensive|closed off|hard work|too much|full of yourself|full of shit|full of it|weak|insecure|shallow|vain|ignorant|mean|unstable|passive aggressive|passive-aggressive|condescending|patronising|patronizing|stuck up|snobby|difficult|careless|thoughtless|inconsiderate|insensitive|unkind|gutless|deceitful|shady|flaky|unreliable|irresponsible|reckless|weird|creepy|worthless|clueless|ruthless|calculating|bossy|preachy|sanctimonious|smug|fickle|moody|hormonal|bonkers|off your head|off your rocker|unlovable|incapable|hard to love|hard to be around|difficult to be around|impossible to be around|difficult to love|a snob|a pushover|a doormat|a player|a womaniser|a womanizer|a prick|a dick|an arsehole|an asshole|a twat|a wanker|a bastard|a cow|a slag|a slut|a whore|a moron|a fool|a waste of space|a failure|a disappointment|a let-down|a flake|a slob|a wreck|a headcase|a head case|a nutter|a nutcase|a weirdo|a creep|a know-it-all|a nag|a gold digger|a mummy’s boy|a mummy's boy|a baby|a sociopath|a psychopath|a compulsive liar|a pathological liar|a hot mess|annoying|irritating|insufferable|obnoxious|trash|garbage|a clown|a red flag|a narc|a man-child|a man child|a manchild|an attention seeker|attention seeking|attention-seeking|a gaslighter|a leech|a parasite|a rat|a weasel|a pain|aggressive|violent",
);

/**
 * Of those, words for how someone behaved in a moment rather than who they are: "you were a bit unfair
 * to me that night" is a complaint about one evening, "you're so unfair" is about them.
 */
export const BEHAVIOUR = words(
  'unfair|negative|defensive|mean|difficult|careless|thoughtless|inconsiderate|insensitive|unkind|moody|weird|reckless|closed off',
);

/** Harsh adjectives that attach to a role: "a terrible mother", "a shit boyfriend", "a bad listener". */
export const HARSH = words(
  'terrible|horrible|awful|bad|shit|shitty|crap|crappy|rubbish|useless|lousy|pathetic|selfish|cruel|nasty|toxic|evil|vile|disgusting|poor|appalling|dreadful|worthless|hopeless|lazy|heartless|spineless|manipulative|controlling|abusive|dishonest|disloyal|deadbeat|absent|neglectful|negligent|unfit|lying|cheating|miserable|bitter|jealous|mean|fake|cold|cold-hearted|worse|stubborn|immature|childish|jealous|ungrateful|spiteful|vindictive|narcissistic|arrogant|deceitful|two-faced|petty|self-centred|self-centered|self-absorbed|callous|hateful|cowardly',
);

/** The roles those adjectives attach to. */
export const ROLES = words(
  'person|human|human being|mother|mum|mom|father|dad|parent|partner|boyfriend|girlfriend|husband|wife|friend|listener|communicator|man|woman|guy|girl|bloke|influence|role model|example|son|daughter|sister|brother|lover|fiance|fiancé|fiancee|fiancée|co-parent|mate|human being|excuse for a',
);

/** What someone is said to lack: "you have no empathy", "you've got zero self-awareness". */
export const LACKS = words(
  'empathy|self-awareness|self awareness|backbone|spine|respect|shame|heart|soul|conscience|patience|sense of humour|sense of humor|manners|loyalty|integrity|morals|compassion|emotional intelligence|self-control|self control|filter|clue|common sense|feelings|emotions|personality|ambition|life|idea how to love|idea how to be|idea how to treat|idea how to talk|idea what love|idea what a relationship|respect for anyone|respect for me|regard for',
);

/** Childish and unhinged roles: "you act like a child", "you behave like a spoilt brat". */
export const CHILD_ROLES = words(
  'child|baby|kid|toddler|teenager|brat|spoilt brat|spoiled brat|spoilt child|spoiled child|lunatic|maniac|psycho|crazy person|madman|madwoman|victim|martyr|idiot|animal|diva|princess|prima donna|drama queen|teenage girl|teenage boy|five year old|five-year-old|two year old|toddler having a tantrum',
);

/** "You only care about yourself": the self as the only thing they care for. */
export const SELF = raw`(?:yourself|you|urself|number one|your(?:self| own (?:needs|feelings|image|ego|reputation|comfort))|what you want|what suits you|your image|your ego|your reputation|looking good)`;
