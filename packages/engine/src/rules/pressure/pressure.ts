/**
 * `pressure`: the draft pushes the recipient to answer, forgive, meet or decide on the writer's
 * terms — demands, deadlines, ultimatums, guilt-trips, complaints about their silence or screen,
 * persuasion through others, persistence. Soft invitations ("can we talk sometime?", "if you ever
 * want to talk, I'm here") are not pressure (LABELS decision 5); self-harm or threats used as
 * leverage are (decision 3).
 *
 * Patterns are compositional (who + what verb class + what object) over small word classes in
 * `pressure.list.ts`, and every hit passes the guards for negation, quoted or reported speech and
 * the writer quoting their own past words (decision 11).
 */
import type { Sentence } from '../../analysis.js';
import { isRepeatedSpeech, negatedBefore } from '../../guards.js';
import { forEachMatch, type Hit, type Rule, type RuleContext } from '../../rule.js';
import { matches, possible } from '../../scan.js';
import { selfHarm } from '../safety/self-harm.js';
import { threat } from '../safety/threat.js';
import { FAMILY_GATE, FAMILY_PATTERNS, LOGISTICS } from './pressure.families.js';
import {
  CLAIM,
  CONSEQUENCE,
  CONTACT,
  DEADLINE,
  DEMANDED,
  NUM,
  OBLIGE,
  OTHERS,
  OWED_ACT,
  raw,
} from './pressure.list.js';

type Form =
  | 'demand'
  | 'deadline'
  | 'ultimatum'
  | 'guilt'
  | 'silence'
  | 'watching'
  | 'others'
  | 'persist'
  | 'hurry'
  | 'plea';

export interface Pattern {
  form: Form;
  re: RegExp;
  /** The pattern itself contains its negation ("don't leave me hanging"): skip the negation guard. */
  negationInside?: boolean;
  /** Skip when the sentence leaves the choice to them ("if you want", "whenever you can"). */
  softAware?: boolean;
  /** Skip when the sentence accepts their silence ("I know you saw it and that's okay"). */
  acceptAware?: boolean;
  /** A cheap test that every match passes; the pattern is skipped where it fails. */
  key?: RegExp;
  /** Only in a question ("You think you can just block me?"). */
  questionOnly?: boolean;
  /** Skip when the writer apologises for or stops the behaviour in the same sentence ("I've been calling all day, I'm sorry, I'll stop"). */
  stopAware?: boolean;
  /** Skip when the sentence is about practical arrangements ("let me know by Friday about the pickup"). */
  logisticsAware?: boolean;
  /** Skip when the sentence is marked as a joke ("I'll kill you if you spoil the finale 😂"). */
  jokeAware?: boolean;
}

const VOICE: Record<Form, { reason: string; suggestion: string }> = {
  demand: {
    reason: 'Telling them what they have to do can make a reply or forgiveness feel owed rather than chosen.',
    suggestion:
      "Say what you hope for and leave the choice with them: 'If you're ever willing to talk, I'd like that.'",
  },
  deadline: {
    reason: 'A deadline can make a reply feel owed rather than chosen.',
    suggestion: "Leave the timing to them: 'If and when you want to answer, I'm here.'",
  },
  ultimatum: {
    reason: 'An "or else" turns a request into a consequence, which leaves them no free choice.',
    suggestion:
      'Take out the condition and what follows it. If you are in a dark place, reach out to someone you trust tonight.',
  },
  guilt: {
    reason: 'Pointing to what you have given or are owed can read as a debt they must repay.',
    suggestion:
      'Leave out what they owe you; say what you are sorry for and let them decide what happens next.',
  },
  silence: {
    reason: 'Complaining about their silence pushes for a reply they may not be ready to give.',
    suggestion: "Let their silence stand for now: 'No need to reply. I'm here if that ever changes.'",
  },
  watching: {
    reason: 'Mentioning that you can see their screen or activity can feel like being watched.',
    suggestion: "Leave out what you noticed online, and leave the reply to them: 'No need to answer this.'",
  },
  others: {
    reason: 'Bringing in what others think adds voices to the pressure on them.',
    suggestion: 'Speak only for yourself and leave other people’s opinions out of it.',
  },
  persist: {
    reason: 'Saying you will keep writing or turn up takes the choice about contact away from them.',
    suggestion: "Let them choose the contact: 'I won't message again unless you reach out.'",
  },
  hurry: {
    reason: 'Asking them to move on or forgive now puts their healing on your timetable.',
    suggestion: "Leave forgiveness and timing to them: 'Whether and when you forgive me is yours to decide.'",
  },
  plea: {
    reason: 'Pressing for even a small reply can make it feel owed rather than chosen.',
    suggestion: "Say it once and let it rest: 'If you ever want to answer, I'd be glad to hear from you.'",
  },
};

const YOU = raw`(?:you|ya)`;
const ADV = raw`(?:(?:really|just|seriously|honestly|still|definitely|at least|at some point|now|finally|eventually|simply|all)\s+){0,2}`;
/** Where an imperative can start: sentence or clause start, or after a softener or linker. */
const IMP = raw`(?:^|[,;:]\s*|\b(?:please|pls|just|so|now|ok|okay|and|then|but|though|for once|for god's sake|seriously|honestly|lol)\s+)`;
/** Someone requiring something: "I need", "you have to", "we ought to", "I'd appreciate". */
const DEADLINE_FRAME = raw`\b(?:(?:i|we)(?: would| must)? ask (?:that )?(?:you|ya) (?:to )?|i trust (?:you|ya)(?:'ll| will) |i look forward to (?:hearing from you|your|a|an)\s*(?:\w+\s+)?|(?:i|we)(?:'d| would| do| really| just| still|'ll)?\s+(?:really\s+|just\s+|do\s+|still\s+)?(?:need|want|expect|must have|appreciate|like|love)\s+(?:you\s+to\s+|to\s+|an?\s+|your\s+|some\s+)?|${YOU}\s+(?:really\s+|just\s+)?(?:need to|have to|must|should|better|ought to)\s+(?:at least\s+|just\s+)?|(?:i|we)\s+(?:really\s+)?(?:need to|have to|must|should|ought to)\s+(?!decide\b|make up\b|make a decision\b|confirm\b)(?:\w+\s+){0,1}?)`;
/** What an imperative with a deadline asks for. */
const ASKED = raw`(?:answer|reply|respond|call me|call me back|ring me|phone me|text me back|get back to me|decide|make up your mind|confirm|let me know (?:if|whether) you)`;
const CONDITION = raw`if ${YOU}\s+(?:just\s+|really\s+|ever\s+|even\s+)?(?:(?:don't|do not|won't|will not|can't|cannot|not|never|refuse to|keep|carry on|continue to|still)\s+(?:\w+\s+){0,1}?(?:answer|reply|respond|call|text|pick up|come|talk|meet|see|give|forgive|take|unblock|get back|ignoring|blocking|avoiding|speak|let)|(?:leave|go|go through with|walk away|walk out|block|ignore|get back with|go back to|move on|date|choose|end (?:this|it|things|us)|say no|see him|see her|get back w)|(?:'re| are)? not (?:in my life|with me|coming back|around|here|mine))\b`;

const P = (form: Form, source: string, extra: Omit<Pattern, 'form' | 're'> = {}): Pattern => ({
  form,
  re: new RegExp(source, 'g'),
  ...extra,
});

