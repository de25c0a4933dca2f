/**
 * `commitment`: the writer commits to concrete change, or shows change already under way ("from now
 * on I'll tell you where I am", "I won't go through your things again", "I've started seeing a
 * therapist", "I've deleted the app", "I'm going to meetings"). Not vague promises ("I'll be
 * better", "I'll try", "maybe I'll change"), not promises bargained for a reunion ("if you take me
 * back I'll go to therapy"), not promises to stop contacting them (that is `respects-pace`).
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { withDroppedSubject } from './commitment.dropped.js';
import { keys, scan, type Pattern, raw } from './lib.js';

/** A promise with no behaviour in it. */
const VAGUE =
  /^\s*(?:(?:just|really|truly|always|definitely|honestly|finally)\s+)?(?:be (?:a )?(?:better|different|good|the (?:man|person|partner)|nicer|more \w+)|do better|change|improve|try|be there for you|make you happy|think (?:about|of) (?:you|ya|us)|miss (?:you|ya)|cry|dream|wait|be here|be waiting|look (?:different|better|good)|seem|feel (?:different|better)|treat you (?:right|better|well)|love you|never hurt you|never let you down|never disappoint you|never (?:ever )?hurt|not hurt you|hurt (?:you|ya)|let (?:you|ya) down|disappoint (?:you|ya)|break (?:your|ya) heart|make (?:you|ya) (?:cry|sad|upset)|work on myself|grow|be a better \w+|make it up to you|prove it|show (?:you|ya)(?:\s+(?:i|that|how|i've|i'm|i can|i mean|who i am)\b|\s*$))\b/;
const BARGAIN =
  /\bif (?:you|ya) (?:\w+\s+){0,2}(?:back|forgive|another chance|give me|come home|stay|let me back|take me|meet me|talk to me)\b|\bonce we(?:'re| are) back\b|\bso (?:that )?(?:you|ya)(?:'ll| will) (?:take me|come) back\b/;
/** Promises about contact belong to `respects-pace`. */
const CONTACT =
  /\b(?:message|messaging|text|texting|write|writing|contact|contacting|bother|call|calling|email|reach out|check in|checking in|pester)\b(?:\s+(?:you|ya)\b|\s*(?:$|again|every|each|unless|until|so\b|till|first))/;
/** Promises not to raise a topic or to stop asking are about the conversation, not a change in behaviour. */
const RAISING =
  /^\s*(?:ever\s+)?(?:bring (?:it|that|this|\w+(?:\s+\w+){0,3}) up|bring up|raise|mention|talk about|discuss|go over|promise|push|ask|beg|pressure)\b/;
