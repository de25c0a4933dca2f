/**
 * `repair`: the writer offers amends, has made them, or asks what would help ("I'll pay for the
 * phone", "I've returned the money", "what can I do to make this right?", "I'll answer any question
 * you have", "if there's anything I can do"). Not a demand on the other ("you need to fix this"),
 * not despair ("nothing I say can fix this"), not splitting a bill ("I'll pay for half").
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { matches } from '../../scan.js';
import { ADV, scan, type Pattern, raw } from './lib.js';
import { fixesAThing, MORE, MORE_GATE, refusedAfter, subjectOk } from './repair.more.js';

const WILL = raw`(?:i(?:'ll| will|'m going to| am going to|'d like to| would like to| want to| wanna| can| could| am happy to|'m happy to|'d be glad to| would be glad to|'ll happily| will happily|'m ready to| am ready to| intend to| plan to|'m willing to| am willing to|'d be happy to| would be happy to|'m prepared to| am prepared to|'d gladly| would gladly|'ll gladly| offer to|'m offering to| am offering to)|let me|allow me to)`;
const OFFERS = [
  raw`pay (?:for|you back|back|it back|off|the|your|every|all|whatever|any|it|you every|you all|you what)`,
  raw`cover (?:the|it|all|your|any|every|whatever|that|those|what)`,
  raw`replace (?:the|it|your|them|that|those|what|everything|both|all of (?:it|them)|each|every)`,
  raw`(?:repay|reimburse|refund|compensate) (?:you|ya|the|it|every|all|what)`,
  raw`(?:venmo|paypal|transfer|e-transfer) (?:you|ya) (?:the|back|\$|£|€|\d|your|every|what)`,
  raw`send (?:you|ya) (?:back|\$|£|€|\d|(?:the|your|every|what|all the) (?:money|cash|\$|£|€|\d|deposit|rent|amount|payment|refund|penny|cent|i owe))`,
  raw`(?:come (?:round |over |back )?and )?(?:fix|repair|mend) (?:your|ya|the|it|what|this|things|what i (?:broke|did|damaged))`,
  raw`pay (?:someone|somebody|a (?:joiner|builder|plumber|locksmith|mechanic|professional|cleaner|glazier|carpenter)) to (?:fix|repair|replace|change|clean|sort|mend|do)`,
  raw`give (?:you\s+)?(?:half|your half|your share|all|every penny) of (?:what|the money|everything)(?: (?:it|they|the \w+))? (?:fetched|sold for|made|got|raised)`,
  raw`(?:write to|call|ring|email|speak to|talk to) (?:your|ya|the) (?:landlord|letting agent|insurer|insurance|bank|employer|boss|school|court|council) (?:and (?:say|tell|explain|confirm|own up)|to (?:explain|say|confirm|tell))`,
  raw`(?:sort|sort out|handle|take care of|deal with|cover|pay off|settle|clear) (?:the|your|ya|all the|any) (?:insurance|paperwork|bills?|repairs|damage|fines?|debts?|loans?|costs?|landlord|lawyer|bank|claim|deposit|fees|arrears|invoice|cleaning|mess i made)`,
  raw`(?:get|have) (?:it|them|the \w+|your \w+) (?:fixed|repaired|replaced|cleaned|sorted|mended)`,
  raw`(?:pay|send|give|return) (?:you\s+)?(?:back\s+)?(?:what|everything|all|every \w+) i owe`,
  raw`(?:earn|win) back (?:your|ya) trust|rebuild (?:your|ya|the|that) trust`,
  raw`say (?:it|that|sorry) (?:again|to (?:them|him|her|your(?!\s+face\b)|the kids))`,
  raw`explain (?:it|everything|what i did) to (?:them|him|her|your|the kids)`,
  raw`(?:own up|admit it|confess|come clean) (?:to|with) (?:them|him|her|your|everyone|(?!(?:the|a|an|my|our|their)\b)\w+)`,
  raw`correct (?:it|that|this|the story|things|the record|what i (?:said|told them|wrote|posted)) (?:with|to|for) (?:everyone|them|him|her|your|people|\w+)`,
  raw`help\b(?=\s*(?:[,.!]|$|with|you|in any way|however))`,
  raw`(?:buy|get) (?:you|ya) (?:a )?(?:new|another|replacement)`,
  raw`clear (?:the|your|my|that|all the) (?:debt|debts|card|cards|balance|loan|bill|bills|overdraft|arrears)`,
  raw`tell (?:you|ya) (?:everything|anything you want|the whole truth|whatever you (?:want|need) to know|all of it)`,
  raw`apologi[sz]e to (?:your|ya|them|him|her|each|everyone|\w+ and \w+|\w+)`,
  raw`(?:tell|call|write to|ring|text|message|email) (?:\w+\s+){0,3}(?:the truth\b(?!\s+about (?:you|ya|what you|who you|how you|your))|that it was me|it was me|that i lied|i lied|(?:that )?(?:you|ya) (?:were (?:right|telling the truth|innocent|not to blame)|did nothing wrong|didn't do (?:it|anything)|had nothing to do)|myself)`,
  raw`make (?:sure )?(?:everyone|them|people|they|he|she|\w+) knows? (?:\w+\s+){0,3}(?:the truth|it was me|i lied|i was)`,
  raw`(?:make|put|set) (?:this|it|things|that) right`,
  raw`do right by (?:you|ya|the kids|them|both of you|all of you)`,
  raw`make (?:(?:whatever|any|some|proper|real|full)\s+)?amends`,
  raw`make (?:it|this|that|it all|everything|all of it) up to (?:you|ya)(?! with)`,
  raw`answer (?:any|every|all|whatever|anything|your|each|honestly)`,
  raw`take (?:it|them|the \w+|those \w+|that \w+|every \w+|all \w+|down)\s*down`,
  raw`take down (?:the|those|that|every|all|it|them|my)`,
  raw`delete (?:the|those|every|all|them|it|any)\s+(?:\w+\s+){0,2}?(?:photos?|pictures?|pics?|videos?|copies|copy|posts?|screenshots?|messages?|recordings?|images?|them|it)`,
  raw`return (?:the money|your|the ring|the (?:deposit|bond|rent|cash|keys|car|\w+ in full)|everything|it all|what i took|every|the \$|the £)`,
  raw`give (?:you\s+)?(?:back|the money back|it back|it all back|your \w+ back)`,
  raw`(?:do|help with) (?:whatever|anything) (?:you need|would help|helps|i can)`,
  raw`(?:drive|bring|take) (?:you|ya|the kids) to (?:therapy|counselling|counseling|your appointments|the hospital)`,
  raw`drive (?:you|ya) (?:to|home|there)`,
  raw`(?:go|come) with (?:you|ya) to`,
  raw`hear (?:them|it|all of it|anything|everything|whatever)`,
];

const LOGISTIC_SPLIT =
  /\b(?:half|my share|my half|your half|our half|the other half|dinner|drinks|lunch|coffee|the table|the deposit split|fifty-fifty|50\/50)\b/;
const BARGAIN =
  /\bif (?:you|ya)(?:'d| would| will|'ll)? (?:\w+\s+){0,2}(?:back|forgive|another chance|give me|come home|stay|let me back|take me)\b|\bonce we(?:'re| are) back\b|\bwhen we(?:'re| are) back together\b/;

/** A habit from here on: what follows is a commitment ("whenever she texts, I'll show you"). */
const HABIT =
  /\b(?:from now on|going forward|from here on|moving forward|every time|each time|whenever|before i (?:answer|reply|respond|open|go|meet|see|text|call))\b/;