const PATTERNS: readonly Pattern[] = [
  // Demands: the recipient "has to" answer, forgive, hear them out, let it go.
  P(
    'demand',
    raw`\b(?:${YOU}|your)(?:'ve|'ll| will|'re going to| are going to|'re| are| r)?\s+${ADV}${OBLIGE}\s+${ADV}${OWED_ACT}`,
  ),
  P(
    'demand',
    raw`\bi\s+(?:really\s+|just\s+|desperately\s+)?need\s+${YOU}\s+(?:to\s+(?:just\s+)?(?:answer|reply|respond|forgive|call|ring|text|talk|hear|listen|meet|see|come|give|take me back|pick up|tell me|decide|let|be there|trust)|(?:back|there|here|home|right now)\b)`,
  ),
  P(
    'demand',
    raw`\bi\s+(?:really\s+|just\s+|desperately\s+)?need\s+(?:an?|your|some)\s+(?:answer|reply|response|explanation|decision)\b|\bi\s+(?:really\s+|just\s+)?need\s+to\s+hear\s+from\s+${YOU}\b`,
  ),
  P('demand', raw`\b(?:the|that) ball(?:'s| is)\s+in your court\b`),
  P('demand', raw`\b(?:the only way|the only thing)\b[^.?!]{0,40}?\bis (?:for ${YOU} to|if ${YOU})\b`),
  P(
    'demand',
    raw`\bwe\s+(?:really\s+)?(?:need to|have to|must|'ve got to|got to)\s+(?:talk|speak|sit down|sort (?:this|it|things) out|clear the air)(?=\s*(?:[^\w\s]|$|about (?:us|this|what|that|it)|properly|face to face|in person))`,
  ),
  P(
    'demand',
    raw`${IMP}(?:just\s+)?(?:answer me|answer (?:my|the) (?:calls?|texts?|messages?|phone|door)|reply to me|respond to me|talk to me|speak to me|pick up (?:the|your|ur) (?:\w+ )?phone|pick up when i call|unblock me|text me back|write back to me|get back to me|stop ignoring me)\b`,
    { softAware: true },
  ),
  P(
    'demand',
    raw`\b(?:please|pls)\s+(?:please\s+)?just\s+(?:answer|reply|respond|call|ring|text|pick up|talk|speak|tell me|see me|meet|come|give me|let me|forgive)\b`,
    { softAware: true },
  ),
  P('demand', raw`\b(?:i(?:'m| am)\s+)?begging\s+${YOU}\s+to\b|\bi(?:'m| am) begging ${YOU}\b`),
  // Deadlines on an answer, a decision or contact.
  P('deadline', raw`${DEADLINE_FRAME}${DEMANDED}\b[^.?!]{0,40}?\b${DEADLINE}(?![\w'])`, {
    softAware: true,
    logisticsAware: true,
  }),
  P(
    'deadline',
    raw`${IMP}(?:kindly\s+|please\s+|pls\s+|just\s+)*${ASKED}\b[^.?!]{0,40}?\b${DEADLINE}(?![\w'])`,
    { softAware: true, logisticsAware: true },
  ),
  P(
    'deadline',
    raw`\b(?:ideally|preferably|hopefully|at the latest|latest|but)\s+(?:by|before)\s+(?:tonight|tomorrow|today|the weekend|the end of|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`,
  ),
  P('deadline', raw`\b(?:but|just)\s+(?:like\s+)?not too (?:much time|long)\b`),
  P(
    'deadline',
    raw`\bi(?:'ve| have)?\s+(?:already\s+)?booked\s+(?:us|a table|the table|a room|tickets|(?:a |the )?(?:marriage|couples|joint)|(?:\w+\s+){0,3}for (?:us|both of us|the two of us))|\balready booked\b`,
  ),
  // Ultimatums and leverage: do this, or else.
  P('ultimatum', raw`\b${CONTACT}\b[^.?!]{0,60}?,?\s+or\s+(?:else\b|${CONSEQUENCE})`),
  P('ultimatum', raw`\b${CONDITION}[^.?!]{0,60}?${CONSEQUENCE}`),
  P('ultimatum', raw`${CONSEQUENCE}[^.?!]{0,40}?\b${CONDITION}`),
  P('ultimatum', raw`\beither ${YOU}\b[^.?!]{0,80}?\bor\b`),
  P(
    'ultimatum',
    raw`\b(?:keep|go ahead and|carry on|try)\s+(?:ignoring|blanking|ghosting|blocking|avoiding)\s+me\b|\b(?:block|ignore|ghost|blank|avoid)\s+me\s+(?:again|one more time|once more)\b`,
  ),
  P('ultimatum', raw`\b(?:you're|you are) leaving me no (?:choice|option)\b`),
  // Guilt-trips: what the writer gave, is owed, has earned.
  P(
    'guilt',
    raw`\bafter (?:everything|all|all (?:that|this|the things|the stuff))(?: that)?\s+(?:i've|i have|i|we've|we have)\s+(?:done for|did for|given|gave|paid|put into|put in|sacrificed|spent on|invested|been through for|forgiven|been patient)`,
  ),
  P(
    'guilt',
    raw`\bafter (?:everything|all (?:that|this|we've been through|we had|these years|those years))\s*\?`,
  ),
  P(
    'guilt',
    raw`\bafter (?:${NUM}|all (?:these|those)) (?:\w+\s)?(?:years|yrs|months)(?: of (?:me|my|marriage|us))?\s*(?:\?|$|of me|of my)`,
  ),
  P(
    'guilt',
    raw`\b${YOU}(?:\s+(?:still|really|definitely|honestly|kind of|kinda|at least|literally))? owe (?:me|it to me|us)\b(?!\s+(?:nothing|no\b|not a thing|half|money|the money|for (?:the|half)|£|\$|\d|(?:the|that|my) (?:rent|deposit|bill|tenner|fiver)|(?:a|one) (?:tenner|fiver|drink|pint|coffee)))|\bi(?:'m| am) owed\b`,
  ),
  P(
    'guilt',
    raw`(?:^|\b(?:i|i really|i think i|i feel i|i still|i at least|don't i|surely i|i surely)\s)deserve\s+${CLAIM}|\bdon't i deserve\b`,
  ),
  P(
    'guilt',
    raw`\b(?:i(?:'ve| have)?|i think i(?:'ve)?|i feel (?:like )?i(?:'ve)?)\s+(?:more than |surely |definitely |at least )?earned\s+(?:${CLAIM}|your|it|the right|a (?:second|2nd|fresh))`,
  ),
  P(
    'guilt',
    raw`\b(?:the (?:very )?least ${YOU} (?:could|can|should|would)(?: do)?|${YOU} could at least|${YOU} could have the decency|(?:is that|is it|is this) (?:really )?(?:too much|so much) to ask|how hard is it to|a (?:reply|response|answer|call back|text back) would be (?:nice|good|great|the least))\b`,
  ),
  P(
    'guilt',
    raw`\b(?:if ${YOU} (?:ever |really |truly |still |even |actually |genuinely |honestly )?(?:loved|cared|love|care|respected|valued)(?:(?: about| for)? me)?(?: at all| even a little)?\b[^.?!]{0,50}?\b(?:you'd|you would|you will|you'll|ud)\b|unless ${YOU} (?:even |still )?(?:care|love|cared|loved)\b)`,
  ),
  P('guilt', raw`\b(?:is this|this is|that's|thats) how ${YOU} (?:repay|treat|thank)\b`),
  P(
    'guilt',
    raw`\bi(?:'ve| have)?\s+(?:already\s+|now\s+)?apologi[sz]ed(?:\s+(?:for|about)\s+[^.?!,]{0,40}?)?\s+(?:${NUM}\s+times|more (?:times )?than|again and again|over and over|so much|enough|twice|countless times|a (?:hundred|million|thousand) times|like \d+ times)|\bhow many more (?:times|apologies|do you)\b|\bwhat (?:more|else) do you want (?:from me|me to)\b|\bkeep apologi[sz]ing forever\b`,
  ),
  P(
    'guilt',
    raw`\bi(?:'ve| have)\s+(?:been (?:so |very |more than )?(?:patient|fair|understanding)|done everything)\b|\b(?:that's|thats|that is|been|had|given you)\s+(?:more than )?enough (?:time|space)\b|\bhow (?:much|long) (?:more )?(?:time|space) do (?:you|ya) need\b`,
  ),
  P(
    'guilt',
    raw`\b(?:can't|cannot|won't be able to|can not)\s+(?:just\s+)?(?:punish|ignore|avoid|hate|stay mad at|be mad at|stay angry (?:at|with)|be angry (?:at|with)|shut me out|freeze me out|keep me (?:out|away|waiting|blocked)|hold (?:it|this|that) against)\s*(?:me\s+)?forever\b`,
  ),
  P(
    'guilt',
    raw`\b(?:(?:${YOU}(?:'re| are)|your)?|your)\s+(?:really\s+)?(?:going to\s+)?throw(?:ing)?\s+(?:away\s+)?(?:${NUM}\s+(?:years|yrs|months)|everything|it all|us|what we had|this)\b`,
  ),
  P(
    'guilt',
    raw`\b(?:don't|do not|please don't)\s+(?:leave me hanging|make (?:\w+\s+){0,3}?wait|keep me waiting|let me down|shut me out|give up on (?:me|us)|throw (?:this|us|it) away)\b`,
    { negationInside: true },
  ),
  P(
    'guilt',
    raw`\bcan't (?:keep waiting|wait (?:any longer|forever|much longer)|keep living in limbo)\b|\blimbo\b`,
    {
      negationInside: true,
    },
  ),
  P(
    'guilt',
    raw`\b${YOU} think ${YOU} can (?:just )?(?:block|cut me off|ignore|ghost)`,

    { questionOnly: true },
  ),
  P(
    'guilt',
    raw`\b(?:and|but|yet)\s+${YOU} can't (?:even |at least |be bothered to )?(?:give me|say|answer|reply|text|pick up|spare|send|write|call|respond|tell me|talk to me)|\b${YOU} can't even (?:give me|say|answer|reply|text|pick up|spare|send|write|call|respond|tell me|talk to me|look at me)`,
    { negationInside: true },
  ),
  // Complaints about their silence.
  P(
    'silence',
    raw`\bwhy\s+(?:(?:are|r|is|do|does|did|have|would|won't|don't|can't|aren't|haven't|wouldn't)\s+)?${YOU}\s+(?:(?:are|r)\s+)?(?:still\s+|even\s+|just\s+|keep\s+|always\s+)*(?:ignoring|ignore|avoiding|avoid|blanking|ghosting|ghost|blocking|blocked|block|dodging|shutting me out|left me on|leave me on)\b`,
    { negationInside: true },
  ),
  P(
    'silence',
    raw`\bwhy\s+(?:(?:won't|don't|can't|aren't|haven't|wouldn't)\s+${YOU}|(?:will|do|are|r|is)?\s*${YOU}\s+(?:(?:are|r)\s+)?(?:not|never))\s+(?:just\s+|even\s+)?(?:answer|answering|reply|replying|respond|responding|talk|talking|text|texting|call|calling|pick|picking|get|getting back|write|writing|speak|speaking|message|messaging|unblock|see me|let me|give me|give us|hear me out|listen)\b`,
    { negationInside: true },
  ),
  P(
    'silence',
    raw`\b(?:stop|quit)\s+(?:ignoring|avoiding|blanking|ghosting|blocking|dodging)\s+me\b|\b(?:${YOU}(?:'re| are| r)?|your)\s+(?:still |just |clearly |obviously |deliberately |really |literally )?(?:ignoring|avoiding|blanking|ghosting|dodging)\s+(?:my|me)\b`,
  ),
  P(
    'silence',
    raw`\b(?:left|leave|leaving|have|got|keep|kept|keeping)\s+me\s+on\s+(?:read|seen|delivered)\b|\bi(?:'m| am)\s+(?:just\s+)?on (?:read|seen)\b`,
  ),
  P(
    'silence',
    raw`\bstill (?:nothing|no (?:reply|answer|response|word|text))\b|\b${NUM}\s+(?:\w+\s)?(?:texts?|messages?|calls?|missed calls|voicemails?|emails?|days?|weeks?|hours?|hrs)\s+(?:and|of|but|with)\s+(?:nothing|no (?:reply|answer|response|word)|not (?:a|one) (?:word|reply)|silence)\b`,

    { logisticsAware: true },
  ),
  P(
    'silence',
    raw`\b(?:your|ur)\s+silence\s+(?:is|says|speaks|hurts|kills|'s|has been|tells|feels|makes|means)\b|\b(?:killing|torturing|punishing|hurting) me with (?:this|your|the) silence\b|\bthis silence is (?:killing|eating|torture|unbearable|driving)\b`,
  ),
  P(
    'silence',
    raw`\bit'?s been\s+(?:almost |nearly |over |like |literally |more than |a whole |an entire )?${NUM}\s+(?:\w+\s)?(?:hrs|hours|days)\s*(?:already|now|and (?:still|nothing|you|not)|of (?:nothing|silence))?\s*(?:[^\w\s]*)$`,
  ),
  P(
    'silence',
    raw`\b${YOU}\s+(?:answered|replied to|texted|messaged|called|responded to|got back to|have time for|had time for)\b[^.?!]{0,50}?\b(?:but not me|and not me|but (?:you )?(?:can't|won't|couldn't|not))\b`,
  ),
  P(
    'silence',
    raw`\bthe reason (?:why )?${YOU} (?:won't|don't|aren't|can't|haven't|stopped|are not|will not)\s+(?:\w+\s+)?(?:answer|answering|reply|replying|respond|talk|talking|text|texting|call|see|pick)`,
    { negationInside: true },
  ),
  // Watching their screen or activity.
  P(
    'watching',
    raw`\bi\s+know\s+(?:that\s+)?${YOU}(?:'re| are| r| were)\s+(?:still\s+|literally\s+)?(?:awake|online|active|typing|reading|on your phone)\b|\b(?:i\s+(?:can\s+|could\s+)?(?:see|saw|noticed|notice)|i've seen)\s+(?:that\s+)?${YOU}(?:'ve|'re| have| are| were| was| r)?\s+(?:(?:already|been|just|literally|still)\s+)?(?:read|seen|opened|online|active|awake|typing|viewed|on (?:insta|instagram|whatsapp|snap|snapchat|facebook|tiktok|twitter|your phone|here))\b`,
  ),
  P(
    'watching',
    raw`\b(?:your|ur)\s+(?:spotify|location|last seen|snap ?map|active status|status|read receipts?)\s+(?:says|shows|said|showed)\b`,
  ),
  // Recruiting others to persuade.
  P(
    'others',
    raw`\b(?:i|${OTHERS})\s+(?:all\s+|also\s+|really\s+)?(?:think|thinks|thought|say|says|said|agree|agrees|agreed|feel|feels|reckon|reckons|believe|believes|keep saying|told me)\s+(?:that\s+)?${YOU}\s+(?:should|need to|ought to|have to|must|owe)\s+(?:really\s+|just\s+)?(?:give (?:me|us|this|it|him|her)|forgive|take me back|talk to me|answer|reply|hear me out|reconsider|come back|come home|meet (?:me|up)|see me|call me|let me|unblock|owe me|me|come (?:to|with|and|back)|try again|see me)\b`,
  ),
  // Persistence and turning up.
  P(
    'persist',
    raw`\b(?:i'll|i will|i'm going to|i am going to|i'm)\s+(?:just\s+)?(?:keep|keeping|continue|carry on)\s+(?:on\s+)?(?:texting|calling|writing|messaging|ringing|emailing|coming (?:round|over|by)|turning up|showing up|knocking|trying to reach)\b[^.?!]{0,40}?\b(?:until|till|every|each|no matter|whether)\b`,
  ),
  P(
    'persist',
    raw`\b(?:not going to|won't|will not|never going to|can't|am not going to)\s+stop\s+(?:texting|calling|writing|messaging|trying|ringing|coming|asking)\b[^.?!]{0,20}?\b(?:until|till)\b`,
    { negationInside: true },
  ),
  P(
    'persist',
    raw`\bi'll (?:text|call|write|message|ring|email|check in|be in touch|come by|stop by)\s+(?:(?:to\s+)?you\s+)?(?:every|each)\s+(?:day|morning|night|evening|week|hour|single day)\b`,
  ),
  P(
    'persist',
    raw`\bi(?:'m| am)\s+(?:outside (?:your|ur)|(?:at|by) your (?:door|place|house|flat|work|office)|coming (?:over|round|around) (?:to yours|on|tonight|tomorrow|this|whether|anyway|now)|on my way (?:over|to you|to your))\b|\b(?:i'll|i will|i'm going to)\s+(?:just\s+)?(?:wait|be waiting|turn up|show up)\s+(?:outside|at your|to your|by your)\b|\bunless i hear otherwise\b`,
  ),
  // Hurrying their forgiveness or healing.
  P(
    'hurry',
    raw`\bforgive me (?:now|already|today|tonight|right now|soon|this time)\b|\b(?:(?:${YOU}(?:'re| are| r)?|your)|your)\s+(?:going to|will|'ll)\s+(?:have to\s+)?forgive me\s+(?:eventually|one day|sooner or later|in the end|someday|anyway)\b`,
  ),
  P(
    'hurry',
    raw`\b(?:(?:let's|let us)\s+(?:just\s+)?|(?:can|could|can't|why can't) we\s+(?:please\s+)?just\s+)(?:draw a line|put (?:this|it|that|all this|all of this) behind us|(?:go|get) back to (?:normal|how (?:it|we|things) (?:were|was))|forget (?:about )?(?:it|this|that|all this|the whole thing)|move on from (?:this|it)|move past (?:this|it)|start (?:over|again|fresh)|be friends|pretend)\b`,
  ),
  P('hurry', raw`${IMP}(?:just\s+)?(?:let (?:it|this|that) go|get over (?:it|this|that)|move on)\b`),
  // "Just forgive me so we can move on", "you're dragging this out"
  P('hurry', raw`${IMP}just\s+forgive\s+me\b`),
  P(
    'hurry',
    raw`\b(?:${YOU}(?:'re|\s+are|\s+keep)|stop|quit)\s+(?:just\s+)?dragging\s+(?:this|it|things|all this)\s+out\b`,
  ),
  P(
    'hurry',
    raw`${IMP}(?:just\s+)?give (?:me|us|this|it) (?:another|a second|a 2nd|one more|one last|a last|a|the) (?:chance|shot|go|try)\b|\bfor ${YOU} to give (?:me|us|this|it)\b|\btell me (?:there's|there is) (?:still )?(?:a|some|any) (?:chance|hope)\b`,
    { softAware: true },
  ),
  P(
    'hurry',
    raw`\bfor (?:your own|the (?:kids|boys|girls|children|baby)'?s?|our (?:kids|children)'?s?|everyone's) sake\b[^.?!]{0,60}?\b(?:we|you)\s+(?:need to|have to|must|should|ought to)\b|\b(?:it would|it'd|it will|it'll) do you good to (?:see|talk|meet|hear)|(?<!\b(?:if|whenever|when|wen|whn|in case|ever) )\b${YOU} (?:really )?need me\b`,
  ),
  // Pleas pressed hard.
  P(
    'plea',
    raw`\b(?:just|only|even)\s+(?:(?:one|1|a single)\s+(?:word|line|message|minute|conversation|coffee|phone call)|(?:one|1|a single|a)\s+(?:reply|response|answer|call back|text back))\b|\b(?:just|only|even)\s+(?:one|1|a single)\s+(?:word|reply|text|line|answer|call|message|minute|conversation|coffee|phone call|response)\b|\b(?:that's|thats|is) all i(?:'m| am) asking\b|\ball i(?:'m| am) asking (?:for|is)\b|\bi (?:only|just) want (?:five|5|ten|10|two|2|a few|one) minutes\b`,
  ),
  // More deadlines: "you have until Friday", "I'm giving you 24 hours", "your last chance".
  P(
    'deadline',
    raw`\b(?:i(?:'m| am) giving (?:you|ya)|i(?:'ll| will) give (?:you|ya)|you(?:'ve| have)? got|you have|you get)\s+(?:only\s+)?(?:until|till|(?:${NUM}|24|48|72)\s+(?:more\s+)?(?:hours|hrs|days|minutes|mins)\b|one (?:more )?(?:day|week|hour|night)\b)`,
  ),
  P(
    'deadline',
    raw`\bi(?:'ll| will)\s+(?:only\s+)?wait\s+(?:until|till)\s+(?:tonight|tomorrow|midnight|noon|the end|then|\d|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|\bif i (?:don't|do not) (?:hear|get)\b[^.?!]{0,30}?\b(?:by|before|within|in the next)\b`,
    {
      negationInside: true,
    },
  ),
  P('deadline', raw`\b(?:this is )?your (?:last|final|only) chance\b|^(?:last|final) chance\b`),
  P('deadline', raw`${IMP}(?:reply|answer|respond)\s+(?:me\s+)?(?:now|already|please|pls|right now)\b`),
  // More demands: "can you at least reply?", "would it kill you to answer?".
  P(
    'demand',
    raw`\b(?:can|could|would|will|can't|couldn't)\s+${YOU}\s+(?:at least|even|please just|not even)\s+(?:have the decency|reply|answer|respond|text|call|pick up|say|tell me|let me|give me|talk|hear me out|acknowledge|send|write)\b|\bwould it kill ${YOU} to\b|\bsurely ${YOU} (?:can|could)\b`,
  ),
  P(
    'demand',
    raw`\b(?:is it|it's not|it is not|its not|it isn't)\s+(?:that |so |too |really )?(?:hard|difficult)\b[^.?!]{0,12}?\b(?:to )?(?:reply|answer|respond|text|send|type|pick up|say (?:yes|no|something|hi|anything)|call|write)\b`,
    { negationInside: true },
  ),
  P('demand', raw`\b(?:now )?(?:it's|its|it is) (?:your|ur) (?:turn|move)\b`),
  P(
    'demand',
    raw`${IMP}(?:just\s+)?(?:answer (?:the|your|ur) (?:question|phone|door|calls?|texts?|messages?)|meet me (?:at|tonight|tomorrow|on|outside|after)|come back to me|answer my (?:question|calls?|texts?|messages?))(?![\w'])`,
    { softAware: true },
  ),
  P(
    'demand',
    raw`\b(?:a real|a decent|any decent|a good|any normal|a normal) (?:\w+ )?(?:person|friend|human|partner|man|woman|adult)\s+would (?:at least )?(?:have )?(?:reply|replied|answer|answered|respond|responded|text|texted|call|called|talk|talked|tell|say|said)\b`,
  ),
  // More guilt: "this is what I get", "I gave you the best years of my life", "haven't I suffered enough?".
  P(
    'guilt',
    raw`\bafter (?:everything|all)(?: (?:that|this|the \w+(?: \w+)?))?(?: that)?\s+(?:i've|i have|i|we've|we have)\s+(?:(?:done|did) for|given|gave|paid|put into|put in|sacrificed|spent|invested|carried|supported|covered|bent)\b(?!\s+(?:you through|to you))`,
  ),
  P(
    'guilt',
    raw`\b(?:this is|and this is|that's|thats) (?:how|what) i get\b|\bi gave (?:you|up) (?:the best|my best|everything|my life|\w+ years|years)\b|\bbent over backwards\b|\bwhat (?:more|else) do (?:you|ya) want\b`,
  ),
  P(
    'guilt',
    raw`\b(?:haven't i|have i not|don't you think i've|don't you think i have|hasn't this|isn't this)\b[^.?!]{0,30}?\benough\b|\bi(?:'ve| have) (?:suffered|been punished|paid(?: for (?:it|this|that|my mistakes?))?|apologi[sz]ed|grovelled|groveled|begged|said sorry) (?:more than )?enough\b`,
    { negationInside: true },
  ),
  P(
    'guilt',
    raw`\bi(?:'ve| have)?\s+said sorry\s+(?:${NUM}\s+times|more (?:times )?than|again and again|over and over|so much|enough|twice|a (?:hundred|million|thousand) times|like \d+ times)|\bhow many (?:more )?times (?:do i have to|must i|should i|have i|will i have to|am i supposed to)\b`,
  ),
  P(
    'guilt',
    raw`\bi(?:'ve| have) (?:waited|been waiting)\s+(?:so\s+)?(?:long enough|patiently|for (?:weeks|days|months|ages|so long|long enough|${NUM} (?:days|weeks|months|hours))|(?:${NUM}) (?:days|weeks|months|hours))\b(?!\s+to\s+(?:say|write|tell|send|apologi|own))|\bi(?:'ve| have)\s+given you\s+(?:${NUM}|weeks|months|days)\s+(?:\w+\s+)?(?:of\s+)?(?:time|space)\b|\b${YOU}(?:'ve| have)? had (?:plenty of|enough|more than enough|long enough|ages|weeks|months)(?: of)? (?:time|space)\b`,
  ),
  P(
    'guilt',
    raw`\b(?:not|won't|can't|cannot)\s+(?:going to\s+)?(?:wait|waiting|be waiting|keep waiting|hang around|stay)\s+(?:around\s+)?forever\b|\bpatience is (?:running|wearing) (?:out|thin)\b|\bi(?:'m| am) (?:losing|running out of) patience\b`,
    { negationInside: true },
  ),
  P(
    'guilt',
    raw`\b(?:ignore|ignoring|punish|punishing|avoid|avoiding|block|blocking|hate|hating|ghost|ghosting|shut me out|shutting me out)\s+me\s+forever\b|\bhow long (?:are you going to|will you|do you plan to|can you|is this going to|do i have to|must i)\b`,
  ),
  P(
    'guilt',
    raw`(?<!\bfeel like )\b${YOU} (?:won't|can't|wouldn't|don't) even (?:answer|reply|respond|text|talk|speak|look at|say|give|pick up|acknowledge|read|tell|send)\b|\b(?:${NUM}|all (?:these|those)) (?:\w+ )?(?:years|months)\s+(?:together\s+)?and ${YOU} (?:won't|can't|don't|couldn't|wouldn't|didn't|not)\b`,
    { negationInside: true },
  ),
  P(
    'guilt',
    raw`\bnot (?:even )?worth (?:a|one|an) (?:reply|text|call|answer|response|minute|word|second|text back|goodbye)\b|\b(?:don't|do not|please don't)\s+(?:keep me hanging|ignore (?:this|me|my)|you dare (?:block|ignore|leave|hang up|ghost|walk away|delete|go|change your number))\b`,
    { negationInside: true },
  ),
  P(
    'guilt',
    raw`\b${YOU} can't (?:just |keep |keep on |continue to )?(?:ghost|ignore|ignoring|avoid|avoiding|block|blocking|cut|freeze|shut)\s+(?:me|us|my)\b|\b${YOU} can't (?:just )?(?:walk away|disappear) (?:from (?:me|us)|like this|after)\b`,
    { negationInside: true },
  ),
  // More silence: "you still haven't answered", "I've sent you ten messages", "hello??".
  P(
    'silence',
    raw`(?<!\b(?:know|understand|get|realise|realize|see why|blame you|when|because|since|after|why)\s(?:that\s)?)\b${YOU}\s+(?:still\s+)?(?:haven't|have not|never|hasn't)\s+(?:even\s+|once\s+)?(?:replied|answered|responded|texted|called|got back|gotten back|written back|answer|reply|respond|said a word|picked up)\b|(?<!\b(?:know|understand|when|because|since|after|why)\s)\b${YOU}\s+(?:ignored|blanked|ghosted|left)\s+(?:my|me on|all my|every)\b`,
    { negationInside: true },
  ),
  P(
    'silence',
    raw`\bi(?:'ve| have)?\s+(?:sent|texted|called|rung|messaged|left)\s+(?:you\s+)?(?:${NUM}|loads of|so many|dozens of|tons of|like \d+)\s+(?:\w+\s)?(?:messages|texts|times|calls|voicemails|emails)\b[^.?!]{0,40}?(?:$|\?|\band\b|\bnow\b|\balready\b|\bnothing\b)|\b(?:and|but) (?:heard|got|had) nothing(?: back)?\b`,
  ),
  P(
    'silence',
    raw`^(?:hello+|hey+|hi+|oi+|um+|erm+)\s*\?{2,}|\bare (?:you|ya) (?:even )?there\s*\?{2,}|\bare (?:you|ya) (?:even )?(?:alive|getting (?:my|these)|reading (?:my|these)|receiving (?:my|these))\b[^.?!]{0,20}\?|\banyone (?:home|there)\s*\?|\bnot even a (?:reply|text|word|goodbye|call|answer|response)\b\s*\?`,
    { negationInside: true },
  ),
  P(
    'silence',
    raw`\b(?:this|your) silent treatment\b|\bthe silent treatment (?:is|isn't|won't|doesn't|again)\b|\bgiving me the silent treatment\b|\b(?:leave|leaving|left)\s+(?:someone|people|a person)\s+on (?:read|seen)\b`,
  ),
  P(
    'silence',
    raw`\bit'?s been\s+(?:almost |nearly |over |like |literally |more than |a whole |an entire )?${NUM}\s+(?:\w+\s)?(?:weeks|wks|months)\s+(?:and (?:still|nothing|you|not)|of (?:nothing|silence))`,
  ),
  // More watching: "you viewed my story", "you were online and still didn't reply".
  P(
    'watching',
    raw`\b(?:watch|watching|watched|viewed|viewing|view|saw|seen|liked|liking|stalking)\s+(?:all\s+)?my (?:stor(?:y|ies)|posts?|status|reels?|profile)\b|\b${YOU} (?:were|was|are|'re|r) (?:online|active|on (?:insta|instagram|whatsapp|snap|snapchat|facebook|tiktok|twitter|here))\b[^.?!]{0,40}?(?:\bstill\b|\bbut\b|\byet\b|\?)|\bi know ${YOU}(?:'ve| have)? (?:got|received|seen|read|saw|get|see|are getting)\s+(?:my|this|these|them|it)\b`,
  ),
  // More recruiting: "everyone agrees you're being unfair", "the kids want us back together".
  P(
    'others',
    raw`\b${OTHERS}\b[^.?!]{0,30}?\b(?:agree|agrees|think|thinks|say|says|said|reckon|reckons|feel|feels)\s+(?:that\s+)?${YOU}(?:'re| are| were)\s+(?:being\s+)?(?:unfair|too hard|harsh|too harsh|cruel|stubborn|unreasonable|overreacting|wrong|making a (?:\w+ )?mistake|ridiculous|dramatic)\b|\b(?:the kids|the children|the boys|the girls|everyone|our \w+|my \w+|your \w+)\s+(?:all\s+|really\s+)?(?:want|wants)\s+(?:us\s+(?:back\s+)?together|you (?:to come )?back|you home)\b`,
  ),
  // More persistence: "I'm not going anywhere until you talk to me", "I'm parked outside".
  P(
    'persist',
    raw`\b(?:i(?:'m| am) not (?:going anywhere|leaving|stopping|giving up)|i(?:'ll| will) (?:keep|wait|be here|stay|sit)|i(?:'m| am) (?:staying|waiting|going to wait|going to keep|going to stay))\b[^.?!]{0,40}?\buntil (?:you|ya) (?:\w+ )?(?:answer|reply|respond|talk|text|call|pick up|agree|forgive|see|meet|give|unblock|come|let|hear|speak|change your mind|open)`,
    { negationInside: true },
  ),
  P(
    'persist',
    raw`\bi(?:'m| am)\s+(?:parked|sat|sitting|waiting|standing)\s+(?:right\s+)?(?:outside|downstairs|at|by|in front of)\s+(?:your|ur)\b|\bi(?:'ll| will)\s+be\s+(?:at|outside|by)\s+(?:your|ur)\s+(?:work|place|house|flat|door|office|school|gym|mum's|mom's|parents)|\bi(?:'ll| will) be waiting\b(?=\s*(?:[.!,]|$|for (?:you|ya|your|an?|that)\b|(?:outside|at|by|in front of) (?:your|ur)\b|until|till|here|up|right here|by the phone))`,
    { softAware: true },
  ),
  // More hurry: "it's time you forgave me", "so we're good now, right?".
  P(
    'hurry',
    raw`\b(?:it's|its|it is) (?:about |high )?time (?:you|ya|for you to|we|to) (?:forgave|forgive|let (?:it|this|that) go|moved on|move on|got over|get over|came back|come back|answered|answer|talked|talk|gave me|give me|stopped|stop)\b|\btime to (?:move on and )?(?:let (?:it|this|that) go|forgive me|move on)\b|\b(?:so )?we(?:'re| are) (?:good|fine|okay|ok|cool|even|square)(?: now)?,? right\b|\bwe(?:'re| are) (?:getting back together)\b`,
  ),
  // Persistence as devotion: "I won't give up on us", "I'll wait for you forever", "still waiting".
  P(
    'persist',
    raw`\bi(?:'m| am|'ll| will)?\s+(?:not|never)\s+(?:going to\s+)?(?:give up|giving up|stop fighting|stop trying|let (?:you|this|us) go)\s+(?:on\s+)?(?:us|you|this|for us)\b|\bi(?:'ll| will) (?:wait|be waiting) (?:for (?:you|ya) )?forever\b|\b(?:i(?:'m| am) )?still waiting (?:for|on) (?:a|an|your|any) (?:reply|answer|response|text|word|call)\b`,
    { negationInside: true },
  ),
  P(
    'silence',
    raw`\b(?:just\s+|really\s+)?going to (?:ignore|ignoring|leave me on read|pretend i|act like i|block|ghost|keep ignoring) me\b|\b(?:you(?:'re| are| r)|your)\s+(?:really\s+|just\s+|seriously\s+)?(?:not|never)\s+going to (?:answer|reply|respond|text|talk|speak|call|pick up)\b`,
    { negationInside: true },
  ),
  P(
    'guilt',
    raw`\b(?:didn't|won't|never|don't|wouldn't) even give (?:me|us) a (?:chance|second)\b|\b(?:${YOU}(?:'re| are)|your) not even trying\b|\b(?:${YOU}(?:'re| are)|your) (?:just )?giving up on (?:me|us)\b|\bi can't (?:sleep|eat|function|breathe|think|work|rest|focus)\b[^.?!]{0,30}?\b(?:until|till|unless) (?:you|ya|i hear)\b|\b(?:think (?:about|of)|do (?:this|it) for) (?:the|our) (?:kids|children|boys|girls|family|son|daughter)\b`,
    { negationInside: true },
  ),
  P(
    'hurry',
    raw`\b(?:we belong together|we(?:'re| are) meant to be|(?:you|ya) know (?:you still|we (?:belong|are meant|can make)|you want)|nobody (?:else )?will (?:ever )?love (?:you|ya) like)\b`,
  ),
  P(
    'plea',
    raw`\bis all i (?:ask|want|need)\b|\ball i (?:ask|want|need) is (?:a|one|five|an|ten|for you to)\b|${IMP}(?:just\s+)?let me (?:explain|see you|talk to you|come (?:over|round))\b`,
    { softAware: true },
  ),
  // Expecting, and the last push: "I expect to hear from you", "at least tell me why".
  P(
    'demand',
    raw`\bi(?:'ll| will| do| fully)?\s+expect (?:to hear|a (?:reply|response|call|answer)|an (?:answer|apology|explanation)|you to (?:reply|answer|respond|call|come|forgive|talk|meet|be there|give))\b|(?:^|[,;:]\s*|\b(?:please|pls|just|so|can you|could you|then)\s+)at least (?:tell me|answer|reply|respond|give me|say|let me|text|call|acknowledge|read)\b|\b(?:please|pls|just)\s+come back\b|${IMP}(?:message|msg|write|text) me back\b`,
    { softAware: true },
  ),
  P(
    'guilt',
    raw`\b(?:${YOU}(?:'re| are)|your) (?:breaking my heart|killing me|destroying me|torturing me|hurting me)\b[^.?!]{0,30}?\b(?:by|with|not|silence|ignoring)\b|\b(?:it's|it is|its|is) not fair (?:on me |to me )?(?:that )?(?:you|ya) (?:won't|don't|can't|aren't|never|keep|ignore|block|refuse)\b|\bwhy (?:are|r|do|would|must) (?:you|ya) (?:keep |always |still )?(?:doing|do) this to (?:me|us)\b|\bowe it to (?:the|our) (?:kids|children|family|boys|girls)\b|\bthrow(?:ing)? away (?:what we (?:had|have)|everything we|us\b)`,
    { negationInside: true },
  ),
  P(
    'watching',
    raw`\b(?:drove|walked|went|drive|walk|go|driven|been) (?:past|by|round) (?:your|ur) (?:house|place|flat|work|office|new place|apartment)\b`,
  ),
  // Presuming the reunion: "once we're back on track", "I know you feel the same".
  P(
    'hurry',
    raw`\b(?:once|when|as soon as) (?:we(?:'re| are) back (?:together|on track|to normal|to how)|we get back together|you (?:come|move) back (?:to me|home|in))\b|\bi know (?:you|ya) (?:still )?(?:feel the same|love me|want me|miss me|want this|want us)\b`,
  ),
  P(
    'persist',
    raw`\bi(?:'ll| will|'m going to| am going to) (?:just )?keep (?:on )?(?:reaching out|trying to (?:reach|contact|call|talk to|see) you|texting you|calling you|messaging you|writing to you|ringing you|emailing you|texting|calling|messaging)\b`,
  ),
  P(
    'deadline',
    raw`\bby (?:tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend|the end of (?:this|the) week) (?:would be|is|'d be) (?:great|good|ideal|best|nice|helpful|perfect)\b|\b(?:keeps?|kept|are|is|were) (?:always )?asking (?:when|if|whether|why)\b[^.?!]{0,40}?\b(?:won't|coming|getting back|back|home|talk|left)\b`,
  ),
  P(
    'guilt',
    raw`\b(?:gave up|sacrificed|turned down|threw away) (?:everything|so much|my (?:\w+ )?(?:job|career|life|friends|family|home|degree|dreams?)) for (?:you|ya)\b`,
  ),
  // Fairness and the right thing: "it's only fair that you hear my side".
  P(
    'demand',
    raw`\b(?:do the right thing|the decent thing (?:would be|is|to do)|(?:it's|its|it is) only (?:fair|right) (?:that )?(?:you|ya|to)|only fair (?:that )?(?:you|ya)|no reason (?:for you )?not to (?:give|forgive|take|talk|answer|meet|see|reply))\b|\bi(?:'m| am) sure (?:you|ya)(?:'ll| will) (?:agree|understand|see|come round|come around|want to)\b|\b${YOU}(?:'ll| will) (?:come round|come around|see sense|change your mind|come to your senses|realise you need me|realize you need me)\b`,
  ),
  P(
    'demand',
    raw`\bi (?:really |just |desperately |still )?need to (?:see|talk to|speak to|hear from|hear) (?:you|ya)\b|${IMP}(?:please\s+)?(?:just\s+)?say (?:anything|something)\b|\b(?:please )?(?:don't|do not) (?:leave me|do this to (?:me|us)|give up on us)\b|\bplease (?:don't|do not) go\b`,
    { softAware: true, negationInside: true },
  ),
  P(
    'silence',
    raw`\b(?:not answering|not replying|not responding|ignoring me|ignoring my (?:\w+)|the silence|this silence|shutting me out|blocking me|blanking me|ghosting me)\s+(?:is|was|feels|seems) (?:so |really |just |pretty )?(?:cruel|unfair|childish|mean|petty|rude|immature|hurtful|not fair|torture|killing me)\b|\b(?:let|throw) (?:\w+ )?(?:years|everything|what we (?:have|had|built)) go to waste\b`,
  ),
  // Taunts and leverage through others (new registers in the corpus).
  P(
    'ultimatum',
    raw`\b(?:one more|another) (?:post|word|message|text|time|call|photo|picture|story|comment|tweet|lie|day|night|week|chance)\b(?:\s+\w+){0,5}?\s+and\s+${CONSEQUENCE}|\b(?:think|remember) (?:about |abt )?(?:it|this|that) (?:before|next time) (?:you|ya)\b|\bgo (?:on|ahead),? (?:block|ignore|report|leave) me\b|\bwhen i(?:'m| am) gone\b|\bthen (?:maybe )?(?:you|ya)(?:'ll| will) (?:finally )?(?:feel|be happy|regret|be sorry|understand|see)\b`,
  ),
  P(
    'others',
    raw`\b(?:asked|told|got|getting|sent|begged) (?:\w+ )?(?:\w+ and \w+|\w+) to (?:talk|speak|reason|get through) (?:some sense )?(?:into|to|with) (?:you|ya)\b|\b(?:talk|speak) to (?:you|ya) (?:for me|on my behalf)\b|\bwhat am i (?:supposed|meant) to tell (?:them|the kids|the children|everyone|people)\b`,
  ),
  P(
    'guilt',
    raw`\bi(?:'m| am) (?:surely |at least )?entitled to\b|\b(?:don't|do not) make this (?:any )?(?:harder|more difficult)\b|(?:^|[,;:]\s*|\b(?:and|so|now|then)\s+)just (?:ring|call|phone) me\b`,
    { negationInside: true },
  ),
  // Letter register: formal requests for a reply, family obligations, paternal concern.
  P(
    'demand',
    raw`\bthe (?:common |basic )?courtesy of (?:a|an) (?:reply|response|call|answer)\b|\bi (?:must |would |hereby )?(?:request|insist) that (?:you|ya)\b|\bi must (?:ask|insist) (?:that )?you\b|\bcome (?:home|back) for (?:christmas|diwali|eid|easter|the holidays|(?:his|her|their|the kids'|mum's|dad's) (?:birthday|sake))\b|\b(?:the|our) (?:kids|children|son|daughter|boys|girls) (?:deserve|need)s? (?:their (?:mum|mom|dad|father|mother) back|us (?:both|together)|(?:a|their) family back)\b|\b${YOU} (?:can't|cannot) (?:cope|manage) (?:on your own|alone|without me)\b|\b${YOU} need (?:someone|me) (?:around|to look after you|there for you)\b`,
  ),
  // Read receipts and phone-watching, guilt through others' judgement, patience with a limit.
  P(
    'watching',
    raw`\b(?:seen|read|opened)\s+(?:(?:like\s+)?(?:\d+|an?|one|two|three|four|five|six|a few|few|several)\s+(?:mins?|minutes?|hours?|hrs?|h|days?)\s+ago|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)(?=\s*(?:$|[.,!?]|and|but|still|nothing|no reply|no answer|cool|ok|okay|wow|great|lol))|\b(?:${YOU}|ya)\s+(?:finally\s+)?unblocked\s+me\b`,
  ),
  P(
    'guilt',
    raw`\bi(?:'ve| have)?\s+(?:literally\s+|just\s+|been\s+)*(?:checked|checking|check|refreshing|refreshed|staring at|stared at)\s+my\s+(?:phone|messages|inbox)\s+(?:every|all|like|non-?stop|constantly|since)\b|\b(?:hope|hoping)\s+${YOU}\s+can\s+live\s+with\s+(?:that|this|yourself|it)\b|\b(?:anyone|anybody|most people|any normal (?:person|woman|man|girl|guy)|any other (?:woman|man|girl|guy|person)|any decent (?:person|woman|man))\s+(?:else\s+)?would(?:'ve| have)\s+(?:already\s+)?(?:forgiven me|forgive me|taken me back|given me (?:a|another) chance|moved past (?:this|it))\b|\b(?:everyone|everybody|anyone|people)\s+(?:gets|deserves|get|deserve)\s+(?:a|another)\s+(?:second\s+)?chance\b`,
  ),
  P(
    'deadline',
    raw`\b(?:take|taking)\s+(?:all\s+)?(?:the\s+|your\s+)?time(?:\s+you\s+need)?\b[^.?!]{0,30}?\b(?:as long as|so long as|just not|but not|provided)\b[^.?!]{0,30}?\b(?:more than|longer than|forever|too long|past|beyond|by)\b`,
  ),
  P(
    'ultimatum',
    raw`\bi(?:'ll| will)\s+take\s+(?:that|it|your silence|silence|no answer|no reply|no response|a no-show)\s+as\s+(?:your|a|an|my)\s+(?:answer|no|sign|yes|decision|cue)\b`,
  ),
  P(
    'hurry',
    raw`\b(?:i know|${YOU} said|i know ${YOU} said|i know ${YOU} asked for|${YOU} asked for|i know ${YOU} wanted|i know ${YOU} need(?:ed)?)\b[^.?!]{0,30}?\bspace\b[^.?!]{0,6}?\b(?:but|however)\b(?![^.?!]{0,40}\b(?:respect|understand|won't|will not|not going to|leave (?:you|ya)|give (?:you|ya)|i(?:'m| am) (?:leaving|giving))\b)|\b(?:it's|its|it has|it(?:'s| has) now)\s+been\s+(?:like\s+|over\s+|almost\s+|nearly\s+)?(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of|several|ages|forever|long enough)(?:\s+(?:days?|weeks?|months?))?\b[^.?!]{0,30}?(?:\blong enough\b|\benough time\b|\bso (?:are|can|when|have|will|is|do)\s+(?:you|ya|we)\b|\bsurely\b)`,
  ),
];