const OWN_CONDITION = /\b(?:if|when|before|whenever|where|wherever) i\b|\bif (?:i'm|i am|plans)\b/;

const TEMPORAL = raw`(?:from now on|from here on(?: out| in)?|going forward|moving forward|from (?:today|tonight|this week|this month|now)|starting (?:today|tonight|now|this \w+|next \w+|tomorrow|on \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:the )?future|(?:every|each) (?:payday|week|month|fortnight|day|morning|night|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)|next time|at the next one|never again|every single (?:day|night|time|week))`;
/** How often, for a promise in the future: "I'll be home by six on weeknights". */
const FREQUENCY = raw`(?:(?:once|twice|three times|four times|\d+ times) a (?:day|week|month|fortnight)|on (?:weeknights|weekdays|weekends|school nights|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))`;

const THERAPY = raw`(?:therapy|therapist|counsell?or|counsell?ing|psychologist|psychiatrist|aa|ga|na meetings|gamblers anonymous|alcoholics anonymous|narcotics anonymous|rehab|anger management|a group for|a men's group|support group|meetings|program|programme|course|sessions|group|classes|someone (?:every|on \w+days?|on \w+ (?:evenings|mornings|nights)|weekly|each week|to (?:work on|talk about|help)|about (?:it|my|why|the|this))|sponsor|treatment|recovery|12-step|twelve-step|step work|the clinic|a coach|my gp|a doctor|detox|outpatient)`;

/** Help in the past that did not last: "I've been to therapy before and it didn't help". */
const PAST_HELP =
  /^[^.!?]{0,40}?\b(?:before|years ago|as a (?:kid|teen|teenager|child)|in the past|back then|didn't (?:help|work)|did not (?:help|work)|never helped|never worked)\b/;
/** Stopping the help itself is not change: "I've stopped going to meetings". */
const STOPPED_HELP =
  /\b(?:going to|attending|seeing)\s+(?:my\s+|the\s+|a\s+|any\s+)?(?:therapy|therapist|counsell?(?:ing|or)|meetings|sessions|group|aa|na|ga|rehab|classes|course|program|programme|sponsor|psychologist)\b/;

const notVague = (m: RegExpExecArray, s: Sentence): boolean => {
  if (BARGAIN.test(s.text)) return false;
  // "I'll make every day of your life miserable" is a threat, not a change
  if (/\b(?:miserable|hell|regret|suffer|pay for)\b/.test(s.text.slice(m.index, m.index + m[0].length + 40)))
    return false;
  const promise = (m.groups?.v ?? '').replace(/^\s*(?:going to|gonna)\s+/, '');
  const around = s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length);
  return (
    !VAGUE.test(promise) && !RAISING.test(promise) && (!CONTACT.test(around) || OWN_CONDITION.test(around))
  );
};

const PATTERNS: Pattern[] = [
  // "from now on I'll tell you where I am", "from now on, if plans change, you'll hear it from me"
  {
    re: new RegExp(
      raw`\b(?<s>${TEMPORAL}\b(?:(?!\band\b)[^.!?]){0,40}?\b(?:i(?:'ll| will|'m going to| am going to|'m| am| won't| will not| do| don't| do not| always| never)|you(?:'ll| will) (?:always\s+)?(?:hear|get|see|know|have))\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}))`,
      'g',
    ),
    check: notVague,
  },
  {
    re: new RegExp(
      raw`\b(?<s>i(?:'ll| will|'m going to| am going to| won't| will not| do| don't)\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}?)\s+${TEMPORAL})\b`,
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
      // "I won't be able to anymore": a loss, not a promise.
      !/\b(?:won't|will not|not)\s+be\s+able\s+to\b/.test(m[0]) &&
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
    re: /\b(?<s>(?:you|ya)(?:\s+won't|\s+will not|'ll never|\s+will never)\s+(?:get|hear|see|have|find)\s+(?!from\b)[^.!?]{1,40}?\bfrom me (?:again|anymore|ever again))\b/g,
    negation: false,
    check: (m) =>
      !/\b(?:message|text|call|letter|email|word)s?\b/.test(m[0]) ||
      /\blike (?:that|those|this)\b/.test(m[0]),
  },
  // "I've started seeing a therapist", "I go to AA every Tuesday", "I signed up for the anger management course"
  {
    re: new RegExp(
      raw`\b(?<s>i(?:'ve| have| had|'m| am|'ll| will|'m going to| am going to)?\s+(?:(?:now|already|just|finally|also|properly|actually|recently|since|be)\s+)?(?:started|start|begun|began|been|going|go|getting help|got help|sought help|seeking help|on (?:a|the) waiting list|attending|attend|seeing|see|in|joined|join|signed up|sign up|booked|enrolled|doing|working with|working through|working on|talking to|talked to|spoken to|spoke to|found|got|registered|speaking to|completed|finished|halfway through|back in|back at|focusing on|focused on|set up|arranged|made an appointment with)\b[^.!?]{0,40}?\b${THERAPY})\b`,
      'g',
    ),
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !PAST_HELP.test(s.text.slice(m.index + m[0].length)) &&
      !/\b(?:at work|for work|work meetings?|with (?:clients|the board|my boss|the team)|all day)\b/.test(
        s.text,
      ) &&
      !/\b(?:my therapist|the therapist|my counsell?or) (?:says|said|thinks|thought|told me you)\b/.test(
        s.text,
      ) &&
      !/\b(?:marriage|couples?|couple's|joint|relationship|family) (?:counsell?ing|therapy|counsell?or|therapist)\b/.test(
        s.text,
      ),
  },
  {
    re: new RegExp(
      raw`\b(?<s>${THERAPY}\s+(?:is|are)\s+(?:on\s+)?(?:every\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekly|every|twice|once a))\b`,
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
    re: /\b(?<s>i(?:'ve| have)?\s+(?:stopped|quit|given up|gave up)\s+(?:(?:all\s+)?contact|drinking|gambling|betting|smoking|using|checking|tracking|going (?:out|to (?:the |that |her |his )?(?:pub|pubs|casino|bookies?|bars?|clubs?|races|betting shop|her place|his place|parties|raves|strip clubs?))|playing|texting (?:her|him)|talking to (?:her|him)|seeing (?:her|him)|following|looking at (?:your|ya)|reading (?:your|ya)|posting|vaping|the drink|the booze|the pokies|the bets|porn|drugs|weed|coke|cocaine)(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m, s) => !BARGAIN.test(s.text) && !STOPPED_HELP.test(m[0]),
  },
  {
    re: /\b(?<s>i\s+(?:don't|do not|no longer|never)\s+(?:go|drink|gamble|bet|smoke|use|take|work|bring|open|stay out|come home late|log in|take calls|check|play|text (?:her|him)|talk to (?:her|him)|see (?:her|him)|follow|look at|go out|drive|touch|carry|keep|visit)\b[^.!?]{0,40}?\b(?:anymore|any more|now|these days))\b/g,
    negation: false,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I'm working on the jealousy, properly this time", "I'm learning to talk instead of shutting down"
  {
    re: /\b(?<s>i(?:'m| am|'ve been| have been)\s+(?:(?:really|properly|actively|seriously)\s+)?(?:working on|learning to|learning how to|getting help (?:for|with))\s+(?!myself|me\b|things|it\b|us\b|being better)(?:\w+\s*){1,6})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I haven't had a drink since March", "No more lies.", "I will always tell you where I am", "You can check my phone any time"
  {
    re: /\b(?<s>i\s+(?:haven't|have not|'ve not)\s+(?:had|touched|drunk|gambled|placed|made|used|smoked)\s+(?:a|any|one|a single)?\s*(?:drink|drop|bet|cigarette|drugs|wager|\w+)?\s*(?:since|in|for)\b(?:\s+[^\s,.;:!?]+){1,4})/g,
    negation: false,
  },
  {
    re: /(?:^\W*|\bthere(?:'ll| will) be |\bthere(?:'s| is) going to be )(?<s>no more (?:lies|lying|secrets|drinking|gambling|betting|hiding|excuses|disappearing|games|cheating|sneaking around))\b(?!\s+(?:from|between) (?:you|ya|us)\b)/g,
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
      raw`\b(?<s>${TEMPORAL}\b[^.!?]{0,20}?(?:(?:every|all|my|your|the|each) \w+(?:\s+\w+)?|(?:£|\$|€)\s?\d[\d,.]*)\s+(?:will|'ll|won't|goes|go|comes|come|stand|stands|is going|are going)\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}))`,
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
      // a hope, or a change asked of both ("I hope we can both be more honest going forward")
      !/\b(?:hope|hoping|hopefully|wish|we|we'll|we're|us)\b/.test(m[0]) &&
      !VAGUE.test(m[0].replace(/^.*?\b(?:i'll|i will|i'm going to|i am going to)\s+/, '')),
  },
  // "I'm making payments every month"
  {
    re: new RegExp(raw`\b(?<s>i(?:'m| am)\s+(?<v>\w+ing(?:\s+[^\s,.;:!?]+){0,5}?)\s+${TEMPORAL})\b`, 'g'),
    check: (m, s) => notVague(m, s) && !/\b(?:paying|sending|giving|transferring)\b/.test(m[0]),
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

/** What a person hands over so someone can hold them to it. */
const HANDED = raw`(?:(?:my|all my|the)\s+(?:(?:phone |email |bank |banking |app |laptop )?(?:passwords?|passcodes?|pin|pin number|logins?|log-ins?)|(?:bank|debit|credit|betting|cash) cards?|car keys)|(?:full\s+)?(?:access to|control of|control over) (?:my|all my|the) \w+(?:\s+\w+)?)`;
/** Acts that a promise "I won't…" makes concrete; "I won't hurt you" is vague and stays out. */
const CONCRETE_ACT = raw`(?:drink|gamble|bet|smoke|vape|use (?:drugs|again|coke|cocaine|weed|anything|the app|that app|the site|those sites)|touch (?:a drop|a drink|alcohol|it|that|the|your|ya|our|another)|drive (?:drunk|after|when|with|home)|go (?:through|thru|into|on) (?:your|ya|the)|read (?:your|ya)|check (?:your|ya)|track (?:you|ya|your)|look (?:at|through) (?:your|ya)|lie to (?:you|ya)(?= (?:about|ever|again|anymore|any more)\b|\s*$)|hide (?:anything|things|money|it|stuff|my)|keep (?:secrets|things|anything) from|raise my voice|yell at|shout at|scream at|put my hands|lay a (?:hand|finger)|call (?:you|ya) names|go behind (?:your|ya) back|take (?:money|the money|your|the car|out)|borrow (?:money|from)|spend (?:our|your|the joint|money)|open (?:your|ya) (?:post|mail|letters)|(?:message|text|see|contact|call|follow|speak to|talk to|meet|reply to) (?:her|him|them|that \w+))`;

const MORE: Pattern[] = [
  // "I gave my phone password to my brother", "I've handed my bank cards over to my mum", "I gave my sister access to my accounts"
  {
    keys: keys('gave|given|handed|passed'),
    re: new RegExp(
      raw`\b(?<s>i(?:'ve| have)?\s+(?:(?:already|now|also|just|finally)\s+)?(?:gave|given|handed|passed)\s+(?:(?:over\s+)?${HANDED}\s+(?:over\s+)?to\s+(?:my|a|the|our|your|him|her|them|you|ya)\b(?:\s+[^\s,.;:!?]+){0,2}|(?:my|our|your|the)\s+\w+(?:\s+\w+)?\s+${HANDED}|(?:you|ya|him|her|them)\s+${HANDED}))`,
      'g',
    ),
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I've told my sister to hold me to it", "I got my brother to check in on me every week"
  {
    keys: keys('asked|told|got|made|begged'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:asked|told|got|made|begged)\s+(?:\w+\s+){1,4}?to\s+(?:hold me (?:to (?:it|that|this|my word|account)|accountable|responsible)|keep me (?:honest|accountable|on track|in check|straight)|check (?:on|in on|up on|in with) me|call me (?:out|on it)|keep an eye on me|pull me up|hold (?:my|the|on to my) (?:cards?|keys|money|wallet|phone|passwords?)|go through (?:my|the) (?:statements|bank statements|accounts|finances|spending|bills)))/g,
  },
  // "I'm taking an anger management course", "I'm on a 12-week course for my anger"
  {
    keys: keys('course|courses|programme|program|group|classes|class|sessions|workshop'),
    re: /\b(?<s>i(?:'ve| have|'m| am)?\s+(?:(?:already|now|also|just|finally)\s+)?(?:been\s+)?(?:taking|take|doing|do|on|attending|attend|started|starting|start|signed up (?:to|for)|enrolled (?:in|on)|booked (?:onto|on|into|in)|halfway through|finished|completed)\s+(?:a|an|the|my|this)\s+(?:[\w-]+\s+){0,4}?(?:course|programme|program|group|classes|class|sessions|workshop)\b(?:\s+(?:for|on|about|to do with|that deals with)\s+(?:my\s+)?(?:anger|temper|drinking|gambling|jealousy|control|controlling|abuse|violence|behaviou?r|addiction|recovery|men|parents|dads))?)/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      /\b(?:anger|temper|parenting|perpetrator|respect|recovery|addiction|gambling|alcohol|drink|drinking|behaviou?r|domestic|abuse|violence|healthy relationships?|emotional|cbt|dbt|mindfulness|jealousy|control|controlling|men|dads|12-step|twelve-step|therapy|therapeutic|counsell?ing)\b/.test(
        m[0],
      ),
  },
  // "I've not had a drink since.", "it's been forty days since my last bet"
  {
    keys: keys("haven't|not"),
    re: /(?<s>(?:\bi(?:\s+haven't|\s+have not|'ve not)|^(?:haven't|have not))\s+(?:had|touched|drunk|gambled|placed|used|smoked|bet|been (?:to|in|near))\s+(?:a|any|one|a single|the)?\s*(?:drink|drop|bet|cigarette|drugs|wager|pub|casino|bookies|bookie|\w+)?\s*since(?=\s*(?:[.!]|$))|(?:\bi(?:\s+haven't|\s+have not|'ve not)|^(?:haven't|have not))\s+(?:had|touched|drunk|gambled|placed|used|smoked|bet|been (?:to|in|near))\s+(?:a|any|one|a single|the)\s+(?:drink|drop|bet|cigarette|drugs|wager|pub|casino|bookies|bookie|beer|glass|line|pill|joint|scratchcard|slot)\s+(?:since|in|for)(?:\s+[^\s,.;:!?]+){1,4})/g,
    negation: false,
  },
  {
    keys: keys('since'),
    re: /\b(?<s>(?:it's|it has|it is|it's now|its)\s+(?:now\s+)?been\s+(?:\w+\s+){1,3}?(?:days?|weeks?|months?|years?)\s+since\s+(?:my\s+)?(?:last|i last)\s+(?:drink|bet|cigarette|smoke|drug|joint|line|relapse|slip|binge|punt|flutter|used|drank|gambled|had a \w+))\b/g,
  },
  // "I won't drink when I have the kids", "I'm not going to touch that account", "I will never go through your phone"
  {
    keys: keys("won't|not|never"),
    re: new RegExp(
      raw`\b(?<s>i(?:\s+won't|\s+will not|\s+will never|'ll never|\s+never will|'m not going to|\s+am not going to|'m never going to|\s+am never going to|\s+promise not to|\s+promise never to|\s+swear (?:i won't|i'll never|never to))\s+(?:ever\s+)?(?:again\s+)?${CONCRETE_ACT}\b(?:\s+[^\s,.;:!?]+){0,6})`,
      'g',
    ),
    negation: false,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:tonight|today|right now|this (?:time|weekend|morning|evening))\b/.test(m[0]) &&
      !/\b(?:lie|lying)\s*,/.test(s.text.slice(m.index, m.index + m[0].length + 2)),
  },
  // "When it builds, I walk away now instead of shouting", "I leave the room and breathe, every time"
  {
    keys: keys('instead|now|nowadays|days|every|each|time'),
    re: /\b(?<s>i\s+(?:(?:now|always|just)\s+)?(?:walk away|walk out for|leave the room|step (?:away|outside|out)|take (?:some|a) (?:breath|breather|break|minute|walk|time out|time-out)|take time out|go for a walk|count to (?:ten|10)|breathe|stop and (?:breathe|think)|pause|call my (?:sponsor|brother|sister|mate|friend|dad|mum|mom)|text my sponsor|go to a meeting|leave my phone|put my phone|hand (?:over )?my|ask (?:you )?(?:first|before)|check with (?:you|ya) (?:first|before)|tell (?:you|ya) (?:where|when|first|straight away|right away))\b[^.!?]{0,50}?\b(?:now|nowadays|these days|every (?:time|night|day|morning|evening)|each (?:time|night|day)|instead(?: of \w+(?:\s+\w+)?)?))\b/g,
    check: (_m, s) => !/\b(?:should|could|would|wish|used to|might)\b/.test(s.text),
  },
  {
    keys: keys('instead'),
    re: /\b(?<s>i\s+(?:now\s+)?(?:\w+\s+){1,5}?instead of (?:shouting|yelling|screaming|drinking|lying|hiding|storming off|storming out|sulking|shutting down|going silent|going quiet|walking out|snapping|blowing up|lashing out|exploding|gambling|betting|running|going to the pub|going out|the pub|the bar|the casino|the bookies|a drink|the bottle|the pokies))\b/g,
    check: (m, s) =>
      !/\b(?:should|could|would|wish|used to|might|if)\b/.test(s.text.slice(0, m.index + m[0].length)) &&
      !/^i\s+(?:was|had|did|went|got|kept|chose|started|ended up)\b/.test(m[0]),
  },
  // "I leave my phone on the kitchen table now", "my phone stays face up on the table"
  {
    keys: keys('phone'),
    re: /\b(?<s>(?:i(?:'ll| will)?\s+(?:now\s+)?(?:leave|keep|put|have)\s+(?:my|the) phone|my phone\s+(?:now\s+)?(?:stays|lives|sits))\s+(?:\w+\s+){0,4}?(?:face up|face-up|unlocked|on the (?:table|counter|side|kitchen)|in the (?:kitchen|drawer|hall|other room)|away|out of the bedroom|open to you|where you can see it)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "the rest comes out on the 1st of each month until it's done", "your salary now goes there directly"
  {
    keys: keys('goes|go|comes|come|lands|leaves|paid'),
    re: /\b(?<s>(?:(?:£|\$|€)\s?\d[\d,.]*|the rest|the remainder|the balance|(?:my|your|ur|the|his|her) (?:wages|salary|pay|share|half|money|payslip|pay cheque|paycheck|child support|maintenance)|a payment|an instalment|\d+)\s+(?:(?:now|then|will|'ll)\s+)?(?:goes|go|comes|come|gets paid|is paid|lands|leaves|comes out|goes out)\b[^.!?]{0,50}?\b(?:every|each|monthly|weekly|fortnightly|directly|straight|automatically|on the (?:1st|first|\d+(?:st|nd|rd|th))|until (?:it's|it is|every|the|all))\b(?:\s+[^\s,.;:!?]+){0,6})/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:you|ya) (?:handed|gave|paid|sent)\b/.test(s.text.slice(0, m.index)) &&
      /\b(?:you|your|ya|ur|back|repaid|joint|both|until|till|owe|owed|debt)\b/.test(m[0]),
  },
  // "I've installed a blocker on the betting sites", "I've turned on screen time limits"
  {
    keys: keys('installed|downloaded|put|set|turned|got|added|blocker|gamban|betblocker'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:also|now|already|just)\s+)?(?:installed|downloaded|put|set up|turned on|got|added)\s+(?:a|an|the|some)?\s*(?:[\w-]+\s+){0,2}?(?:blocker|blockers|blocking (?:app|software)|gamban|betblocker|screen time|app limits?|spending limits?|gambling block)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "I've sold the car so I can't drive past yours anymore", "gave my bank card to my sister so i cant bet again"
  {
    keys: keys('so'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:already|now|also|just|finally)\s+)?(?:sold|gave|given|handed|deleted|cancelled|canceled|closed|blocked|removed|got rid of|changed|moved|left|quit|cut up|locked|put|set up)\b[^.!?]{3,50}?\bso (?:that )?i\s+(?:physically\s+|literally\s+)?(?:(?:can't|cannot|can not|won't|will not|don't|do not|never)\s+\w+(?:\s+[^\s,.;:!?]+){0,5}?\s+(?:anymore|any more|again)|(?:can no longer|no longer)\s+\w+(?:\s+[^\s,.;:!?]+){0,4}))\b/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // a habit ended for good: "ive stopped talking about other people's business, full stop", "I've quit altogether"
  {
    keys: keys('stopped|quit'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:now|finally|completely|totally)\s+)?(?:stopped|quit)\s+(?:(?!(?:eating|sleeping|taking|going|seeing|fighting|trying|caring|answering|replying|texting|calling|messaging|contacting|emailing|talking to (?:you|ya)|writing|working|living|breathing|feeling)\b)\w+ing\b(?:\s+[^\s,.;:!?]+){0,5}?,?\s+(?:full stop|for good|completely|altogether|entirely|period)|(?:altogether|completely|for good|entirely))\b)/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      // "if you'd rather I stopped…": what they may ask for, not a change made
      !/\b(?:rather|prefer|prefers|want|wants|like)\s+(?:me to|that)?\s*$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ),
  },
  // "I quit the bar job so I'm not around it", "I've given up the weekend shifts so I'm home with the kids"
  {
    keys: keys('quit|left|leaving|given|gave|dropped|changed|cut|moved|turned|handed'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:already|now|also|just|finally)\s+)?(?:quit|left|given up|gave up|dropped|changed|cut|moved|turned down|handed in)\s+(?:my|the|that|those|a|all my)\s+(?:[\w-]+\s+){0,3}?(?:job|shifts?|hours|team|role|position|posting|contract|league|club|darts|poker|overtime|night out|nights out|weekends?|trips?|football|rota)\b[^.!?]{0,40}?\bso (?:that )?(?:i(?:'m| am| can| can't| cannot| won't| will| don't| do not| have| never|'ll|'ve)|(?:you|ya) (?:can|don't|never|won't|will|have)|we can)\b(?:\s+[^\s,.;:!?]+){1,6})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I've asked my manager for no more weekend shifts", "I've told work I can't do nights anymore"
  {
    keys: keys('boss|manager|work|supervisor|employer|hr'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:already|now|also)\s+)?(?:asked|told|spoken to|spoke to|talked to|emailed)\s+(?:my|the)?\s*(?:boss|manager|line manager|work|supervisor|employer|hr)\b[^.!?]{0,40}?\b(?:shifts?|hours|weekends?|nights?|travel|overtime|trips|rota|schedule|home by|finish (?:at|by)|days? off|flexible|part[- ]time|leave|no more)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I'm working through it with my therapist", "I'm reading it with my counsellor"
  {
    keys: keys('therapist|counsellor|counselor|sponsor|psychologist|coach'),
    re: /\b(?<s>i(?:'m| am|'ve been| have been)\s+(?:(?:now|also|really|properly)\s+)?(?:working (?:through|on)|going (?:through|over)|unpacking|looking at|exploring|dealing with|sorting (?:through|out)|figuring out|reading|writing|doing|practising|practicing|learning|talking (?:this|it|things|that) (?:through|over))\b[^.!?]{0,40}?\bwith (?:my|a) (?:therapist|counsell?or|sponsor|psychologist|coach|support worker|key worker|caseworker))\b/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I've started keeping a journal", "I've taken up running instead of the pub"
  {
    keys: keys('started|begun|began'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:now|already|finally|also|just|recently)\s+)?(?:started|begun|began)\s+(?:to\s+)?(?:keeping|keep|writing (?:down|in|it down|things down|a)|write (?:down|in|it down|things down)|tracking|track|logging|log|budgeting|journal(?:l?ing)?|meditating|meditate|walking away|walk away|taking (?:a )?(?:break|breather|time out|breath|walk)|showing (?:you|ya)|show (?:you|ya)|sharing my|share my|checking in with (?:you|ya) (?:first|before)|asking (?:you|ya) (?:first|before)|leaving my phone|leave my phone|going to bed|coming home|come home)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I've opened an account in your name", "I moved my savings into a joint account you can see"
  {
    keys: keys('account|accounts'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:also|now|already|just)\s+)?(?:opened|set up|moved|transferred|put)\b[^.!?]{0,30}?\baccount\s+(?:in (?:your|ya|both our|our) (?:own |sole )?names?|(?:that )?(?:you|ya) can (?:see|check|access|view)|we can both see)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I've asked my GP to refer me", "I've been referred to a psychologist", "I saw the doctor about my drinking"
  {
    keys: keys('gp|doctor|dr|nurse|referred|referral|refer'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:already|now|also|just|finally)\s+)?(?:asked|gone to|been to|seen|spoken to|talked to|went to|saw|booked in with|got an appointment with)\s+(?:(?:a|the|my)\s+)?(?:gp|doctor|dr \w+|nurse)\b[^.!?]{0,40}?\b(?:refer|referral|help|about (?:my|the) (?:drinking|anger|gambling|temper|mental health|depression|jealousy|rage|using|addiction))\w*|i(?:'ve| have)?\s+(?:now\s+)?been referred (?:to|for)(?:\s+[^\s,.;:!?]+){1,4}|i(?:'ve| have)?\s+asked\s+(?:\w+\s+){1,3}?(?:to refer me|for a referral)(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I no longer keep my phone locked", "i no longer drink"
  {
    keys: keys('longer'),
    re: /\b(?<s>i\s+(?:now\s+)?no longer\s+(?:drink|gamble|bet|smoke|vape|use|keep (?:my phone|secrets|things|anything|my \w+ locked)|lock my phone|check (?:your|ya|up on)|track (?:you|ya|your)|go (?:to the pub|to the casino|out drinking|to the bookies)|lie|hide|have (?:any )?contact|have (?:his|her|their) (?:number|details)|speak to (?:her|him)|see (?:her|him)|talk to (?:her|him)|text (?:her|him)|follow (?:her|him)|play|gaslight|stay out|work (?:weekends|late|nights))\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
  },
  // "I'll get help for my drinking", "I'm going to find help with the gambling"
  {
    keys: keys('help'),
    re: /\b(?<s>i(?:'ll| will|'m going to| am going to)\s+(?:(?:now|finally|actually)\s+)?(?:get|seek|find|ask for)\s+(?:some\s+)?(?:professional\s+|proper\s+|real\s+|specialist\s+)?help\s+(?:for|with)\s+(?:my\s+|the\s+)?(?:drinking|gambling|anger|temper|jealousy|addiction|betting|drug use|using|mental health|rage|lying|porn|control)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I'll be home by six on weeknights", "I'm going to call my sponsor twice a week"
  {
    keys: keys("i'll|will|going"),
    re: new RegExp(
      raw`\b(?<s>i(?:'ll| will|'m going to| am going to)\b(?<v>(?:\s+[^\s,.;:!?]+){1,8}?)\s+${FREQUENCY})\b`,
      'g',
    ),
    check: notVague,
  },
  // "I've taken the apps off my phone", "I've moved out of the flat I shared with her"
  {
    keys: keys('taken|took|off|moved'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:(?:already|now|also|just|finally)\s+)?(?:taken|took|got|wiped|deleted)\s+(?:the|all the|those|every|all|that|her|his)\s+(?:\w+\s+)?(?:apps?|games?|accounts?|sites?|numbers?|contacts?|profiles?)\s+off\s+(?:my|the)\s+(?:phone|laptop|computer|tablet|ipad)|i(?:'ve| have)?\s+(?:(?:already|now|also|finally)\s+)?moved out of (?:the|her|his|their|that)\b[^.!?]{0,30}?\b(?:with (?:her|him|them)|(?:his|her|their) (?:place|flat|house)))\b/g,
  },
  // "I've learnt how to stop before I shout"
  {
    keys: keys('learned|learnt'),
    re: /\b(?<s>i(?:'ve| have)\s+(?:(?:finally|slowly|also|now)\s+)?(?:learned|learnt)\s+(?:to|how to)\s+(?:stop|pause|walk away|step back|say|tell|ask|breathe|name|notice|listen|leave the room|take a (?:breath|break|minute)|count|catch myself|recogni[sz]e|check|calm)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
  },
  // "Each evening now I write down what I spent", "every morning I go to a meeting"
  {
    keys: keys('every|each'),
    re: /\b(?<s>(?:every|each) (?:morning|night|evening|day|week|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+now)?,?\s+i\s+(?:now\s+)?(?:write|check in|call my|ring my|text my|go to (?:a meeting|meetings|aa|na|ga|therapy|counsell?ing|my group|group|the group)|attend|meet my|walk|meditate|log|track|put my phone|leave my phone|hand|show you|send you|pay|transfer|see my (?:therapist|counsell?or|sponsor))\b(?:\s+[^\s,.;:!?]+){0,6})/g,
  },
  {
    keys: keys('sponsor|therapist|counsellor|counselor'),
    re: /\b(?<s>my (?:sponsor|therapist|counsell?or|psychologist|support worker|coach|group)\s+and i\s+(?:meet|speak|talk|work|check in)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I'm on medication now"
  {
    keys: keys('medication|meds|antabuse|antidepressants'),
    re: /\b(?<s>i(?:'m| am|'ve been| have been)\s+(?:now\s+|finally\s+)?(?:on|taking)\s+(?:medication|meds|antabuse|antidepressants|the medication|my medication)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I'll always tell you who I'm with", "I'll text you if I'm going to be late"
  {
    keys: keys('tell|text|call|let'),
    re: /\b(?<s>i(?:'ll| will)\s+(?:always\s+)?(?:tell|text|call|let) (?:you|ya)(?: know)?\s+(?:where i am|where i'm going|who i'm with|who i am with|if i'm (?:going to be |gonna be )?(?:late|going out|drinking)|before i (?:spend|go out|drink|buy|borrow|make)|if (?:she|he) (?:contacts|messages|texts|calls) me)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I haven't seen her since March", "i havent spoken to her since that night"
  {
    keys: keys("haven't|not"),
    re: /\b(?<s>i(?:\s+haven't|\s+have not|'ve not)\s+(?:seen|spoken to|talked to|texted|messaged|contacted|heard from|been in touch with|had (?:any )?contact with)\s+(?:her|him|them|that \w+)\s+since\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
    check: (m, s) =>
      !/\b(?:my|your|our) (?:mum|mom|dad|sister|brother|family|friend|parents)\b/.test(s.text) &&
      !/\bsince (?:school|uni|college|university|we were (?:kids|young|little|children)|childhood|years ago|the funeral)\b/.test(
        m[0],
      ),
  },
  // "I'll hand over my phone whenever you ask", "my accounts are open to you"
  {
    keys: keys('phone|messages|accounts|account|statements|bank'),
    re: /\b(?<s>i(?:'ll| will)\s+(?:always\s+)?(?:hand over|show (?:you|ya)|give (?:you|ya)|unlock|open)\s+my (?:phone|messages|accounts?|statements|bank(?: account)?|laptop|emails)\s+(?:whenever|any ?time|every time|when(?:ever)? (?:you|ya) (?:ask|want))(?:\s+[^\s,.;:!?]+){0,3}|my (?:phone|accounts?|statements|messages|bank account|finances|emails)\s+(?:is|are)\s+(?:now\s+)?(?:open|unlocked|available|visible) to (?:you|ya)(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // "I've put my name down for a course"
  {
    keys: keys('down'),
    re: /\b(?<s>i(?:'ve| have)?\s+put (?:my name|myself) down for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:course|programme|program|group|classes|sessions|waiting list|counsell?ing|therapy)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "im off the drink now", "I'm off the booze"
  {
    keys: keys('off'),
    re: /\b(?<s>i(?:'m| am|'ve been| have been)\s+(?:now\s+|completely\s+|totally\s+)?off (?:the drink|the booze|alcohol|drugs|the pokies|gambling|the bets|the gear|weed|the sauce|the bottle)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I'm not going to come near your place", "I'd never do that again"
  {
    keys: keys('near|round|around|outside|past|by|to|at'),
    re: /\b(?<s>i(?:'ll| will|'m| am|'d| would)?\s+(?:never|not|won't|will not|not going to|never going to|promise not to|promise never to|no longer)\s+(?:ever\s+)?(?:come|turn up|show up|go|drive|walk|wait)\s+(?:near|to|round|around|by|past|outside|at)\s+(?:your|ya|the)\s+(?:place|flat|house|home|work|office|door|building|street|gym|parents'?|mum's|mom's|school|new place|apartment)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
  },
  {
    keys: keys("i'd|would"),
    re: /\b(?<s>i(?:'d| would)\s+never\s+(?:do (?:that|it|this|anything like that)|(?:hit|punch|grab|shove|push|kick|throw) (?:you|ya|a|the|anything|something|that)\b[^.!?]{0,20}?)\s+again)\b/g,
    negation: false,
  },
  // "I'll stop double texting", "I've stopped turning up at your work"
  {
    keys: keys('stop|stopped|quit'),
    re: /\b(?<s>i(?:'ll| will|'m going to| am going to|'ve| have)?\s+(?:stop|stopped|quit)\s+(?:double[- ]?texting|spamming (?:you|ya|your)|blowing up (?:your|ya) phone|calling (?:you|ya) (?:\w+ )?(?:times|over and over|nonstop|non-stop|at work|at night|all night)|turning up|showing up|messaging (?:your|ya) (?:friends|family|mum|mom|sister|brother|dad)|texting (?:your|ya) (?:friends|family|mum|mom|sister|brother|dad))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I've started a debt management plan", "I've set up a budget and I'm sticking to it"
  {
    keys: keys('plan|budget|iva|order'),
    re: /\b(?<s>i(?:'ve| have|'m| am)?\s+(?:now\s+|already\s+)?(?:started|set up|begun|made|drawn up|put together|got|signed up for|agreed|joined|on|following|sticking to)\s+(?:a|an|the|my)\s+(?:debt management plan|debt plan|payment plan|repayment plan|budget|weekly budget|monthly budget|savings plan|safety plan|spending plan|iva|debt relief order)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I was referred by my GP to a drug and alcohol counsellor in March"
  {
    keys: keys('referred'),
    re: new RegExp(
      raw`\b(?<s>i\s+(?:was|got|have been|'ve been)\s+referred\b[^.!?]{0,40}?\b${THERAPY})\b`,
      'g',
    ),
    check: (m) => !PAST_HELP.test(m[0]),
  },
  // "I've cut the card up", "I've cut up both credit cards"
  {
    keys: keys('cut|shredded|froze|frozen'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:already\s+|just\s+|now\s+)?(?:cut up|shredded|froze|frozen|cut (?:the|my|both|all (?:my|the)) (?:\w+ )?cards? (?:up|in half))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m) => /\bcards?\b/.test(m[0]),
  },
  // "I've handed in my notice there", "I've asked for a transfer so I'm not on her team"
  {
    keys: keys('notice|resigned|quit|left|transfer|transferred|moved|changed'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:already\s+|just\s+|now\s+|finally\s+)?(?:handed in my notice|given my notice|resigned|quit (?:my|the|that) job|left (?:my|the|that) job|asked for a transfer|transferred (?:to (?:another|a different|a new) (?:team|department|office|branch|site|store|shift))|moved teams|changed (?:teams|jobs|shifts|departments))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  // "I'll stop making decisions about the flat without asking you"
  {
    keys: keys('stop'),
    re: /\b(?<s>i(?:'ll| will|'m going to| am going to)\s+stop\s+\w+ing\b[^.!?]{0,40}?\bwithout (?:asking|telling|checking with|consulting|talking to)\s+(?:you|ya)\b)/g,
  },
  // "I've told my therapist about it and we're working on why I run"
  {
    keys: keys('told|tell'),
    re: /\b(?<s>i(?:'ve| have)?\s+(?:told|tell)\s+my\s+(?:therapist|counsell?or|psychologist|sponsor|gp|doctor|group)\s+(?:about|everything|the truth)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => /\b(?:working on|we're|we are|we've|every|each|weekly)\b/.test(s.text),
  },
  // "I'm going to delete the app tonight", "I'll block her on everything today"
  {
    keys: keys('delete|uninstall|block|cancel|close|unfollow'),
    re: /\b(?<s>i(?:'ll| will|'m going to|'m gonna| am going to)\s+(?:delete|uninstall|block|cancel|close|unfollow)\s+(?:the|that|my|those|all|every|her|him|them)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:photos|pictures|pics|videos|posts|you|ya|your)\b/.test(m[0]) &&
      /\b(?:app|apps|account|accounts|number|her|him|them|profile|dating|tinder|bumble|hinge|grindr|card|cards|betting|casino|sites?|game|games|subscription|chat|contact)\b/.test(
        m[0],
      ),
  },
];

const REASON = 'A concrete change shows them something they can watch for, not just words.';
const SUGGESTION =
  'Keep it specific and within your control; small promises kept build more trust than big ones.';

/** One fixed table; the keyed patterns at its end run only where the sentence holds a key. */
const TABLE: readonly Pattern[] = [...PATTERNS, ...MORE];

/**
 * Reassurance about the writer's own safety ("I'm safe now, I've got a counsellor", "I'm not in that
 * place anymore. I'm seeing someone every week"): help sought for themselves after a crisis, told so
 * the other need not worry, not a change made for them.
 */
const SAFE_NOW =
  /\b(?:i'm|i am|i feel|i'm feeling)\s+(?:(?:so\s+|much\s+|a lot\s+)?(?:safe|safer))\b|\bnot in (?:that|a bad|the same|that dark) (?:place|headspace|space)\b|\b(?:the |my )?bad (?:nights|days)\b|\b(?:i'm|i am) (?:doing (?:well|better|okay|ok|good|alright)|in a (?:much |far |way )?better (?:place|headspace|space)|okay|ok|alright) now\b|\b(?:don't|do not|no need to|never) (?:need to |have to )?worry\b/;
/** The sentence before tells of the crisis itself: "I said I didn't want to be alive." */
const CRISIS_BEFORE =
  /\b(?:didn't|did not|don't|do not) want to (?:be alive|live|be here|wake up)|\bend(?:ing)? (?:it|my life|things)\b|\bkill(?:ing)? myself\b|\bsuicid|\bhurt(?:ing)? myself\b|\boverdos|\bwouldn't (?:still )?be (?:here|alive) without\b|\bin (?:a|that) (?:really )?dark place\b|\b(?:i'm|i am) safe\b|\bnot in that place\b/;
/** What such a hit is about: help and recovery, rather than a promise to the other. */
const SELF_CARE =
  /therap|counsel|psycholog|psychiatr|someone|help|sober|clean|treatment|medicat|meds\b|\bgp\b|doctor|crisis|sponsor|group|meeting|rehab/;

function findIn(s: Sentence): Hit[] {
  const hits = scan(s, TABLE, REASON, SUGGESTION);
  if (!hits.length || !(SAFE_NOW.test(s.text) || (s.previous !== '' && CRISIS_BEFORE.test(s.previous))))
    return hits;
  return hits.filter((h) => !SELF_CARE.test(s.text.slice(h.start, h.end)));
}

/** Texting openers with the "I" left out: "deleted the app", "been sober 3 months", "going to meetings now". */
const DROPPED =
  /^(?:(?:already|now|also|just|finally)\s+)?(?:deleted|uninstalled|blocked|unfollowed|cut (?:her|him|them) off|started|joined|booked|signed up|quit|stopped|cancell?ed|canceled|been (?:going|seeing|sober|clean|to|off|in)|going to (?:meetings|therapy|counsell?ing|aa|na|ga|a group)|seeing (?:my|a) (?:therapist|counsell?or|psychologist)|gave|given|handed|told|asked|sold|got rid|haven't had|havent had|not had a|no longer|enrolled|attending|working on|in (?:therapy|counsell?ing|rehab|recovery))\b/;

const GATE =
  /\b(?:every|each|goes|go|comes|since|phone|referred|longer|my (?:accounts?|statements|finances|emails|messages|sponsor|therapist|counsell?or))\b|promise|committed|never again|sober|help|no more|check my|see my|\bi\b|\bi'|again|sober|clean|therap|counsel|meetings|from now on|next one/;

export const commitment: Rule = {
  id: 'commitment',
  kind: 'strength',
  gate: new RegExp(`${GATE.source}|^\\W*${DROPPED.source.slice(1)}`),
  readsPrevious: true,
  gatePrevious: CRISIS_BEFORE,
  // A change told beside a threat or a sign of danger to the writer is not credited as a strength:
  // "I deleted all my accounts and gave my laptop away" is a farewell, "I'm done with him" a menace.
  suppressedInMessageBy: ['self-harm', 'threat'],
  find(s: Sentence): Hit[] {
    const hits = findIn(s);
    return hits.length ? hits : withDroppedSubject(s, DROPPED, findIn);
  },
};
