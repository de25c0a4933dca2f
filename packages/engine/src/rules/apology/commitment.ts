/**
 * `commitment`: the writer commits to concrete change, or shows change already under way ("from now
 * on I'll tell you where I am", "I won't go through your things again", "I've started seeing a
 * therapist", "I've deleted the app", "I'm going to meetings"). Not vague promises ("I'll be
 * better", "I'll try", "maybe I'll change"), not promises bargained for a reunion ("if you take me
 * back I'll go to therapy"), not promises to stop contacting them (that is `respects-pace`).
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { scan, type Pattern } from './lib.js';

/** A promise with no behaviour in it. */
const VAGUE =
  /^\s*(?:(?:just|really|truly|always|definitely|honestly|finally)\s+)?(?:be (?:a )?(?:better|different|good|the (?:man|person|partner)|nicer|more \w+)|do better|change|improve|try|be there for you|make you happy|treat you (?:right|better|well)|love you|never hurt you|never let you down|never disappoint you|never (?:ever )?hurt|not hurt you|hurt (?:you|ya)|let (?:you|ya) down|disappoint (?:you|ya)|break (?:your|ya) heart|make (?:you|ya) (?:cry|sad|upset)|work on myself|grow|be a better \w+|make it up to you|prove it|show you)\b/;
const BARGAIN =
  /\bif (?:you|ya) (?:\w+\s+){0,2}(?:back|forgive|another chance|give me|come home|stay|let me back|take me|meet me|talk to me)\b|\bonce we(?:'re| are) back\b|\bso (?:that )?(?:you|ya)(?:'ll| will) (?:take me|come) back\b/;
/** Promises about contact belong to `respects-pace`. */
const CONTACT =
  /\b(?:message|messaging|text|texting|write|writing|contact|contacting|bother|call|calling|email|reach out|check in|checking in|pester)\b(?:\s+(?:you|ya)\b|\s*(?:$|again|every|each|unless|until|so\b|till|first))/;
/** Promises not to raise a topic or to stop asking are about the conversation, not a change in behaviour. */
const RAISING =
  /^\s*(?:ever\s+)?(?:bring (?:it|that|this|\w+(?:\s+\w+){0,3}) up|bring up|raise|mention|talk about|discuss|go over|promise|push|ask|beg|pressure)\b/;
const OWN_CONDITION = /\b(?:if|when|before|whenever|where|wherever) i\b|\bif (?:i'm|i am|plans)\b/;

const TEMPORAL = String.raw`(?:from now on|from here on(?: out| in)?|going forward|moving forward|from (?:today|tonight|this week|this month|now)|starting (?:today|tonight|now|this \w+|next \w+|tomorrow|on \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:the )?future|(?:every|each) (?:payday|week|month|fortnight|day|morning|night|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)|next time|at the next one|never again)`;

const THERAPY = String.raw`(?:therapy|therapist|counsell?or|counsell?ing|psychologist|psychiatrist|aa|ga|na meetings|gamblers anonymous|alcoholics anonymous|narcotics anonymous|rehab|anger management|a group for|a men's group|support group|meetings|program|programme|course|sessions|group|classes|someone (?:every|on \w+days?|on \w+ (?:evenings|mornings|nights)|weekly|each week|to (?:work on|talk about|help)|about (?:it|my|why|the|this))|sponsor|treatment|recovery|12-step|twelve-step|step work|the clinic|a coach|my gp|a doctor|detox|outpatient)`;

const notVague = (m: RegExpExecArray, s: Sentence): boolean => {
  if (BARGAIN.test(s.text)) return false;
  const promise = m.groups?.v ?? '';
  const around = s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length);
  return (
    !VAGUE.test(promise) && !RAISING.test(promise) && (!CONTACT.test(around) || OWN_CONDITION.test(around))
  );
};