/** A deletion dated to long ago, told as reassurance: "I deleted the photos the day we broke up". */
const LONG_AGO =
  /\b(?:the (?:day|night|week|moment|minute) (?:we|you|i|after)|(?:years|months|weeks|ages|long) ago|back then|back when|when we (?:split|broke up|ended|separated)|right after (?:we|you))\b/;

const PATTERNS: Pattern[] = [
  // "I'll pay for the phone", "I want to make it right", "I'll answer any question you have"
  {
    re: new RegExp(
      raw`\b(?<s>${WILL}\s+${ADV}(?:(?:also|personally|gladly|happily|immediately|today|first)\s+)?(?:${OFFERS.join('|')})(?:\s+[^\s,.;:!?]+){0,6})`,
      'y',
    ),
    anchor: /\b(?:i|let me|allow me)\b/g,
    check: (m, s) =>
      !LOGISTIC_SPLIT.test(m[0]) &&
      !BARGAIN.test(s.text) &&
      !/\b(?:to|for|on|of) my (?:own )?(?:car|house|flat|phone|bike|van|place|room)\b|\bmy own\b/.test(
        m[0],
      ) &&
      !/\b(?:when|once|as soon as|if|unless|after) (?:you|ya) (?:give|pay|return|send|apologi[sz]e|admit|stop|drop|unblock|talk|answer|reply|come back|take me)\b/.test(
        s.text.slice(m.index),
      ),
  },
  // done: "I've returned the money", "I've deleted every copy", "I told my friends the truth"
  {
    re: /\b(?<s>(?:i(?:'ve| have)?|and(?: have)?)\s+(?:already\s+|just\s+|now\s+|since\s+|also\s+)?(?:paid (?:back|you back|you|it back|off|for the|for your|the garage|the \w+ bill)|repaid|returned (?:the|your|it|everything|every|\d|£|\$|€|rs|half|all|what)|refunded|reimbursed|transferred (?:back|the|\$|£|€|\d|it|you|every|your|ya|all|half)|deleted (?:(?:every|all|the|those|any|all the|each)\s+(?:\w+\s+){0,2}?(?:photos?|pictures?|pics?|videos?|copies|copy|posts?|screenshots?|recordings?|images?|messages about you)|them|all of them|them all|every copy|every one of them)|taken (?:it|them|the \w+|every \w+|those \w+) down|taken down|took (?:it|them|the \w+|every \w+|everything|those \w+|it all) (?:down|dwon)|took down|told (?:\w+\s+){0,3}(?:the truth|it wasn't true|it was me|i was the one|i lied|that i lied|that it was)|messaged (?:each|every|all) (?:of them|one)|fixed (?:your|the|it)|replaced (?:your|the|it|them)|covered (?:the|it|your|all)|sent (?:you\s+)?(?:the money|back|it back|every|the \$|the £|\$|£)|apologi[sz]ed to (?:your|him|her|them|each|everyone|\w+))(?:\s+[^\s,.;:!?]+){0,5})/g,
    apology: false,
    check: (m, s) =>
      subjectOk(m, s) &&
      !(/\bdeleted\b/.test(m[0]) && LONG_AGO.test(s.text.slice(m.index, m.index + m[0].length + 30))) &&
      !/\btold (?:you|ya)\b|\btruth about (?:you|ya|what you|your)\b|\b(?:re)?paid (?:(?:you|that|it|this|your \w+|all of (?:it|that)|everything|back)\s+)+(?:by|with)\b(?!\s+interest)/.test(
        m[0],
      ),
  },
  {
    re: /\b(?<s>(?:you|ya) asked me to (?:delete|take down|remove|return|pay)\b[^.!?]{0,40}?\band i (?:have|did))\b/g,
  },
  {
    re: /(?<s>(?:£|\$|€)\s?\d[\d,.]*(?:k)?\b[^.!?]{0,40}?\b(?:is|are|goes|go|went|will go|has gone|have gone)\s+(?:back\s+)?(?:in|into|to)\s+(?:your|ya)\s+(?:account|bank|card|paypal|venmo))/g,
  },
  {
    re: /\b(?<s>send me the (?:invoice|bill|quote|quotes|receipt|amount|costs?|details|link|total))\b/g,
    check: (m, s) => !LOGISTIC_SPLIT.test(s.text),
  },
  { re: /\b(?<s>tell me (?:the amount|how much|what it costs|what i owe))\b/g },
  // money back: "I have put the £450 back into your account", "the £2,000 is back in the savings account"
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:already\s+|now\s+)?put\s+(?:the\s+|your\s+|all\s+|every\s+)?(?:£|\$|€|money|cash|\d|it|savings)[^.!?]{0,20}?\bback)\b/g,
  },
  {
    re: /\b(?<s>(?:is|are)\s+(?:now\s+)?back\s+in\s+(?:the|your|our|ya)\s+(?:\w+\s+)?(?:account|savings|bank|fund|pot))\b/g,
  },
  {
    re: /\b(?<s>(?:standing order|direct debit|payment plan|repayment plan)\b[^.!?]{0,40}?\b(?:to you|back to you|into your|to your|clear))/g,
  },
  // putting the record straight with others: "I've told Josh I was in the wrong", "I've written to your mum to apologise"
  {
    re: /\b(?<s>i(?:'ve| have|'ll| will|'d like to| would like to|'m going to| am going to)?\s+(?:already\s+|since\s+|also\s+)?(?:told|tell|written to|write to|spoken to|speak to|talked to|talk to|rung|ring|called|call|messaged|message|emailed|email|explained to|explain to)\b[^.!?]{0,50}?\b(?:i was (?:in the )?wrong|i lied|i'd lied|it was me|i was the one|the truth|the record straight|put the record|set the record|the wrong version|(?:were|was) (?:mine|false|untrue|lies|a lie|cruel|not true)|wasn't true|were not true|to apologi[sz]e|my fault|none of it was (?:true|you)))/g,
    check: (m, s) =>
      !/\b(?:told|tell) (?:you|ya)\b/.test(m[0]) &&
      !/^\s+about (?:you|ya|what you|who you|how you|your)\b/.test(s.text.slice(m.index + m[0].length)),
  },
  {
    re: /\b(?<s>(?:(?:i'd|i would|i|i'm|i am)\s+(?:(?:also|really|still|first|personally)\s+)?(?:like to|want to|going to)|i'll|i will)\b[^.!?]{0,40}?\bapologi[sz]e to (?:her|him|them|your|each|everyone|\w+)(?:\s+\w+){0,2})/g,
  },
  // transparency: "If you want to read any of our messages, I will show you", "I'll go through anything with you"
  {
    re: /\b(?<s>if (?:you|ya)(?:\s+ever)?(?:\s+(?:want|need|would like|wish)|'d like|'d want) to (?:see|read|know|ask|look at|go through|check|hear)\b[^.!?]{0,70}?(?:(?<!\b(?:where|when|what|how|who|why|whether|if)\s+)\bi(?:'ll| will|'d| would| can)\b|\b(?:just ask|ask me|ask away)\b)(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: (m) => !/\b(?:where|when|what time)\b/.test(m[0]),
  },
  {
    re: /\b(?<s>i(?:'ll| will| can|'m happy to| am happy to)\s+(?:show (?:you|ya)|sit down with (?:you|ya)|go through (?:anything|everything|it all|every \w+|all of it)|walk (?:you|ya) through|hand (?:you|ya)|give (?:you|ya) (?:access|every|all|the (?:statements|messages|letters|records|passwords|full)))\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    // "from now on, if someone messages me late, I'll show you before I answer": a habit of openness
    // from here on is a commitment, not amends for what was done
    check: (_m, s) => !HABIT.test(s.text),
  },
  {
    re: /\b(?<s>i(?:'ve| have|'m| am)\s+(?:also\s+)?(?:given|giving|handing|handed|sent|shown) (?:you|ya) (?:\w+\s+){0,2}?(?:access|every|all|the (?:statements|messages|letters|records|passwords|full))(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // practical help: "if you need anything at all, I will be there", "I'd like to take the kids every Saturday so you get a day to yourself"
  {
    re: /\b(?<s>if (?:you|ya) (?:ever\s+)?need (?:anything|something|help|a lift|a hand|money|me to)\b[^.!?]{0,50}?(?:\bi(?: can| will|'ll)\b|\bjust (?:ask|tell me|say|let me know)|\bi'm here|\bi am here)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    re: /\b(?<s>(?:i'd like to|i would like to|i want to|i'll|i will|i can|i could)\s+(?:[\w']+\s+){1,8}?so (?:that )?(?:you|ya) (?:get|can have|have|can get|can rest|don't have to|won't have to|can take|aren't|are not)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) && !/\b(?:talk|meet|see you|come (?:round|over|by)|explain|call)\b/.test(m[0]),
  },
  // listening: "I'd like to hear what those years were like for you", "I'll sit and listen without a word"
  {
    re: /\b(?<s>i(?:'d| would| want to|'ll| will)?\s*(?:like to\s+|love to\s+)?(?:hear|listen to|know)\s+(?:how|what)\b[^.!?]{0,50}?\b(?:was|were|felt|has been|have been) like for (?:you|ya))/g,
    question: true,
  },
  {
    re: /\b(?<s>(?:listen|hear (?:you|ya) out)\s+without (?:a word|interrupting|defending|arguing|getting defensive|saying a word|excuses|judg\w+))/g,
  },
  // "whatever you need from me", "what would you like me to do?", "if it would help, I can…"
  {
    re: /\b(?<s>whatever (?:you|ya) need(?: from me)?(?=\s*(?:,|\.|$|i'll|i will|it's yours|just (?:ask|say|tell))))/g,
  },
  {
    re: /\b(?<s>what (?:do|would|will) (?:you|ya) (?:need|want|like) (?:from me|me to do)(?:\s+\w+){0,4})/g,
    question: true,
  },
  {
    re: /\b(?<s>if it (?:would|will|might|could) help(?: you| at all)?,?\s+i(?:'ll| will| can| could|'d| would)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
  },
  {
    re: /\b(?<s>(?:anything|everything|whatever) (?:you|ya) (?:want|need|would like|'d like) to (?:know|ask)\b(?:[^.!?]{0,30}?\bi(?:'ll| will)\b(?:\s+[^\s,.;:!?]+){0,4})?)/g,
    check: (m, s) => /\b(?:i'll|i will|ask me|tell you|answer)\b/.test(s.text),
  },
  { re: /\b(?<s>(?:went|go|going) to (?:your|ya|see your|see) (?:\w+\s+){0,2}and apologi[sz]ed)\b/g },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:already\s+|now\s+)?(?:paid|settled|cleared)\s+(?:off\s+)?(?:the|your|it|every|all|that)\s+(?:\w+\s+)?(?:fine|debt|bills?|loan|card|balance|arrears|overdraft|money|damage|costs?|repairs|invoice|fees)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:removed|taken|took|got)\s+(?:your|ya) name (?:off|from|out of)(?:\s+[^\s,.;:!?]+){1,4})/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:had|got)\s+(?:it|them|the \w+|your \w+)\s+(?:fixed|repaired|replaced|cleaned|mended))\b/g,
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:paying|sending|giving|transferring)\s+(?:(?:you|ya)\s+)?(?:back\s+)?(?:you|ya|it|the|every|all|what|\$|£|€|\d)(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  {
    re: /\b(?<s>(?:set|put) the record straight(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => /\bi\b|\bi'/.test(s.text),
  },
  { re: /\b(?<s>(?:whatever|any|every) way (?:you think )?(?:would|will|might|could) help(?:\s+\w+){0,3})/g },
  {
    re: /\b(?<s>is there (?:a|any|some) way (?:that\s+)?i (?:can|could|might) (?:make|fix|help|repair|undo|put|start)(?:\s+[^\s,.;:!?]+){0,5})/g,
    question: true,
  },
  { re: /\b(?<s>whatever i can do to (?:fix|make|help|repair|put|undo|ease)(?:\s+\w+){0,4})/g },
  {
    re: /\b(?<s>(?:making|make|made) up for (?:it|them|this|that|what i did|everything|my \w+|all of it|lost time)(?:\s+\w+){0,3})/g,
    check: (_m, s) => /\bi\b|\bi'/.test(s.text),
  },
  // asking: "what can I do to make this right?", "is there anything I can do", "what would help"
  {
    re: /\b(?<s>(?:how|what)\s+(?:can|could|should|might)\s+i\s+(?:ever\s+|possibly\s+|start to\s+)?(?:do|make|fix|repair|help|put|start|undo|earn|rebuild|begin|give)\b(?!\s+(?:without|now that|if you won't|when you won't))(?:\s+[^\s,.;:!?]+){0,6})/g,
    question: true,
    check: (m, s) => !/\b(?:else|about it)\b/.test(m[0]) && !fixesAThing(m[0]) && !refusedAfter(s, m),
  },
  {
    re: /\b(?<s>(?:is there |if there(?:'s| is) |there(?:'s| is) )?(?:anything|something)(?: at all| practical| further| else| more)?\s+(?:that\s+)?i (?:can|could|might be able to) (?:do|undo|fix|help with|change|say|give|take on|take off|carry|pay)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    question: true,
    check: (m, s) => !/\b(?:there's nothing|nothing i|is nothing)\b/.test(s.text),
  },
  {
    re: /\b(?<s>what (?:would|might|could|will|does|do you think would) (?:actually |really |genuinely )?(?:help|make (?:this|it|things|that) (?:easier|better|right|lighter)|look like for you))(?!\s+me\b)/g,
    question: true,
  },
  {
    re: /\b(?<s>(?:tell|let) me (?:know )?(?:how|what) (?:you need|would help|helps|i can|to do|you want me to do|you'd like me to do|i could do|might help)(?:\s+[^\s,.;:!?]+){0,4})/g,
    question: true,
  },
  { re: /\b(?<s>would it help (?:you |at all )?if i(?:\s+[^\s,.;:!?]+){1,8})/g, question: true },
  {
    re: /\b(?<s>how (?:i|we) (?:can|could|might) (?:repair|fix|make|put|mend|help|undo|start)(?:\s+[^\s,.;:!?]+){0,5})/g,
    question: true,
  },
  // "ask me anything about that night and I'll answer"
  {
    re: /\b(?<s>ask me (?:anything|whatever|any question|any questions|everything|all the questions|what you want|whatever you (?:want|need))(?:\s+[^\s,.;:!?]+){0,8})/g,
    question: true,
  },
  // conditional offers: "if there's anything that would help, tell me and I'll do it", "if it helps, I'll…"
  {
    re: /\b(?<s>if there(?:'s| is) (?:anything|any way|a way|any (?:\w+ )?help|something)\b[^.!?]{0,80}?(?:\b(?:tell me|let me know|ask me|say so|say the word)\b|\bi(?:'ll| will| want to (?:hear|know)(?: it| about it)?|'d (?:want|like) to (?:hear|know|do)(?: it)?| would)\b)(?:\s+[^\s,.;:!?]+){0,3})/g,
    condition: false,
    check: (m) => !/\b(?:back|forgive|another chance)\b/.test(m[0]),
  },
  {
    re: /\b(?<s>if it helps(?: you| at all)?,?\s+i(?:'ll| will| can| could|'d| would)\b(?:\s+[^\s,.;:!?]+){0,6})/g,
    condition: false,
  },
  {
    re: /\b(?<s>if (?:you|ya)(?:'d)? (?:want|like|need|would like) (?:me to \w+|the (?:explanation|truth|details|whole story|answers?|reasons?)|an? (?:explanation|answer|account))\b[^.!?]{0,60}?,?\s*i(?:'d| would| will|'ll)(?: \w+)?\b(?=\s*(?:$|[.,;!?]|it|that|them|gladly|happily))(?:\s+(?:it|that|them|gladly|happily))?)/g,
    condition: false,
    check: (m, s) =>
      !BARGAIN.test(s.text) && !/\b(?:talk|meet|see you|come (?:round|over|by)|call)\b/.test(m[0]),
  },
  // amends under way: "I have begun repaying…", "I've asked my brothers to return…", "I'm trying to get it back"
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:already\s+|now\s+)?(?:begun|started|been)\s+(?:repaying|paying (?:you\s+)?back|paying it back|paying off|returning|giving (?:it\s+|them\s+)?back|putting (?:it|the money) back)(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:already\s+|also\s+)?asked (?:\w+\s+){1,3}?to (?:return|give back|give (?:it|them) back|pay (?:you\s+)?back|hand back|delete|take down|remove|apologi[sz]e)(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:already\s+|also\s+)?(?:written|wrote|spoken|talked|gone|been) to (?:\w+\s+){1,6}?to (?:withdraw|correct|set (?:that|it|things|the record) (?:right|straight)|put (?:that|it|things|the record) (?:right|straight)|apologi[sz]e|explain|tell them the truth|clear your name)(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)?\s+(?:already\s+|now\s+)?moved\s+(?:the\s+|your\s+|all\s+)?(?:£|\$|€|money|cash|\d|savings)[^.!?]{0,20}?\bback)\b/g,
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:trying|working|doing (?:everything|all) i can|going)\s+to\s+(?:get|buy|win)\s+(?:it|them|the \w+|your \w+)\s+back)\b/g,
  },
  {
    re: /\b(?<s>i(?:'ve| have)\s+(?:already\s+|also\s+)?told (?:\w+\s+){1,4}?(?:that )?(?:the|it|what|everything)\b[^.!?]{0,40}?\b(?:made up by me|was (?:all )?me|was my (?:lie|doing|fault|idea))\b)/g,
  },
  // "is there anything that would make this easier for you?", "what would it take for you to feel safe?"
  {
    re: /\b(?<s>(?:is there |if there(?:'s| is) )?(?:anything|something)\s+(?:at all\s+)?(?:that\s+)?(?:would|will|might|could)\s+(?:make (?:this|it|things|life|any of this|the next bit) (?:a (?:bit|little) )?(?:easier|better|lighter|less \w+)|help(?: you| at all)?)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    question: true,
    check: (_m, s) =>
      !/\b(?:there's nothing|nothing i|is nothing|nothing (?:would|could|will))\b/.test(s.text),
  },
  {
    re: /\b(?<s>what (?:would|will|could|does|might) it take (?:for (?:you|ya) to|to (?:make|fix|earn|put|rebuild|repair|help))(?:\s+[^\s,.;:!?]+){1,5})/g,
    question: true,
    check: (m) =>
      !/\b(?:take me back|forgive|give me|back together|another chance|get back|come back|see me|talk to me)\b/.test(
        m[0],
      ),
  },
  // "I'm happy to go to couples counselling if you want", "whatever it takes to fix this, I'll do it"
  {
    re: new RegExp(
      raw`\b(?<s>${WILL}\s+(?:also\s+)?(?:go to|do|try|attend|start|book|pay for|come to)\s+(?:couples|joint|family|relationship|marriage) (?:counsell?ing|therapy|sessions|mediation)(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (_m, s) => !BARGAIN.test(s.text),
  },
  {
    re: /\b(?<s>whatever it takes\b[^.!?]{0,30}?\bi(?:'ll| will)\b(?:\s+[^\s,.;:!?]+){0,3}|i(?:'ll| will|'m willing to| am willing to|'m ready to| am ready to)\s+do whatever it takes\s+to\s+(?:fix|make|put|repair|rebuild|earn|help|undo|set)(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m, s) =>
      !BARGAIN.test(s.text) &&
      !/\b(?:get you back|win you back|have you back|get back together)\b/.test(s.text) &&
      !/\bgive me\b/.test(m[0]),
  },
  // "If anything else needs undoing, tell me"
  {
    re: /\b(?<s>if (?:anything|something)(?: else)? (?:needs|need) (?:undoing|fixing|putting right|sorting|changing|paying for|replacing|returning)\b[^.!?]{0,30}?\b(?:tell me|let me know|say so|say the word|i'll|i will)\b)/g,
    condition: false,
  },
];

/** The trigger words of `PATTERNS`. */
const OLD_GATE =
  /\bup to (?:you|ya)\b|paid|\bowe\b|\bsort\b|damage|handle|deal with|take care|own up|come clean|correct|what (?:would|might)|let me know|is there|how (?:can|could)|pay|sent|whatever|need|if it|buy|get you|clear|everything|went to|go to|told|tell|written|write|spoken|speak|talk|rung|ring|call|messag|email|explain|show|sit down|go through|hand|giv|need|listen|hear|back in|standing order|direct debit|plan|put|so you|cover|replac|refund|repay|reimburs|compensat|venmo|paypal|transfer|send|fix|repair|apologi[sz]|truth|right|amends|make it up|answer|take|took|delet|return|give|anything|help|what can|what could|invoice|bill|ask me|knows|if there|if it helps|if you|begun|started|asked|moved|trying|drive|go with|takes|take|would|could|might|couples|undoing|[£$€]/;

const REASON =
  'Offering to put things right is the second thing that matters most in an apology (Lewicki et al., 2016).';
const SUGGESTION = 'Keep the offer concrete, and let them decide whether and how to take it up.';

/** One fixed table: the patterns, then the keyed ones. */
const TABLE: readonly Pattern[] = [...PATTERNS, ...MORE];

export const repair: Rule = {
  id: 'repair',
  kind: 'strength',
  gate: new RegExp(`${OLD_GATE.source}|${MORE_GATE.source}`),
  find(s: Sentence): Hit[] {
    // `PATTERNS` run only where their trigger words occur; `MORE` only where a key word does.
    return scan(s, TABLE, REASON, SUGGESTION, matches(OLD_GATE, s.text) ? 0 : PATTERNS.length);
  },
};