/**
 * For each pattern, in order, words that every one of its matches contains: a pattern runs only
 * where its key matches, which keeps the rule fast (the test suite checks the pairing).
 */
const KEYS: readonly RegExp[] = [
  /have to|got to|need to|must|should|ought|better/,
  /need/,
  /need/,
  /court/,
  /only way|only thing/,
  /talk|speak|sit down|sort|clear the air/,
  /answer|reply|respond|talk|speak|pick up|unblock|text me back|write back|get back|stop ignoring/,
  /just/,
  /begging/,
  /\sby\s|before|until|till|tonight|today|right now|this evening|this weekend|this week|no later/,
  /\sby\s|before|until|till|tonight|today|right now|this evening|this weekend|this week|no later/,
  /ideally|preferably|hopefully|latest|but\s+(?:by|before)/,
  /not too/,
  /booked/,
  /\sor\s/,
  /\bif\s+(?:you|ya)/,
  /\bif\s+(?:you|ya)/,
  /\beither\b/,
  /ignor|block|avoid|ghost|blank/,
  /leaving me no/,
  /\bafter\b/,
  /\bafter\b/,
  /\bafter\b/,
  /\bowe/,
  /deserve/,
  /earned/,
  /least|decency|to ask|how hard|would be/,
  /\bif\s+(?:you|ya)|unless/,
  /how (?:you|ya)/,
  /apologi|how many more|what (?:more|else)/,
  /patient|fair|understanding|done everything|enough|how (?:much|long)/,
  /forever/,
  /throw/,
  /don't|do not/,
  /can't|limbo/,
  /think (?:you|ya) can/,
  /can't/,
  /\bwhy\b/,
  /\bwhy\b/,
  /ignoring|avoiding|blanking|ghosting|dodging|blocking/,
  /on (?:read|seen|delivered)/,
  /nothing|no (?:reply|answer|response|word|text)|not (?:a|one) |silence/,
  /silence/,
  /been/,
  /\bnot\b|n't/,
  /the reason/,
  /\bknow\b|\bsee\b|\bsaw\b|notice|seen/,
  /says|shows|said|showed/,
  /should|need to|ought to|have to|must|\bowe/,
  /keep|continue|carry on/,
  /stop/,
  /every|each/,
  /outside|your (?:door|place|house|flat|work|office)|coming|on my way|otherwise|wait|turn up|show up/,
  /forgive me/,
  /let's|let us|just/,
  /let (?:it|this|that) go|get over|move on/,
  /forgive/,
  /dragging/,
  /give|tell me/,
  /sake|do you good|need me/,
  /\b(?:just|only|even)\s|all i|minutes/,
  /until|till|hour|hrs|day|min|week|night/,
  /\bwait\b|don't|do not/,
  /chance/,
  /answer|reply|respond/,
  /at least|even|please just|kill|surely/,
  /hard|difficult/,
  /turn|move/,
  /answer|meet me|come back/,
  /would/,
  /\bafter\b/,
  /i get|i gave|backwards|what (?:more|else)/,
  /enough/,
  /said sorry|how many/,
  /waited|been waiting|given you|had/,
  /forever|patience/,
  /forever|how long/,
  /even|\band\b/,
  /worth|don't|do not/,
  /can't/,
  /haven't|have not|never|hasn't|ignored|blanked|ghosted|left/,
  /sent|texted|called|rung|messaged|left|nothing/,
  /\?/,
  /silent treatment|on (?:read|seen)/,
  /been/,
  /my |online|active| on |know/,
  /agree|think|say|said|reckon|feel|want/,
  /until/,
  /sitting|parked|standing|waiting|\bsat\b|be (?:at|outside|by)/,
  /time|right|getting back/,
  /never|not|forever|waiting/,
  /going to/,
  /give|trying|can't|think|for the|for our/,
  /belong|meant to be|know|nobody/,
  /all i|let me/,
  /expect|at least|come back|me back/,
  /breaking|killing|destroying|torturing|hurting|not fair|doing this|do this to|owe it|throw/,
  /past|\bby\b|round/,
  /back|i know/,
  /keep/,
  /\bby\b|asking/,
  /gave up|sacrificed|turned down|threw away/,
  /right thing|decent|only (?:fair|right)|only fair|no reason|sure|come round|come around|see sense|change your mind|senses|realise|realize/,
  /need to|say|don't|do not|please/,
  /not answering|not replying|not responding|ignoring|silence|shutting me out|blocking|blanking|ghosting|waste/,
  /one more|another|think|remember|go (?:on|ahead)|gone|then/,
  /asked|told|got|getting|sent|begged|for me|behalf|what am i/,
  /entitled|make this|stop being|just (?:ring|call|phone)/,
  /courtesy|request|insist|must|come (?:home|back)|deserve|need|cope|manage/,
  /seen|read|opened|unblocked/,
  /my (?:phone|messages|inbox)|live with|would|chance/,
  /time/,
  /take/,
  /space|been/,
];