const PATTERNS: Pattern[] = [
  // "from now on I'll tell you where I am", "from now on, if plans change, you'll hear it from me"
  {
    re: new RegExp(
      String.raw`\b(?<s>${TEMPORAL}\b[^.!?]{0,40}?\b(?:i(?:'ll| will|'m going to| am going to|'m| am| won't| will not| do| don't| do not| always| never)|you(?:'ll| will) (?:hear|get|see|know|have))\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}))`,
      'g',
    ),
    check: notVague,
  },
  {
    re: new RegExp(
      String.raw`\b(?<s>i(?:'ll| will|'m going to| am going to| won't| will not| do| don't)\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}?)\s+${TEMPORAL})\b`,
      'g',
    ),
    check: notVague,
  },
  // "I won't go through your things again", "it won't happen again", "i'm not posting anything abt u ever again"
  {
    re: /\b(?<s>(?:i'll|i will|i'm|i am|i)\s+(?:never|not|won't|will not|not going to|never going to|promise not to|promise never to|swear i'll never|swear i won't|swear i will never)\s+(?:ever\s+)?(?<v>\w+(?:\s+[^\s,.;:!?]+){0,6}?)\s+(?:again|anymore|any more|ever again)(?:\s*[,.;:!?]|\s*$|\s+(?:ever|not even|i promise|i mean it|that's|and|unless|until|without|even|if|promise)))/g,
    negation: false,
    check: (m, s) =>
      notVague(m, s) &&
      !/^(?:i'm|i am)\s+not\s+(?!going to\b)(?!\w+ing\b)/.test(m[0]) &&
      !/^(?:i'm|i am)\s+not\s+(?:coping|sleeping|eating|feeling|doing|living|managing|handling|holding|getting|going on|trying|waiting|putting up|taking|dealing|okay|ok|happy|interested)\b/.test(
        m[0],
      ),
  },
  {
    re: /\b(?<s>(?:it|this|that)(?:\s+(?:won't|will not|will never|'ll never)|'s never going to|'s not going to|is never going to|is not going to)\s+happen again)\b/g,
    negation: false,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  {
    re: /\b(?<s>(?:you|ya)(?:\s+won't|\s+will not|'ll never|\s+will never)\s+(?:get|hear|see|have|find)\b[^.!?]{0,40}?\bfrom me (?:again|anymore|ever again))\b/g,
    negation: false,
    check: (m) =>
      !/\b(?:message|text|call|letter|email|word)s?\b/.test(m[0]) ||
      /\blike (?:that|those|this)\b/.test(m[0]),
  },
  // "I've started seeing a therapist", "I go to AA every Tuesday", "I signed up for the anger management course"
  {
    re: new RegExp(
      String.raw`\b(?<s>i(?:'ve| have| had|'m| am|'ll| will|'m going to| am going to)?\s+(?:(?:now|already|just|finally|also|properly|actually|recently|since)\s+)?(?:started|start|begun|began|been|going|go|getting help|got help|sought help|seeking help|on (?:a|the) waiting list|attending|attend|seeing|see|in|joined|join|signed up|sign up|booked|enrolled|doing|working with|working through|working on|talking to|talked to|spoken to|spoke to|found|got|registered|speaking to|completed|finished|halfway through|back in|back at|focusing on|focused on|set up|arranged|made an appointment with)\b[^.!?]{0,40}?\b${THERAPY})\b`,
      'g',
    ),
    check: (_m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:my therapist|the therapist|my counsell?or) (?:says|said|thinks|thought|told me you)\b/.test(
        s.text,
      ) &&
      !/\b(?:marriage|couples?|couple's|joint|relationship|family) (?:counsell?ing|therapy|counsell?or|therapist)\b/.test(
        s.text,
      ),
  },
  {
    re: new RegExp(
      String.raw`\b(?<s>${THERAPY}\s+(?:is|are)\s+(?:on\s+)?(?:every\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekly|every|twice|once a))\b`,
      'g',
    ),
  },
  {
    re: /\b(?<s>i(?:\s+haven't|\s+have not|'ve not)\s+missed\s+(?:a|one|any|a single)\s+(?:session|meeting|appointment|class|week))\b/g,
    negation: false,
  },
  // "I've been sober ninety days", "eight months sober"
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:been|stayed|stayed)\s+(?:sober|clean|dry|off (?:the drink|booze|alcohol|drugs|gambling))(?:\s+\w+){0,4})/g,
  },
  {
    re: /\b(?<s>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)\s+(?:days|weeks|months|years)\s+(?:sober|clean|dry|without a drink|without a bet|gamble-free|alcohol-free))\b/g,
  },
  // "I've deleted the app", "I sold the xbox", "I've stopped checking your Instagram"
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:already\s+|just\s+|now\s+|finally\s+|also\s+)?(?:deleted|uninstalled|removed|blocked|unfollowed|unfriended|muted|sold|cancelled|canceled|closed|quit|given up|gave up|set up|poured|handed over|switched off|turned off|got rid of|ended (?:it|things) with|cut (?:off|ties|contact|my hours|back|(?:her|him|them) off)|put (?:reminders|alerts|a limit|limits|a block)|added you|shared my (?:location|calendar|passwords|accounts|bank))\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:photos|pictures|pics|videos|video|copies|copy|posts|post|screenshots|recordings)\b/.test(m[0]) &&
      !/\b(?:blocked|muted|deleted|removed|unfollowed|unfriended|cancelled|canceled) (?:you|ya|your number|ur number|our (?:plans|trip|holiday|booking|date))\b/.test(
        m[0],
      ) &&
      /\b(?:app|apps|account|accounts|number|game|games|xbox|playstation|ps5|console|her|him|tinder|bumble|hinge|grindr|instagram|snapchat|tiktok|bottles?|drinking|gambling|betting|smoking|drugs|weed|card|cards|passwords?|location|standing order|direct debit|reminders|alerts|hours|alcohol|booze|what was left|contact|group|gc|chat|ranked|subscription|profile|dating|limit|limits|block|betting|casino|bookie|bookies|sites?|chat)\b/.test(
        m[0],
      ),
  },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:stopped|quit|given up|gave up)\s+(?:(?:all\s+)?contact|drinking|gambling|betting|smoking|using|checking|tracking|going (?:to|out)|playing|texting (?:her|him)|talking to (?:her|him)|seeing (?:her|him)|following|looking at (?:your|ya)|reading (?:your|ya)|posting|vaping|the drink|the booze|the pokies|the bets|porn|drugs|weed|coke|cocaine)(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  {
    re: /\b(?<s>i\s+(?:don't|do not|no longer|never)\s+(?:go|drink|gamble|bet|smoke|use|take|work|bring|open|stay out|come home late|log in|take calls|check|play|text (?:her|him)|talk to (?:her|him)|see (?:her|him)|follow|look at|go out|drive|touch|carry|keep|visit)\b[^.!?]{0,40}?\b(?:anymore|any more|now|these days))\b/g,
    negation: false,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I'm working on the jealousy, properly this time", "I'm learning to talk instead of shutting down"
  {
    re: /\b(?<s>i(?:'m| am| have been|'ve been)\s+(?:(?:really|properly|actively|seriously)\s+)?(?:working on|learning to|learning how to|getting help (?:for|with))\s+(?!myself|me\b|things|it\b|us\b|being better)(?:\w+\s*){1,6})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I haven't had a drink since March", "No more lies.", "I will always tell you where I am", "You can check my phone any time"
  {
    re: /\b(?<s>i\s+(?:haven't|have not|'ve not)\s+(?:had|touched|drunk|gambled|placed|made|used|smoked)\s+(?:a|any|one|a single)?\s*(?:drink|drop|bet|cigarette|drugs|wager|\w+)?\s*(?:since|in|for)\b(?:\s+[^\s,.;:!?]+){1,4})/g,
    negation: false,
  },
  {
    re: /^\W*(?<s>no more (?:lies|lying|secrets|drinking|gambling|betting|hiding|excuses|disappearing|games|cheating|sneaking around))\b/g,
  },
  {
    re: /\b(?<s>i(?:'ll| will)\s+always\s+(?:tell|let you know|answer|call|text|be honest|check with you|ask|come home|pick up|be there|show you)(?:\s+[^\s,.;:!?]+){0,6})/g,
    check: notVague,
  },
  {
    re: /\b(?<s>(?:you|ya) (?:can|are welcome to|'re welcome to) (?:check|see|look at|have access to|read|go through|ask to see) my (?:phone|messages|accounts?|statements|location|emails|texts|bank|spending|laptop|computer)(?:\s+\w+){0,3})/g,
  },
  {
    re: /\b(?<s>i(?:'m| am|'ve been| have been|'ve| have)\s+(?:(?:now|finally|already|actually)\s+)?(?:getting|seeking|receiving|got|sought|found)\s+(?:some\s+)?(?:professional\s+|proper\s+|real\s+)?help(?:\s+(?:for|with)(?:\s+\w+){1,3})?)\b/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:now\s+|finally\s+|completely\s+)?(?:sober|clean|dry|teetotal)\b(?!\s+enough)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    re: /\b(?<s>i\s+promise(?:\s+you)?(?:\s+that)?\s+(?:to|i'll|i will|i won't|i will never|i'll never|never to|not to)\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}))/g,
    negation: false,
    check: notVague,
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:fully\s+)?committed to\s+(?<v>\w+ing(?:\s+[^\s,.;:!?]+){0,6}))/g,
    check: notVague,
  },
  {
    re: /\b(?<s>never again will i\s+(?<v>\w+(?:\s+[^\s,.;:!?]+){0,6}))/g,
    negation: false,
    check: notVague,
  },
  {
    re: /\b(?<s>i(?:'ll| will|'m going to| am going to)\s+(?:stop|quit|give up)\s+(?:drinking|gambling|betting|smoking|using|checking (?:your|ya)|tracking (?:you|ya)|going (?:out|to the pub|to the casino)|texting (?:her|him)|talking to (?:her|him)|seeing (?:her|him)|playing|vaping|the drink|the booze|the pokies|drugs|weed|porn)(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // a change declared to others: "I have told my manager I will not take the posting", "They know I won't attend"
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:already\s+|now\s+|also\s+)?(?:told|informed|let \w+ know|made it clear to|explained to)\s+(?!(?:you|ya)\b)(?:\w+\s+){1,4}?(?:that\s+)?(?:if [^.!?]{0,40}?,\s*)?(?:i|we)(?:'ll| will| won't| will not| need to| am going to|'m going to| can't| cannot| am| 'm| leave| finish| log off| stop work| clock off)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
    negation: false,
    check: notVague,
  },
  {
    re: /\b(?<s>(?:they|he|she|everyone|both of them|my \w+) (?:know|knows) (?:that\s+)?i (?:won't|will not|will no longer|no longer|will never)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
    negation: false,
  },
  // "I've left the team and I have no contact with her now", "im done playing ranked"
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:already\s+|now\s+)?(?:left|quit|moved off|moved out of|changed|switched|transferred out of)\s+(?:the|my|that|his|her|their)?\s*(?:team|job|teams|jobs|role|department|project|group|gc|club|chat|firm|office|shifts?|number|hours)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:no|zero)\s+contact with (?:her|him|them|that \w+)(?:\s+(?:now|anymore|any more))?)\b/g,
    negation: false,
  },
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:gone|dropped|cut back|cut down)\s+(?:down\s+)?to\s+(?:\w+\s+)?(?:days|hours|shifts|part-time|part time))\b/g,
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:done|finished|through)\s+(?:with\s+)?(?:playing|drinking|gambling|betting|lying|cheating|smoking|using|the (?:drink|booze|pokies|bets|casino|app|apps|game|games)|her|him|that app|ranked)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "I've asked my closest friends to call me on it", "I have a block on my bank cards"
  {
    re: /\b(?<s>i(?:'ve| have)\s+asked\s+(?:\w+\s+){1,4}?to\s+(?:hold me accountable|call me (?:out|on it)|check (?:on|in on) me|keep me (?:honest|accountable)|keep an eye on me|tell me when)(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:also|now)\s+)?(?:have|got|put|set up|added|placed)\s+(?:a\s+)?(?:block|blocks|limit|limits|ban|self-exclusion|gambling block)\s+on\s+(?:\w+\s+){0,3}?(?:cards?|accounts?|phone|apps?|banking|betting|gambling|spending|sites?)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  { re: /\b(?<s>i(?:'ve| have)?\s+self-excluded\b(?:\s+[^\s,.;:!?]+){0,4})/g },
  // "I will never again tell you how big your pain is allowed to be"
  {
    re: /\b(?<s>(?:i'll|i will|i)\s+never\s+again\s+(?<v>\w+(?:\s+[^\s,.;:!?]+){0,6}))/g,
    negation: false,
    check: notVague,
  },
  // "From now on, every statement will come to both of us", "Every payday, £50 goes back into your account"
  {
    re: new RegExp(
      String.raw`\b(?<s>${TEMPORAL}\b[^.!?]{0,20}?(?:(?:every|all|my|your|the|each) \w+(?:\s+\w+)?|(?:£|\$|€)\s?\d[\d,.]*)\s+(?:will|'ll|won't|goes|go|comes|come|stand|stands|is going|are going)\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}))`,
      'g',
    ),
    check: notVague,
  },
  // "your rules stand in my house too from now on"
  {
    re: /(?<s>\b(?:i|my|your|every|all)\b[^.!?,;]{3,60}?\s+(?:from now on|going forward|from here on(?: out| in)?))\b/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:you|ya) (?:need|have|must|should|better|gotta|got to|will have)\b/.test(m[0]) &&
      !VAGUE.test(m[0].replace(/^.*?\b(?:i'll|i will|i'm going to|i am going to)\s+/, '')),
  },
  // "I'm making payments every month"
  {
    re: new RegExp(
      String.raw`\b(?<s>i(?:'m| am)\s+(?<v>\w+ing(?:\s+[^\s,.;:!?]+){0,5}?)\s+${TEMPORAL})\b`,
      'g',
    ),
    check: (m, s) => notVague(m, s) && !/\b(?:paying|sending|transferring|giving)\b/.test(m[0]),
  },
  {
    re: /\b(?<s>(?:from now on|going forward|from here on(?: out| in)?|from today|moving forward),?\s+i\s+(?<v>\w+(?:\s+[^\s,.;:!?]+){0,7}))/g,
    check: notVague,
  },
  {
    re: /^\W*(?<s>(?:won't|will never|never going to|not going to)\s+(?<v>\w+(?:\s+[^\s,.;:!?]+){0,6}?)\s+(?:again|anymore|any more|ever again))\b/g,
    negation: false,
    check: notVague,
  },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+put\s+(?:\w+\s+){1,4}?in(?:to)? my (?:calendar|diary|phone|planner)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I'm going to an AA meeting tomorrow", "I'll be at the next one"
  {
    re: /\b(?<s>i(?:'ll| will) be (?:at|there for) (?:the next|every|all (?:of )?(?:the|her|his|their))(?:\s+\w+){0,4})/g,
  },
];

const REASON = 'A concrete change shows them something they can watch for, not just words.';
const SUGGESTION =
  'Keep it specific and within your control; small promises kept build more trust than big ones.';

export const commitment: Rule = {
  id: 'commitment',
  kind: 'strength',
  gate: /promise|committed|never again|sober|help|no more|check my|see my|\bi\b|\bi'|again|sober|clean|therap|counsel|meetings|from now on|next one/,
  find(s: Sentence): Hit[] {
    return scan(s, PATTERNS, REASON, SUGGESTION);
  },
};
