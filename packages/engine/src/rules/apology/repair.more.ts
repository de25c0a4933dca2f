/**
 * More `repair` patterns, each with exact-word keys so its regex runs only on sentences that hold
 * one of them: money sent or coming back, replacing what the writer broke, putting the truth right
 * with the people they lied to, answering whatever is asked, asking how to make it right, earning
 * trust back, making room for the other ("so you don't have to see me"), and offers that leave the
 * choice to them ("if you want me to pay you back, just say").
 */
import type { Sentence } from '../../analysis.js';
import { keys, type Pattern, raw } from './lib.js';

export interface KeyedPattern extends Pattern {
  /** The pattern runs only on sentences holding one of these words (exact, normalised). */
  keys: ReadonlySet<string>;
}

const ADVS = raw`(?:(?:also|really|honestly|truly|genuinely|definitely|absolutely|still|just|personally|fully|gladly|happily|totally|completely|more than|fr|first|immediately|now)\s+){0,2}`;

/** A first-person offer: "I'll", "I'm going to", "I'd also like to", "I'm happy to", "let me". */
export const OFFER_SUBJ = raw`(?:i(?:'ll|\s+will|'d|\s+would|\s+can|'m going to|\s+am going to|'m gonna|\s+am gonna|\s+gonna)\s+${ADVS}(?:(?:like|love|want|be (?:happy|glad|willing|ready)) to\s+)?|i\s+${ADVS}(?:want to|wanna|need to|intend to|plan to|mean to|promise to|offer to)\s+|i(?:'m|\s+am)\s+${ADVS}(?:ready|happy|willing|prepared|glad|going|offering|determined|committed)\s+to\s+|i(?:'ve|\s+have)\s+(?:already\s+|now\s+)?(?:arranged|agreed|decided|started|begun|offered) to\s+|^\W*(?:going to|gonna)\s+|(?:payment plan|repayment plan|standing order|direct debit|arrangement|schedule) to\s+|let me\s+|lemme\s+)`;

/** A first-person act done: "I've", "I have", "I already", a texting sentence with no subject. */
const DONE_SUBJ = raw`(?:\bi(?:'ve|\s+have)?\s+|^\W*|\band\s+(?:have\s+)?)(?:(?:already|just|now|finally|since|also|then|today|this morning|last night)\s+){0,2}`;

/** A sum or a store of money. */
const MONEY = raw`(?:[£$€₹]\s?\d[\d,.]*k?|\d[\d,.]*\s*(?:quid|bucks|dollars|pounds|euros|k|grand|lakhs?|rupees|rs)|money|cash|deposit|rent|loan|penny|pennies|cent|cents|pound|dollar|rupee|savings|amount|sum|share|payment|fees?|bond)`;
const DET = raw`(?:(?:the|your|ya|all|all the|every|that|this|my|each|those|these|our|half (?:of )?(?:the|your|our|what))\s+)?(?:(?:full|whole|entire|total|remaining|outstanding|last|single)\s+)?`;

/** What the writer damaged: "the one I broke", "your lamp that I smashed". */
const DAMAGED = raw`(?:broke|lost|smashed|ruined|cracked|damaged|took|scratched|dented|wrecked|stained|borrowed|sold|pawned|threw|burned|burnt|spilled \w+ on|ripped|tore|bent|crashed)`;

/** A claim that puts the truth right: it was the writer, the story was false, the other did nothing. */
const TRUTH = raw`(?:(?:it|that|this|all of it|the whole thing|everything|it all)\s+(?:were|was)\s+(?:all\s+)?(?:me\b|mine\b|my (?:fault|doing|idea|lie|lies|mistake)|made up|a lie|lies\b|not true|untrue|false|invented|on me|my responsibility)|i\s+(?:made (?:it|that|this|them|all of it|the whole thing|it all|things|stuff|the \w+) up|invented|lied|was lying|'d lied|had lied|was the one|started (?:it|the)|spread (?:it|the)|did it\b|did that\b|was wrong|was in the wrong|was to blame|was at fault|was responsible|cheated|stole|forged|exaggerated|twisted)|(?:the|that|my|those|these|what)\s+(?:\w+\s+){0,2}?(?:rumou?rs?|story|stories|claims?|complaints?|accusations?|posts?|reports?|allegations?|lies|comments?|things i said|i said|i told (?:them|him|her|everyone|people))\s+(?:was|were|is|are|came|come)\s+(?:from me|false|untrue|a lie|lies|made up|not true|all lies|invented|my doing|mine|started by me|wrong)|it (?:wasn't|was not) (?:you|ya|your (?:fault|doing))|(?:you|ya)\s+(?:weren't|were not) (?:the one|involved|at fault)|(?:you|ya)\s+(?:did nothing wrong|didn't do (?:it|anything|that)|did not do (?:it|anything)|weren't to blame|were not to blame|were telling the truth|told the truth|had nothing to do with it|never (?:did|said) (?:it|that|any of it)|are innocent|were innocent)|the (?:whole |full )?truth\b(?!\s+about (?:you|ya|what you|who you|how you))|what really happened|what actually happened)`;