/** Every trigger the patterns need, for the gate. */
export const PRESSURE_GATE =
  /\b(?:have to|need|needs|must|should|ought|better|ball|only|answer|reply|respond|talk|speak|pick up|unblock|text|write|stop|come|please|pls|begging|by|before|tonight|today|now|ideally|preferably|too much|too long|booked|or|if|either|keep|block|ignore|leaving me|after|owe|owed|deserve|earned|least|decency|ask|hard|difficult|loved?|cared?|respected|valued|repay|treat|thank|apologi[sz]ed|how many|how long|what more|what else|apologi[sz]ing|patient|fair|done everything|enough|forever|throw|don't|do not|waiting|wait|limbo|think|can't|why|read|seen|still|nothing|silence|silent|been|answered|replied|texted|messaged|called|responded|reason|see|saw|know|notice|spotify|location|status|say|said|agree|agrees|feel|reckon|believe|told|until|till|every|outside|at your|coming|on my way|unless|forgive|forgave|let's|let us|can we|could we|let it go|get over|move on|give|giving|tell me|sake|do you good|need me|one|single|all i'm|minutes|got|have|you have|chance|last|final|gave|bent|time|home|goodbye|ignored|blanked|ghosted|left|hello+|hey+|hi+|oi+|um+|erm+|anyone|are you|patience|kill|surely|turn|move|meet|real|decent|any|suffered|punished|paid|sent|worth|dare|heard|viewed|story|stories|online|active|kids|children|want|wants|parked|sitting|standing|sat|be at|we're|right|even|won't|never|not|belong|meant|nobody|sleep|eat|function|breathe|focus|family|going to|trying|let me|waiting|explain|expect|fair|heart|doing this|throw|throwing|checking|making sure|wondering|in case|bumping|following|busy|gone|went|quiet|received|written|drove|walked|driven|past|once|when|as soon as|asking|sacrificed|turned down|threw|keep|would be|regret|sorry|make me|unless|right thing|decent|sure|come round|come around|sense|realise|realize|say|go|waste|entitled|remember|gone|behalf|stop being|make this|another|courtesy|request|insist|cope|manage|opened|unblocked|refreshing|staring|space|chance|surely|live with|dragging)\b/;