/** Telling, writing to, letting know: the ways of putting the truth right with others (offered, then done). */
const REPORT = raw`(?:tell|let|make sure|write to|email|message|text|call|ring|phone|explain to|admit to|confess to|own up to|come clean to|speak to|talk to|post)`;
const REPORTED = raw`(?:told|let|made sure|written to|wrote to|emailed|messaged|texted|called|rang|rung|phoned|explained to|admitted to|confessed to|owned up to|come clean to|came clean to|spoken to|spoke to|talked to|posted)`;

/** The last personal subject before `pos` is the writer ("I opened an account and transferred…"). */
function writerIsSubject(s: Sentence, pos: number): boolean {
  const before = s.text.slice(Math.max(0, pos - 120), pos);
  let last = '';
  for (const m of before.matchAll(
    /\b(i|i've|i'm|i'd|i'll|you|you've|you're|he|she|they|we|he's|she's|they've|we've)\b/g,
  ))
    last = m[1] ?? '';
  return /^i(?:'|$)/.test(last);
}

/** "fix this laptop", "repair the fence": a thing fixed, not the hurt or the trust. */
export function fixesAThing(text: string): boolean {
  return /\b(?:fix|repair|mend)\s+(?:this|that|the|my|a|an)\s+(?!(?:mess|damage|hurt|harm|trust|situation|relationship|friendship|marriage|problem|thing|things|whole|all|at|for|between|with|now|right|up|one i|bit|part|wrong|wrongs|hole i|way i)\b)[a-z]+/.test(
    text,
  );
}

/** "how can I make it up to you if you won't talk to me": a complaint about them, not an offer. */
export function refusedAfter(s: Sentence, m: RegExpExecArray): boolean {
  return /\b(?:if|when|while) (?:you|ya) (?:won't|don't|will not|do not|never|refuse|can't|keep)\b/.test(
    s.text.slice(m.index),
  );
}

/** A subjectless start is allowed at the opening of the sentence, "and" only after the writer. */
export function subjectOk(m: RegExpExecArray, s: Sentence): boolean {
  const t = m[0];
  if (/^and\b/.test(t)) return writerIsSubject(s, m.index);
  return true;
}

/** A return that waits on the other doing something is a bargain, not an offer. */
const ON_CONDITION =
  /\b(?:if|when|once|unless|as soon as|after|until) (?:you|ya)\b|\bin exchange\b|\bfirst\b/;

/** Acts that undo a hurt only with a reunion attached, or that hurt again. */
const REUNION =
  /\b(?:get you back|be together|together again|we can (?:be|get|try|start)|take me back|have me back|let me (?:back|come back|come home)|another chance|give (?:me|us) another|win you back|us back|be with you|back together|save (?:us|our|this relationship|the marriage)|fix us|make you (?:stay|love))\b/;

/** What comes back: "back the money", "the £300 back", "every penny back". */
const BACK_OBJ = raw`(?:(?:you|ya|it|him|her|them|your \w+)\s+)?(?:back\s+${DET}(?:${MONEY}|everything|all of it|what i (?:owe|took|borrowed|spent)|it all|it)\b|${DET}${MONEY}(?:\s+[\w'£$€,.]+){0,3}?\s+back\b|(?:it all|all of it|every (?:penny|cent|pound|dollar|rupee)|everything)\s+back\b)`;

/** Money that goes back to them, not to the bank or to the writer ("I got my deposit back"). */
export function toThem(m: RegExpExecArray, s: Sentence): boolean {
  const around = s.text.slice(m.index, m.index + m[0].length + 30);
  if (/\b(?:my|our) (?:own )?(?:deposit|money|cash|savings|account|rent|loan)\b/.test(m[0])) return false;
  return (
    /\b(?:you|ya|your)\b/.test(around) ||
    /\bwhat i (?:owe|took|borrowed|spent)|\bevery (?:penny|cent|pound|dollar|rupee)|\bi (?:owe|took|borrowed)\b|\b(?:in full|full amount|whole amount|the lot|all of it|everything)\b/.test(
      around,
    )
  );
}

const NOT_FOR_THEM =
  /\b(?:for (?:the |my |our |your |a )?(?:dinner|drinks|lunch|breakfast|coffee|pizza|takeaway|food|taxi|uber|cab|petrol|gas|groceries|shopping|round|table|my half|half)|fifty-fifty|50\/50|my (?:half|share)|the other half)\b/;

const RAW: KeyedPattern[] = [
  // money coming back: "I'll send back the money you lent me", "I've paid the £300 back into your account"
  {
    keys: keys('pay|send|give|transfer|put|hand|wire|get|return|bring'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:pay|send|give|transfer|put|hand|wire|get|return|bring)\s+${BACK_OBJ}(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m, s) => !NOT_FOR_THEM.test(m[0]) && !ON_CONDITION.test(m[0]) && toThem(m, s),
  },
  {
    keys: keys('paid|sent|gave|given|transferred|put|handed|wired|got|returned|brought'),
    re: new RegExp(
      raw`(?<s>${DONE_SUBJ}(?:paid|sent|gave|given|transferred|put|handed|wired|got|returned|brought)\s+${BACK_OBJ}(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m, s) => subjectOk(m, s) && !NOT_FOR_THEM.test(m[0]) && toThem(m, s),
  },
  {
    keys: keys('pay|repay'),
    re: new RegExp(raw`(?<s>${OFFER_SUBJ}(?:pay|repay)\s+(?:you|ya)\s+back\b(?:\s+[^\s,.;:!?]+){0,5})`, 'g'),
    check: (m) => !NOT_FOR_THEM.test(m[0]) && !ON_CONDITION.test(m[0]),
  },
  // "ill venmo u rn\"
  {
    keys: keys('venmo|cashapp|paypal|zelle|revolut'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:venmo|cashapp|paypal|zelle|revolut)\s+(?:you|ya)(?=\s*(?:$|[,.!?]|now|right now|rn|tonight|today|tomorrow|back|for (?:the|it|that|what|every|all|your)|the|every|asap))(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m) => !NOT_FOR_THEM.test(m[0]),
  },
  // "you'll have the money back by Friday", "I'll make sure you get every penny back"
  {
    keys: keys('back'),
    re: new RegExp(
      raw`\b(?<s>(?:you'll|you will|you're going to|you are going to|make sure (?:you|ya)|making sure (?:you|ya))\s+(?:get|have|receive|see)\s+(?:every|all|the|your|it|each|that|half)\b(?:\s+[\w'£$€,.]+){0,3}?\s+back\b(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m, s) =>
      new RegExp(raw`${MONEY}|\b(?:every|everything|all of it|it all|ring|things|stuff|belongings)\b`).test(
        m[0],
      ) &&
      !ON_CONDITION.test(s.text.slice(m.index)) &&
      /\bi\b|\bi'|\bfrom me\b|^\W*you'll\b/.test(s.text) &&
      !/\bback from (?:the|your|an?|his|her|their)\b/.test(m[0]),
  },
  // replacing or fixing what they damaged: "I'll replace the one I broke", "I'm replacing your headphones"
  {
    keys: keys(
      'broke|lost|smashed|ruined|cracked|damaged|took|scratched|dented|wrecked|stained|borrowed|sold|pawned|threw|burned|burnt|spilled|ripped|tore|bent|crashed',
    ),
    re: new RegExp(
      raw`\b(?<s>(?:replace|replacing|replaced|pay for|paying for|paid for|cover|covering|covered|fix|fixing|fixed|repair|repairing|repaired|buy you|bought you|get you|got you|order you|ordered you)\s+(?:[\w']+\s+){0,4}?(?:the one|the ones|yours|it|them|the \w+|your \w+|what|everything|the \w+ \w+)\s+(?:that\s+)?i(?:'d|\s+had)?\s+${DAMAGED}\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: (_m, s) => /\bi\b|\bi'/.test(s.text.replace(/\bi(?:'d| had)?\s+\w+\s*$/, '')),
  },
  {
    keys: keys('replacing|repaying|reimbursing|refunding|covering'),
    re: /\b(?<s>i(?:'m| am)\s+(?:(?:also|already|now|going to be|currently)\s+)?(?:replacing (?:your|ya|the|it|them|that|every|all)|repaying|reimbursing|refunding (?:you|ya|the|your|it|every|all)|covering (?:the|your|all the|every) (?:costs?|bills?|repairs|damage|\w+ bill))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m) => !NOT_FOR_THEM.test(m[0]),
  },
  {
    keys: keys('foot|costs|cost'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:foot|pick up|take on)\s+(?:the|all the|every|any)\s+(?:bill|bills|costs?)\b(?:\s+[^\s,.;:!?]+){0,4}|\b(?:whatever|however much|no matter (?:what|how much))\s+(?:it|that|the \w+|they|this)\s+costs?\b[^.!?]{0,20}?\bi(?:'ll| will)\s+(?:pay|cover|sort)\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: (m) => !NOT_FOR_THEM.test(m[0]),
  },
  // "I have begun to repay what I owe you", "I'll reimburse you for the flights"
  {
    keys: keys('repay|reimburse|refund|compensate'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:repay|reimburse|refund|compensate)\s+(?:you|ya|the|it|every|all|what|everything|that|those|your|him|her|them)\b(?:\s+[^\s,.;:!?]+){0,5})`,
      'g',
    ),
    check: (m) => !NOT_FOR_THEM.test(m[0]),
  },
  // "I am prepared to do whatever you feel would help", "I'll do anything you ask to put it right"
  {
    keys: keys('whatever|anything'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}do (?:whatever|anything)(?: at all)? (?:(?:you|ya) (?:feel|think|say|decide|believe|tell me) )?(?:would|will|might|could|can)\s+help\b(?:\s+[^\s,.;:!?]+){0,5}|${OFFER_SUBJ}do (?:whatever|anything)(?: at all)? (?:you|ya) (?:ask(?: of me)?|need me to|want me to)\s+(?:to\s+)?(?:make|put|fix|repair|help|undo)\b(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m) => !REUNION.test(m[0]),
  },
  // "I'd be grateful for the chance to make amends", "all I want is a chance to put it right"
  {
    keys: keys('chance|opportunity'),
    re: /\b(?<s>(?:chance|opportunity) to (?:make amends|make (?:this|it|things|that) right|put (?:this|it|things|that) right|make it up to (?:you|ya)|make up for (?:it|this|what i did)|repair (?:the|some of the) (?:damage|harm))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) =>
      /\bi\b|\bi'/.test(s.text) &&
      !REUNION.test(s.text) &&
      !/\b(?:you|ya) (?:never|won't|wouldn't|didn't) (?:give|let)\b|\bgive me\b|\bor (?:i'm|i am|we're|else|i'll|i will)\b/.test(
        s.text,
      ),
  },
  // asking in a question: "can I do anything to help?", "do you want me to tell your dad it was me?"
  {
    keys: keys('can'),
    re: /\b(?<s>can i (?:do|help with) (?:anything|something)(?: at all)?(?=\s*(?:[?.!]|$|to (?:help|make|fix|put|ease)|for you|at all))(?:\s+[^\s,.;:!?]+){0,4})/g,
    question: true,
  },
  {
    keys: keys('want|like'),
    re: /\b(?<s>(?:do|would) (?:you|ya) (?:want|like) me to (?:pay (?:for|you|back|it)|replace|fix|cover|explain (?:it|everything|what happened|what i did)|answer|delete|take (?:it|them|that|those|the \w+) down|take down|return|give (?:you|it|them|back|the)|move out|stay (?:at|with) (?:my|a|his|her|their|[\w]+'s)|apologi[sz]e to|sort out)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    question: true,
    check: (m, s) =>
      !NOT_FOR_THEM.test(m[0]) && !/\b(?:again|or something|or what|every day|for breathing)\b/.test(s.text),
  },
  // getting back what they lost through the writer: "I got your ring back from the pawn shop"
  {
    keys: keys('get|got|buy|bought|win|won'),
    re: new RegExp(
      raw`(?<s>(?:${OFFER_SUBJ}(?:get|buy|win)|${DONE_SUBJ}(?:got|bought|won))\s+(?:it|them|the \w+|your \w+(?: \w+)?)\s+back\b(?:\s+[^\s,.;:!?]+){0,5})`,
      'g',
    ),
    check: (m, s) =>
      subjectOk(m, s) &&
      (/\byour\b|\bfor (?:you|ya)\b|\bto (?:you|ya)\b/.test(m[0]) || /\bpawn\b/.test(s.text)) &&
      !/\b(?:money|deposit|cash)\b/.test(m[0]) &&
      !REUNION.test(s.text),
  },
  // taking back what hurt them in public: "I'll withdraw the complaint", "I'll post an apology in the group"
  {
    keys: keys(
      'withdraw|withdrawn|withdrew|drop|dropped|retract|retracted|apologise|apologize|publicly|apology|correction|retraction|sign|signed',
    ),
    re: new RegExp(
      raw`(?<s>(?:${OFFER_SUBJ}(?:withdraw|drop|retract|take back|delete|take down)|${DONE_SUBJ}(?:withdrawn|withdrew|dropped|retracted|taken back|took back))\s+(?:the|my|that|those|all the|every|all my|each)\s+(?:\w+\s+)?(?:complaints?|reports?|allegations?|claims?|accusations?|statements?|charges?|reviews?|restraining order|case)\b(?:\s+[^\s,.;:!?]+){0,4}|${OFFER_SUBJ}(?:post|put up|write|make|publish|send)\s+(?:a|an)\s+(?:public\s+|proper\s+|full\s+)?(?:apology|correction|retraction)\b(?:\s+[^\s,.;:!?]+){0,4}|${OFFER_SUBJ}apologi[sz]e\s+(?:publicly|in public|in front of (?:everyone|them|your \w+|the \w+))\b(?:\s+[^\s,.;:!?]+){0,3}|${OFFER_SUBJ}sign\s+(?:the \w+|it|my share|my half|the \w+ \w+)\s+over to (?:you|ya)\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: subjectOk,
  },
  // "I'm determined to make it right", "I've decided to make amends"
  {
    keys: keys('right|amends'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:(?:make|put|set) (?:it|this|things|that|everything|it all) right|make (?:proper |real |full )?amends)\b(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (_m, s) => !REUNION.test(s.text),
  },
  // "can I pay for the damage?", "can I help?"
  {
    keys: keys('can'),
    re: /\b(?<s>can i (?:please\s+)?(?:pay for|replace|fix|cover|make (?:it|this|that) up to (?:you|ya)|make amends|make (?:this|it|things|that) right|help (?:with|in any way)|help\b(?=\s*[?.!]|$))(?:\s+[^\s,.;:!?]+){0,4})/g,
    question: true,
    check: (m, s) => !NOT_FOR_THEM.test(m[0]) && !fixesAThing(m[0]) && !refusedAfter(s, m),
  },
  // "whatever you need, name it"
  {
    keys: keys('name'),
    re: /\b(?<s>(?:just\s+)?name it)\b(?!\s+(?:after|for|something|\w+ing))/g,
    check: (_m, s) => /\b(?:whatever|anything|what you need|what would help)\b/.test(s.text),
  },
  // going to them with the apology: "I'm going to call your mum and apologise", "I rang each of them and owned up"
  {
    keys: keys(
      'call|called|ring|rang|phone|phoned|text|texted|message|messaged|visit|visited|see|saw|email|emailed|write|wrote',
    ),
    re: new RegExp(
      raw`(?<s>(?:${OFFER_SUBJ}(?:call|ring|phone|text|message|write to|visit|go (?:and )?see|go round to|email|see)|${DONE_SUBJ}(?:called|rang|phoned|texted|messaged|wrote to|written to|visited|went (?:and )?saw|went round to|emailed|saw))\s+(?:your|ya|them|him|her|each|every|all|everyone|the|\w+)(?:\s+[\w']+){0,3}?\s+(?:to|and)\s+(?:apologi[sz]e|apologi[sz]ed|say sorry|said sorry|tell (?:her|him|them) the truth|told (?:her|him|them) the truth|own up|owned up|come clean|came clean)\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: (m, s) =>
      subjectOk(m, s) &&
      !/\b(?:my|me)\b|\blate\b/.test(
        m[0].replace(
          /^.*?\b(?:call|ring|phone|text|message|write to|visit|see|email|called|rang|phoned|texted|messaged|wrote to|written to|visited|saw|emailed)\b/,
          '',
        ),
      ),
  },
  // the mess the writer made: "I'll clean up the mess I made in the garden"
  {
    keys: keys('mess'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:clean|tidy|sort|fix|clear)\s+(?:up\s+|out\s+)?(?:the |this |my |all the |all this |that )?mess(?:\s+(?:that\s+)?i (?:made|left|caused|created))?(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m) => /\bmess i\b|\bmy mess\b/.test(m[0]),
  },
  // putting the truth right with others: "I'll tell your sister it was me", "I will let your parents know the rumour came from me"
  {
    keys: keys(
      'tell|let|sure|write|email|message|text|call|ring|phone|explain|admit|confess|own|come|speak|talk|post|told|made|written|wrote|emailed|messaged|texted|called|rang|rung|phoned|explained|admitted|confessed|owned|came|spoken|spoke|talked|posted',
    ),
    re: new RegExp(
      raw`(?<s>(?:${OFFER_SUBJ}${REPORT}|${DONE_SUBJ}${REPORTED})\s+(?<r>(?:[\w']+\s+){0,5}?)(?:knows?\s+|hears?\s+|and (?:say|tell them|explain)\s+)?(?:that\s+)?${TRUTH})`,
      'g',
    ),
    check: (m, s) => {
      if (!subjectOk(m, s)) return false;
      const r = m.groups?.r ?? '';
      // the truth told to the recipient themselves is another pattern; "I told you it was me" is a report
      if (/^(?:you|ya)\b/.test(r)) return false;
      // "the story was made up by you", "it was a lie you told": the blame put on them
      return !/^\s*(?:by|from) (?:you|ya|him|her|them)\b|^\s+(?:you|ya) (?:told|said|made|started|spread)\b/.test(
        s.text.slice(m.index + m[0].length),
      );
    },
  },
  {
    keys: keys('want|like'),
    re: new RegExp(
      raw`\b(?<s>(?:do|would) (?:you|ya) (?:want|like) me to ${REPORT}\s+(?<r>(?:[\w']+\s+){0,5}?)(?:know\s+|knows\s+)?(?:that\s+)?${TRUTH})`,
      'g',
    ),
    question: true,
    check: (m) => !/^(?:you|ya)\b/.test(m.groups?.r ?? ''),
  },
  // answering anything: "any question you have, I'll answer it honestly", "whatever you ask, I'll tell you"
  {
    keys: keys('question|questions'),
    re: /\b(?<s>(?:any|every|each|all (?:the|your|of your)|whatever)\s+questions?\s+(?:(?:you|ya)\s+(?:still\s+|might\s+|may\s+)?(?:have|ask|want to ask|'ve got|got|want answered)\s+|at all\s+|about (?:that night|what (?:happened|i did)|it|this|any of it|us|me|her|him|them|the \w+ i \w+)\s+)?(?:\w+\s+)?,?\s*(?:just\s+)?(?:ask,?\s+(?:and\s+)?)?i(?:'ll| will| can|'m happy to| am happy to|'d| would|'m going to| am going to)\s+(?:\w+\s+)?answer\b(?:\s+[^\s,.;:!?]+){0,3})/g,
    question: true,
  },
  {
    keys: keys('answer'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}answer\s+(?:it|them|that|those|these|you|it all|all of it|all of them|them all|every one|each one|each of them)\s+(?:honestly|truthfully|openly|straight|fully|properly|completely)\b)`,
      'g',
    ),
    question: true,
  },
  {
    keys: keys('ask'),
    re: /\b(?<s>(?:anything|whatever|everything|any question)\s+(?:you|ya)\s+(?:ask|ask me|want to ask|wanna ask|need to ask)\b)/g,
    check: (_m, s) => /\b(?:i'll|i will|i can|answer|tell you|truth|honest)\b/.test(s.text),
  },
  {
    keys: keys('book'),
    re: /\b(?<s>i(?:'m| am|'ll be| will be)\s+(?:\w+\s+)?an open book\b(?:\s+[^\s,.;:!?]+){0,3})/g,
  },
  // asking how to make it right: "how do I make this right?", "lmk what i can do", "what do I need to do to fix this?"
  {
    keys: keys('how'),
    re: /\b(?<s>how (?:do|would|will|can|could|should|might) i (?:ever\s+|possibly\s+|even\s+|begin to\s+|start to\s+)?(?:make (?:this|it|that|things|this all|it all|any of this|any of it) (?:up|right|better|okay|ok)|make (?:it|this|that|any of this) up to (?:you|ya)|make amends|fix (?:this|it|that|things|what i)|repair|put (?:this|it|things|that) right|undo|earn|rebuild|win back|regain|mend|help)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    question: true,
    check: (m, s) =>
      !/\b(?:without|now that|ever again)\b/.test(m[0]) && !fixesAThing(m[0]) && !refusedAfter(s, m),
  },
  {
    keys: keys('what'),
    re: /\b(?<s>what (?:do|would|will|should|can) i (?:need to |have to |possibly |even )?do to (?:make|fix|earn|win|rebuild|put|repair|help|regain|mend|undo|start)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    question: true,
    check: (m) => !REUNION.test(m[0]),
  },
  {
    keys: keys('lmk'),
    re: /\b(?<s>lmk (?:what|how|if)\b[^.!?]{0,30}?\b(?:i can|i could|would help|might help|(?:you|ya) need|from me|to (?:fix|make|help|do))\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    question: true,
  },
  {
    keys: keys('anything|whatever'),
    re: /\b(?<s>(?:whatever|anything)\s+(?:at all\s+)?(?:you|ya)\s+need(?:\s+from me)?,?\s+(?:just\s+)?(?:say|ask|tell me|let me know|lmk|shout|text me|call me|i'm here|i am here|it's yours)\b)/g,
  },
  {
    keys: keys('tell|let'),
    re: /\b(?<s>(?:tell|let) me (?:know )?(?:how|what) (?:(?:i|we) (?:can|could|should) )?(?:to )?(?:fix|make (?:this|it|things|that|it all) (?:right|up to you|better|easier)|repair|put (?:this|it|things) right|make amends|make up for|help)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    question: true,
    check: (m) => !fixesAThing(m[0]),
  },
  // earning trust back: "I'm ready to do the work to earn back your trust", "I know I have to earn your trust back, and I will"
  {
    keys: keys('trust'),
    re: /\b(?<s>i\b[^.!?]{0,50}?\b(?:earn|earning|win|winning|gain|gaining|regain|regaining|rebuild|rebuilding|get|getting)\s+(?:back\s+)?(?:your|ya)\s+trust(?:\s+back)?\b(?:\s+[^\s,.;:!?]+){0,3})/g,
    check: (m, s) =>
      !/\b(?:never|not|no|can't|cannot|won't|don't|couldn't|wouldn't|impossible|hope|try|trying|tried|maybe|might|wish|if|unless|how|doubt|any chance|you)\b|n't\b/.test(
        m[0].replace(/(?:\s+[^\s,.;:!?]+){0,3}$/, ''),
      ) && !REUNION.test(s.text),
  },
  {
    keys: keys('work'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}(?:do|put in|put)\s+(?:the|all the|whatever|the hard|the real|in the)\s*(?:hard\s+)?work\b[^.!?]{0,50}?\b(?:trust|right|amends|make it up|make this up|repair|fix (?:this|it|what)|whatever it takes|as long as it takes|however long)\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: (m) => !REUNION.test(m[0]),
  },
  {
    keys: keys('takes'),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}do whatever it takes\s+to\s+(?:make (?:this|it|things|that) (?:right|up to you)|fix (?:this|it|what i)|repair|put (?:this|it|things) right|make amends|earn|rebuild|regain|make up for|help you)\b(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m) => !REUNION.test(m[0]),
  },
  // making room for them: "I'll pick up my stuff while you're at work, so you don't have to see me"
  {
    keys: keys(
      'space|peace|room|privacy|house|flat|place|apartment|home|car|kids|see|face|around|worry|explain|carry|handle|cover',
    ),
    re: new RegExp(
      raw`(?<s>${OFFER_SUBJ}[^.!?]{3,70}?\bso (?:that )?(?:you|ya)\s+(?:(?:don't|won't|do not|will not|never|wouldn't|don't ever)\s+(?:have|need) to (?:see|face|deal with|run into|bump into|be around|hear from|worry about|pay|explain|carry|handle|cover)|(?:can\s+)?have (?:some |the |your |a bit of |more )?(?:space|peace|room|privacy|time to yourself|the (?:house|flat|place|apartment|home|car|kids))|(?:can\s+)?(?:get|keep) (?:the|your) (?:house|flat|place|apartment|home|car|space))\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: (m, s) =>
      !REUNION.test(s.text) && !/\b(?:talk|meet|see you|come (?:round|over|by)|call you)\b/.test(m[0]),
  },
  // leaving the choice to them: "if you want me to pay you back, or explain anything, just say"
  {
    keys: keys('if'),
    re: /\b(?<s>if (?:you|ya)(?:'d|\s+would)?\s+(?:ever\s+)?(?:want|like|need|prefer|wish)\s+me to (?:pay|repay|give|return|replace|fix|cover|explain|answer|tell|delete|take (?:it|them|that|those|the \w+) down|take down|apologi[sz]e|speak to|write to|move out|send (?:back|the money|you)|hand back|sort out|correct|own up|come clean)\b[^.!?]{0,60}?(?:\bjust (?:say|ask|tell me|let me know|say the word|text|message)|\blet me know|\btell me|\bsay the word|\bi(?:'ll| will|'d| would| can)\b)(?:\s+[^\s,.;:!?]+){0,3})/g,
    condition: false,
    check: (m, s) =>
      !REUNION.test(s.text) && !/\bif (?:you|ya) (?:\w+\s+){0,2}(?:back|forgive)\b/.test(s.text),
  },
  // their name cleared: "I have gone to the bank to remove your name as guarantor"
  {
    keys: keys('name'),
    re: /\b(?<s>(?:remove|removed|removing|take|took|taken|get|got|getting|have|had)\s+(?:your|ya) name (?:off|from|out of|removed|taken off|as (?:a\s+)?(?:guarantor|co-?signer|joint|account|borrower|owner|holder))(?:\s+[^\s,.;:!?]+){0,4}|(?:clear|clearing|cleared) (?:your|ya) name\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (m, s) =>
      writerIsSubject(s, m.index) || /^\W*(?:to |and )/.test(s.text.slice(Math.max(0, m.index - 4), m.index)),
  },
  // their money given back to them: "I've opened an account in your name with half of the savings"
  {
    keys: keys('account'),
    re: /\b(?<s>(?:i(?:'ve| have)?|and(?: have)?)\s+(?:already\s+|now\s+|also\s+)?(?:opened|set up|started|made) (?:a|an|the)\s+(?:\w+\s+){0,2}?(?:account|fund|pot|isa) (?:in|under) (?:your|ya) (?:own\s+|sole\s+)?name\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    check: subjectOk,
  },
  // others asked to delete: "I messaged each of them to delete it"
  {
    keys: keys('asked|messaged|texted|told|emailed|got'),
    re: new RegExp(
      raw`(?<s>${DONE_SUBJ}(?:asked|messaged|texted|told|emailed|got|begged)\s+(?:[\w']+\s+){1,4}?to (?:delete|take (?:it|them|that|those|the \w+) down|take down|remove|return|give (?:it|them|\w+) back|pay (?:you\s+)?back|apologi[sz]e to (?:you|ya))\b(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: subjectOk,
  },
  // asked for it to be undone: "I've asked for every one of them to be taken down"
  {
    keys: keys('asked|requested'),
    re: new RegExp(
      raw`(?<s>${DONE_SUBJ}(?:asked|requested)\s+(?:for|that)\s+(?:[\w']+\s+){0,5}?(?:to\s+)?be\s+(?:taken down|removed|deleted|withdrawn|corrected|retracted|returned|refunded|paid back)\b(?:\s+[^\s,.;:!?]+){0,3})`,
      'g',
    ),
    check: subjectOk,
  },
  // a thing done so they are spared: "I've paid next month's rent so you have time", "moved my things out so you don't have to see me"
  {
    keys: keys('so'),
    re: new RegExp(
      raw`(?<s>${DONE_SUBJ}(?:paid|covered|arranged|sorted|sorted out|moved|set up|cleared|taken care of|took care of|put)\b[^.!?]{3,60}?\bso (?:that )?(?:you|ya)\s+(?:(?:don't|won't|do not|will not|never|wouldn't|needn't)\s+(?:have|need|ever have) to|have|can|get|aren't|are not)\b(?:\s+[^\s,.;:!?]+){0,4})`,
      'g',
    ),
    check: (m, s) =>
      subjectOk(m, s) &&
      !REUNION.test(s.text) &&
      !/\b(?:talk|meet|see (?:me|us|you)|come (?:round|over|by|back|home)|call me|text me|reply|answer|(?:pick|drive|help|lend|pay|give|get|bring|take|visit|join|meet) me)\b/.test(
        m[0].replace(
          /^.*?\bso (?:that )?(?:you|ya)\s+(?:(?:don't|won't|do not|will not|never|wouldn't|needn't)\s+(?:have|need|ever have) to)?/,
          '',
        ),
      ),
  },
];

/** Where a pattern that opens with the writer as subject can start. */
const SUBJ_ANCHOR = /^|\b(?:i|let|lemme|and|payment|repayment|standing|direct|arrangement|schedule)\b/g;

/**
 * The patterns; those that open with the writer as subject are tried only where a subject starts
 * (a sticky regex at the anchor's places), since large alternations run slowly when scanned whole.
 */
export const MORE: readonly KeyedPattern[] = RAW.map((p) =>
  p.re.source.startsWith('(?<s>') ? { ...p, re: new RegExp(p.re.source, 'y'), anchor: SUBJ_ANCHOR } : p,
);

/** Opens the rule on a sentence holding any key of the patterns above (each key once, first seen first). */
export const MORE_GATE = new RegExp(raw`\b(?:${[...new Set(MORE.flatMap((p) => [...p.keys]))].join('|')})\b`);