/** Words before a hit that make it the writer's own past speech ("I used to say you owe me"). */
const OWN_PAST_SPEECH =
  /\bi\s+(?:once\s+)?(?:said|told you|used to (?:say|tell you)|kept (?:saying|telling you)|would say|wrote|texted)(?:\s+(?:to you|things like|stuff like))?(?:\s+that)?[\s,:]*["']?$/;
/** A negated frame of saying or asking: "I'm not going to tell you that you have to…". */
const NEGATED_FRAME =
  /\b(?:not|never|won't|don't|wouldn't|can't|cannot)\s+(?:\w+\s+){0,3}?(?:say|saying|tell|telling|ask|asking|pretend|pretending|claim|claiming|demand|demanding|expect|expecting|pressure|pressuring|insist|insisting|suggest|suggesting)\b(?:\s+(?:to\s+)?(?:you|ya)|\s+that|\s+for)*[\s,]*$/;
/** A sentence that hands the choice to them turns a request into an invitation. */
const SOFT =
  /\b(?:if (?:you|ya) (?:want|'d like|would like|wish|feel like|are up for|'re up for|can|ever)|whenever|when you(?:'re| are) ready|when you can|no (?:rush|pressure|hurry))\b/;
/** The writer owns the pressure they describe ("I used to turn up at your work, and that was wrong"). */
const OWNING =
  /\b(?:that was|which was|it was|this was) (?:so |really |completely )?(?:wrong|cruel|unfair|controlling|not okay|not ok|selfish|awful|manipulative|unacceptable)\b|\bi (?:shouldn't|should not|should never) have\b(?! to\b)|\bwas wrong of me\b|\bi(?:'m| am) ashamed\b|\bi used to\b|\bi(?:'ll| will) never do (?:it|that) again\b|\bi won't do (?:it|that) again\b|\band i was wrong\b/;
/** Just before a hit: the writer describing it as their own past behaviour or words. */
const OWN_PAST_BEFORE =
  /(?:\bi (?:used to|kept|would always|was always)\b|\b(?:shouldn't|should not|should never) have (?:said|told|demanded|asked|expected|insisted|written|texted|sent|pushed|pressured)\b|\b(?:wrong|unfair|cruel|controlling) (?:of me )?to (?:say|tell|demand|expect|insist|ask|push|pressure)\b)(?![^.]*\b(?:but|so|and now|now)\b)[^.]*$/;

/**
 * The writer owns the pressure itself: an owning phrase after the hit ("I turned up at your work,
 * and that was wrong"), or the hit told as their own past ("I used to tell you that you owe me").
 * An apology before a "but" does not cover the push after it ("I was wrong, but you owe me this").
 */
function owned(text: string, pos: number, before: string): boolean {
  return OWNING.test(text.slice(pos)) || OWN_PAST_BEFORE.test(before);
}

/** The writer accepts their silence or choice in the same sentence. */
const ACCEPTING =
  /\b(?:that'?s|thats|it'?s|its|that is|it is) (?:ok|okay|fine|alright|all right|understandable|fair)\b|\b(?:don't|do not) have to\b|\bno need\b|\bi (?:understand|get) (?:it|why)\b|\bi(?:'ll| will)? (?:respect|accept|honour|honor) (?:it|that|this|your|whatever)\b/;
/**
 * A deadline set against what came before: "take your time, but I need to know by Friday", or a
 * sentence that opens with "but" after such a softener ("Take your time. But I do need to know by
 * Friday because of the lease"). A practical reason does not undo the push that follows a softener.
 */
const CONCEDED =
  /(?:^\W*|\b(?:take (?:your|ur|all the|as long as|whatever)|no (?:rush|pressure|hurry)|whenever|in your own time)\b[^.?!]*?)\b(?:but|though|however)\b[\s,]*(?:\w+[\s,]+){0,2}$/;
/** Open, self-directed or hypothetical frames: "do I deserve…", "whether you have to…". */
const OPEN_FRAME = /\b(?:do|does|if|whether|wonder if|not sure if|don't know if|no idea if)\s+$/;

/** The writer apologises for their messages or stops sending them. */
const STOPPING =
  /\bi(?:'m| am) (?:so |really )?sorry\b|\bsorry (?:for|about) (?:all )?(?:the|my|these|this|so many)\b|\bi(?:'m| am|'ll| will)\s+(?:going to\s+)?(?:stop|stopping|leave you (?:alone|be)|back off|backing off|give you space)\b/;

/** Marks of a joke in the sentence. */
const JOKING = /\b(?:lol|lmao|lmfao|haha\w*|jk|just kidding|kidding)\b|😂|🤣|😜|😆|😝/u;

const CONTRAST = /\b(?:but|though|although|yet|except|however)\b/g;

/** The sentence from the last "but" before `pos`: a softener before "but" does not soften what follows. */
function afterLastBut(text: string, pos: number): string {
  let from = 0;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(text); m && m.index < pos; m = CONTRAST.exec(text)) from = m.index;
  return text.slice(from);
}

function guarded(s: Sentence, p: Pattern, m: RegExpExecArray): boolean {
  const pos = m.index;
  if (isRepeatedSpeech(s, pos)) return true;
  const before = s.text.slice(Math.max(0, pos - 40), pos);
  if (OWN_PAST_SPEECH.test(before)) return true;
  if (p.form !== 'ultimatum' && owned(s.text, pos, before)) return true;
  if (!p.negationInside && NEGATED_FRAME.test(before)) return true;
  if (OPEN_FRAME.test(before) && !/\bdon't i\b/.test(m[0])) return true;
  if (!p.negationInside && negatedBefore(s, pos, 3)) return true;
  if (p.softAware && SOFT.test(afterLastBut(s.text, pos))) return true;
  if (p.questionOnly && !s.isQuestion) return true;
  if (p.logisticsAware && LOGISTICS.test(s.text) && !CONCEDED.test(s.text.slice(0, pos))) return true;
  if (p.stopAware && STOPPING.test(s.text)) return true;
  if (p.jokeAware && JOKING.test(s.text)) return true;
  if (
    (p.acceptAware || p.form === 'silence' || p.form === 'watching') &&
    ACCEPTING.test(afterLastBut(s.text, pos))
  ) {
    return true;
  }
  return false;
}

PATTERNS.forEach((p, i) => {
  const key = KEYS[i];
  if (key) p.key = key;
});

/** The most specific forms first, so that an overlapping hit gets the most fitting reason. */
const PRIORITY: readonly Form[] = [
  'ultimatum',
  'deadline',
  'watching',
  'others',
  'persist',
  'guilt',
  'silence',
  'hurry',
  'plea',
  'demand',
];
const ORDERED: readonly Pattern[] = [...PATTERNS, ...FAMILY_PATTERNS].sort(
  (a, b) => PRIORITY.indexOf(a.form) - PRIORITY.indexOf(b.form),
);

/**
 * A condition on what the recipient does: "if you don't…", "unless…", "keep ignoring me and…",
 * "answer me or…". With a threat or self-harm in the same sentence it is leverage (decision 3).
 */
const CONTACT_ACT = raw`(?:answer|reply|respond|call|ring|text|pick up|come (?:home|back|over|round)|talk|meet|see me|forgive|unblock|get back to me|speak to me|drop (?:it|the|this))`;
/**
 * Any condition on what they do, once a threat or self-harm hangs on it: "if you ever speak to him
 * again", "if you involve the police", "keep playing games and…". Not an offer or a preface: "if you
 * want to know", "if you need anything", "if you're reading this". A formal letter inverts it: "should you
 * continue to refuse contact".
 */
const ANY_CONDITION = raw`\b(?:if|unless|once|(?<!\b(?:why|how|what|where|when|who|which|you|ya|i|we|they|he|she|it|that)\s)should|the (?:minute|moment|day|second))\s+${YOU}\s+(?:ever\s+|even\s+|so much as\s+|dare\s+|just\s+|really\s+|still\s+)?(?!(?:want|wanna|need|like|would like|'d like|wish|care|must|are reading|'re reading|read|see this|get this|hear this|ask|asked|wonder|are wondering|'re wondering|know|remember|think|feel|believe|prefer|agree|can|could)\b)[a-z']+|(?:^\W*|[,;:]\s*|\b(?:and|so|just|you|u)\s+)(?:keep|carry on|go on)\s+\w+ing\b(?:\s+[\w']+){0,3}?\s+and\b`;
const LEVER = new RegExp(
  raw`^\W*(?:or|or else|otherwise|else|if not|and if not|and if you don't)\b|${CONDITION}|${ANY_CONDITION}|\b(?:don't|do not)\s+(?:block|leave|dump|ignore)\s+me\b|\b(?:until|till|unless)\s+${YOU}\s+(?:\w+\s+)?${CONTACT_ACT}|\b(?:keep|carry on)\s+(?:ignoring|blocking|avoiding|stonewalling|ghosting|blanking|pushing)\s+me\b[^.?!]{0,30}?\band\b|(?<!\b(?:can|could|will|would|'ll|'d|to|might|may|should|must)\s+(?:just\s+|really\s+|simply\s+)?)\b(?:block|ignore|leave|dump|delete|unfriend|ghost)\s+(?:me|my number)\b[^.?!]{0,20}?\band\b|\b${CONTACT_ACT}\b[^.?!]{0,30}?,?\s+(?:or|otherwise|or else)\s+(?:i|i'll|i'm|i will|you'll|you will|everyone|your)\b`,
);

/** The leverage hit: from the condition to the end of the safety words it is tied to. */
function leverage(s: Sentence, context: RuleContext): Hit | undefined {
  const cond = LEVER.exec(s.text);
  if (!cond) return undefined;
  const safety = [selfHarm, threat].flatMap((rule) =>
    rule.gate && !matches(rule.gate, s.text) ? [] : rule.find(s, context),
  );
  if (safety.length === 0) return undefined;
  const start = Math.min(cond.index, ...safety.map((h) => h.start));
  const end = Math.max(cond.index + cond[0].length, ...safety.map((h) => h.end));
  return { start, end, ...VOICE.ultimatum };
}

function find(s: Sentence, context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  const may = possible(ORDERED, s.text);
  for (let i = 0; i < ORDERED.length; i++) {
    const p = ORDERED[i] as Pattern;
    if (!may[i] || (p.key && !matches(p.key, s.text))) continue;
    forEachMatch(p.re, s.text, (m) => {
      if (guarded(s, p, m)) return;
      // Trim leading punctuation or linkers that the imperative prefix swallowed.
      let start = m.index;
      const lead =
        /^(?:[,;:]\s*|(?:please|pls|just|so|now|ok|okay|and|then|for once|for god's sake|seriously|honestly|lol|but|yet)\s+)*/.exec(
          m[0],
        );
      if (
        lead &&
        lead[0].length < m[0].length &&
        /^[,;:\s]|^(?:and|then|so|now|ok|okay|lol|but|yet)\b/.test(m[0])
      ) {
        start += lead[0].length;
      }
      let end = m.index + m[0].length;
      while (end > start && /[\s?!.,]/.test(s.text[end - 1] as string)) end--;
      if (end <= start) return;
      if (hits.some((h) => start < h.end && end > h.start)) return;
      hits.push({ start, end, ...VOICE[p.form] });
    });
  }
  if (hits.length === 0) {
    const lever = leverage(s, context);
    if (lever) hits.push(lever);
  }
  return hits;
}

export const pressure: Rule = {
  id: 'pressure',
  kind: 'problem',
  gate: new RegExp(`${PRESSURE_GATE.source}|${FAMILY_GATE.source}`),
  find,
};

/** For tests: the patterns and their keys. */
export const PRESSURE_PATTERNS: readonly Pattern[] = PATTERNS;
export const PRESSURE_KEYS: readonly RegExp[] = KEYS;
