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
import { forEachMatch, type Hit, type Rule } from '../../rule.js';
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

interface Pattern {
  form: Form;
  re: RegExp;
  /** The pattern itself contains its negation ("don't leave me hanging"): skip the negation guard. */
  negationInside?: boolean;
  /** Skip when the sentence leaves the choice to them ("if you want", "whenever you can"). */
  softAware?: boolean;
}

const VOICE: Record<Form, { reason: string; suggestion: string }> = {
  demand: {
    reason: 'Telling them what they have to do can make a reply or forgiveness feel owed rather than chosen.',
    suggestion: "Say what you hope for and leave the choice with them: 'If you're ever willing to talk, I'd like that.'",
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
    suggestion: 'Leave out what they owe you; say what you are sorry for and let them decide what happens next.',
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

const YOU = String.raw`(?:you|ya)`;
const ADV = String.raw`(?:(?:really|just|seriously|honestly|still|definitely|at least|at some point|now|finally|eventually|simply|all)\s+){0,2}`;
/** Where an imperative can start: sentence or clause start, or after a softener or linker. */
const IMP = String.raw`(?:^|[,;:]\s*|\b(?:please|pls|just|so|now|ok|okay|and|then|for once|for god's sake|seriously|honestly|lol)\s+)`;
const CONDITION = String.raw`if ${YOU}\s+(?:just\s+|really\s+|ever\s+|even\s+)?(?:(?:don't|do not|won't|will not|can't|cannot|not|never|refuse to|keep|carry on|continue to|still)\s+(?:\w+\s+){0,1}?(?:answer|reply|respond|call|text|pick up|come|talk|meet|see|give|forgive|take|unblock|get back|ignoring|blocking|avoiding|speak|let)|(?:leave|go|walk away|walk out|block|ignore|get back with|go back to|move on|date|choose|end (?:this|it|things|us)|say no|see him|see her|get back w))\b`;

const P = (form: Form, source: string, extra: Omit<Pattern, 'form' | 're'> = {}): Pattern => ({
  form,
  re: new RegExp(source, 'g'),
  ...extra,
});

const PATTERNS: readonly Pattern[] = [
  // Demands: the recipient "has to" answer, forgive, hear them out, let it go.
  P(
    'demand',
    String.raw`\b(?:${YOU}|your)(?:'ll| will|'re going to| are going to|'re| are| r)?\s+${ADV}${OBLIGE}\s+${ADV}${OWED_ACT}`,
  ),
  P(
    'demand',
    String.raw`\bi\s+(?:really\s+|just\s+|desperately\s+)?need\s+${YOU}\s+(?:to\s+(?:just\s+)?(?:answer|reply|respond|forgive|call|ring|text|talk|hear|listen|meet|see|come|give|take me back|pick up|tell me|decide|let|understand|be there|trust)|(?:back|there|here|home|right now)\b)`,
  ),
  P(
    'demand',
    String.raw`\bi\s+(?:really\s+|just\s+|desperately\s+)?need\s+(?:an?|your|some)\s+(?:answer|reply|response|decision|explanation)\b|\bi\s+(?:really\s+|just\s+)?need\s+to\s+hear\s+from\s+${YOU}\b`,
  ),
  P('demand', String.raw`\b(?:the|that) ball(?:'s| is)\s+in your court\b`),
  P('demand', String.raw`\b(?:the only way|the only thing)\b[^.?!]{0,40}?\bis (?:for ${YOU} to|if ${YOU})\b`),
  P(
    'demand',
    String.raw`\bwe\s+(?:really\s+)?(?:need to|have to|must|'ve got to|got to)\s+(?:talk|speak|meet|sit down|sort (?:this|it|things) out|clear the air)\b`,
  ),
  P(
    'demand',
    String.raw`${IMP}(?:just\s+)?(?:answer me|answer (?:my|the) (?:calls?|texts?|messages?|phone|door)|reply to me|respond to me|talk to me|speak to me|pick up (?:the|your|ur) (?:\w+ )?phone|pick up when i call|unblock me|text me back|write back to me|get back to me|stop ignoring me|come (?:down|outside|to the door)|open the door)\b`,
    { softAware: true },
  ),
  P(
    'demand',
    String.raw`\b(?:please|pls)\s+(?:please\s+)?just\s+(?:answer|reply|respond|call|ring|text|pick up|talk|speak|tell me|see me|meet|come|give me|let me|forgive)\b`,
    { softAware: true },
  ),
  P(
    'demand',
    String.raw`\b(?:i(?:'m| am)\s+)?begging\s+${YOU}\s+to\b|\bi(?:'m| am) begging ${YOU}\b`,
  ),
  // Deadlines on an answer, a decision or contact.
  P('deadline', String.raw`\b${DEMANDED}\b[^.?!]{0,40}?\b${DEADLINE}(?![\w'])`, { softAware: true }),
  P(
    'deadline',
    String.raw`\b(?:ideally|preferably|hopefully|at the latest|latest|but)\s+(?:by|before)\s+(?:tonight|tomorrow|today|the weekend|the end of|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`,
  ),
  P('deadline', String.raw`\b(?:but|just)\s+(?:like\s+)?not too (?:much time|long)\b`),
  P(
    'deadline',
    String.raw`\b(?:i've|i have)\s+(?:already\s+)?booked\s+(?:us|a table|the table|a room|tickets|(?:the |a )?(?:marriage|couples|joint)|(?:\w+\s+){0,3}for (?:us|both of us|the two of us))|\balready booked\b`,
  ),
  // Ultimatums and leverage: do this, or else.
  P('ultimatum', String.raw`\b${CONTACT}\b[^.?!]{0,60}?,?\s+or\s+(?:else\b|${CONSEQUENCE})`),
  P('ultimatum', String.raw`\b${CONDITION}[^.?!]{0,60}?${CONSEQUENCE}`),
  P('ultimatum', String.raw`${CONSEQUENCE}[^.?!]{0,40}?\b${CONDITION}`),
  P('ultimatum', String.raw`\beither ${YOU}\b[^.?!]{0,80}?\bor\b`),
  P(
    'ultimatum',
    String.raw`\b(?:keep|go ahead and|carry on|try)\s+(?:ignoring|blocking|avoiding|ghosting|blanking)\s+me\b|\b(?:block|ignore|ghost|blank|avoid)\s+me\s+(?:again|one more time|once more)\b`,
  ),
  P('ultimatum', String.raw`\b(?:you're|you are) leaving me no (?:choice|option)\b`),
  // Guilt-trips: what the writer gave, is owed, has earned.
  P(
    'guilt',
    String.raw`\bafter (?:everything|all|all (?:that|this|the things|the stuff))(?: that)?\s+(?:i've|i have|i|we've|we have)\s+(?:done for|did for|given|gave|paid|put into|put in|sacrificed|spent on|invested|been through for|forgiven|been patient)`,
  ),
  P('guilt', String.raw`\bafter (?:everything|all (?:that|this|we've been through|we had|these years|those years))\s*\?`),
  P('guilt', String.raw`\bafter (?:${NUM}|all (?:these|those)) (?:\w+\s)?(?:years|yrs|months)(?: of (?:me|my|marriage|us))?\s*(?:\?|$|of me|of my)`),
  P('guilt', String.raw`\b${YOU} owe (?:me|it to me|us)\b|\bi(?:'m| am) owed\b`),
  P('guilt', String.raw`(?:^|\b(?:i|i really|i think i|i feel i|i still|i at least|don't i|surely i|i surely)\s)deserve\s+${CLAIM}|\bdon't i deserve\b`),
  P(
    'guilt',
    String.raw`\b(?:i(?:'ve| have)?|i think i(?:'ve)?|i feel (?:like )?i(?:'ve)?)\s+(?:more than |surely |definitely |at least )?earned\s+(?:${CLAIM}|your|it|the right|a (?:second|2nd|fresh))`,
  ),
  P(
    'guilt',
    String.raw`\b(?:the (?:very )?least ${YOU} (?:could|can|should|would)(?: do)?|${YOU} could at least|${YOU} could have the decency|(?:is that|is it|is this) (?:really )?(?:too much|so much) to ask|how hard is it to|a (?:reply|response|answer|call back|text back) would be (?:nice|good|great|the least))\b`,
  ),
  P(
    'guilt',
    String.raw`\b(?:if ${YOU} (?:ever |really |truly |still |even )?(?:loved|cared|love|care|respected|valued)(?: about| for)? me\b[^.?!]{0,50}?\b(?:you'd|you would|you will|you'll|ud)\b|unless ${YOU} (?:still |even )?(?:care|love|cared|loved)\b)`,
  ),
  P('guilt', String.raw`\b(?:is this|this is|that's|thats) how ${YOU} (?:repay|treat|thank)\b`),
  P(
    'guilt',
    String.raw`\bi(?:'ve| have)?\s+(?:already\s+|now\s+)?apologi[sz]ed(?:\s+(?:for|about)\s+[^.?!,]{0,40}?)?\s+(?:${NUM}\s+times|more (?:times )?than|again and again|over and over|so much|enough|twice|countless times|a (?:hundred|million|thousand) times|like \d+ times)|\bhow many more (?:times|apologies|do you)\b|\bwhat (?:more|else) do you want (?:from me|me to)\b|\bkeep apologi[sz]ing forever\b`,
  ),
  P(
    'guilt',
    String.raw`\bi(?:'ve| have)\s+(?:been (?:so |very |more than )?(?:patient|fair|understanding)|done everything)\b|\b(?:that's|thats|that is|been|had|given you)\s+(?:more than )?enough (?:space|time)\b|\bhow (?:much|long) (?:more )?(?:time|space) do (?:you|ya) need\b`,
  ),
  P(
    'guilt',
    String.raw`\b(?:can't|cannot|can not|won't be able to)\s+(?:just\s+)?(?:punish|ignore|avoid|hate|stay mad at|be mad at|stay angry (?:at|with)|be angry (?:at|with)|shut me out|freeze me out|keep me (?:out|away|waiting|blocked)|hold (?:this|it|that) against)\s*(?:me\s+)?forever\b`,
  ),
  P(
    'guilt',
    String.raw`\b(?:${YOU}(?:'re| are)?|your)\s+(?:really\s+)?(?:going to\s+)?throw(?:ing)?\s+(?:away\s+)?(?:${NUM}\s+(?:years|yrs|months)|everything|it all|us|what we had|this)\b`,
  ),
  P(
    'guilt',
    String.raw`\b(?:don't|do not|please don't)\s+(?:leave me hanging|make (?:\w+\s+){0,3}?wait|keep me waiting|let me down|shut me out|give up on (?:us|me)|throw (?:this|us|it) away)\b`,
    { negationInside: true },
  ),
  P('guilt', String.raw`\bcan't (?:keep waiting|wait (?:any longer|forever|much longer)|keep living in limbo)\b|\blimbo\b`, {
    negationInside: true,
  }),
  P(
    'guilt',
    String.raw`\b${YOU} think ${YOU} can (?:just )?(?:block|cut me off|ignore|walk away|move on|forget|leave|ghost|pretend|erase|replace)`,
  ),
  P(
    'guilt',
    String.raw`\b(?:and|but|yet)\s+${YOU} can't (?:even |at least |be bothered to )?(?:give me|say|answer|reply|text|pick up|spare|send|write|call|respond|tell me|talk to me)|\b${YOU} can't even (?:give me|say|answer|reply|text|pick up|spare|send|write|call|respond|tell me|talk to me|look at me)`,
    { negationInside: true },
  ),
  // Complaints about their silence.
  P(
    'silence',
    String.raw`\bwhy\s+(?:(?:are|r|is|do|does|did|have|would|won't|don't|can't|aren't|haven't|wouldn't)\s+)?${YOU}\s+(?:(?:are|r)\s+)?(?:still\s+|even\s+|just\s+|keep\s+|always\s+)*(?:ignoring|ignore|avoiding|avoid|blanking|ghosting|ghost|blocking|blocked|block|dodging|shutting me out|left me on|leave me on)\b`,
    { negationInside: true },
  ),
  P(
    'silence',
    String.raw`\bwhy\s+(?:(?:won't|don't|can't|aren't|haven't|wouldn't|will|do|are|r)\s+)?${YOU}\s+(?:(?:are|r)\s+)?(?:not|never)?\s*(?:just\s+|even\s+)?(?:answer|answering|reply|replying|respond|responding|talk|talking|text|texting|call|calling|pick|picking|get|getting back|write|writing|speak|speaking|message|messaging|unblock|see me)\b`,
    { negationInside: true },
  ),
  P(
    'silence',
    String.raw`\b(?:stop|quit)\s+(?:ignoring|avoiding|blanking|ghosting|blocking|dodging)\s+me\b|\b${YOU}(?:'re| are| r)?\s+(?:still |just |clearly |obviously |deliberately |really |literally )?(?:ignoring|avoiding|blanking|ghosting|dodging)\s+(?:me|my)\b`,
  ),
  P(
    'silence',
    String.raw`\b(?:left|leave|leaving|have|got|keep|kept|keeping)\s+me\s+on\s+(?:read|seen|delivered)\b|\bi(?:'m| am)\s+(?:just\s+)?on (?:read|seen)\b`,
  ),
  P(
    'silence',
    String.raw`\bstill (?:nothing|no (?:reply|answer|response|word|text))\b|\b${NUM}\s+(?:\w+\s)?(?:texts?|messages?|calls?|missed calls|voicemails?|emails?|days?|weeks?|hours?|hrs)\s+(?:and|of|but|with)\s+(?:nothing|no (?:reply|answer|response|word)|not (?:a|one) (?:word|reply)|silence)\b`,
  ),
  P(
    'silence',
    String.raw`\b(?:your|ur)\s+silence\s+(?:is|says|speaks|hurts|kills|'s|has been|tells|feels|makes|means)\b|\b(?:killing|torturing|punishing|hurting) me with (?:this|your|the) silence\b|\bthis silence is (?:killing|eating|torture|unbearable|driving)\b`,
  ),
  P(
    'silence',
    String.raw`\bit'?s been\s+(?:almost |nearly |over |like |literally |more than |a whole |an entire )?${NUM}\s+(?:\w+\s)?(?:hrs|hours|days|weeks|wks)\s*(?:already|now|and (?:still|nothing|you|not)|of (?:nothing|silence))?\s*(?:[^\w\s]*)$`,
  ),
  P(
    'silence',
    String.raw`\b${YOU}\s+(?:answered|replied to|texted|messaged|called|responded to|got back to|have time for|had time for)\b[^.?!]{0,50}?\b(?:but not me|and not me|but (?:you )?(?:can't|won't|couldn't|not))\b`,
  ),
  P(
    'silence',
    String.raw`\bthe reason (?:why )?${YOU} (?:won't|don't|aren't|can't|haven't|stopped|are not|will not)\s+(?:\w+\s+)?(?:answer|answering|reply|replying|respond|talk|talking|text|texting|call|see|pick)`,
    { negationInside: true },
  ),
  // Watching their screen or activity.
  P(
    'watching',
    String.raw`\b(?:i\s+(?:can\s+|could\s+)?(?:see|saw|know|noticed|notice)|i've seen)\s+(?:that\s+)?${YOU}(?:'ve|'re| have| are| were| was| r)?\s+(?:(?:already|been|just|literally|still)\s+)?(?:read|seen|opened|online|active|awake|typing|viewed|on (?:insta|instagram|whatsapp|snap|snapchat|facebook|tiktok|twitter|your phone|here))\b`,
  ),
  P(
    'watching',
    String.raw`\b(?:your|ur)\s+(?:spotify|location|last seen|snap ?map|active status|status|read receipts?)\s+(?:says|shows|said|showed)\b`,
  ),
  // Recruiting others to persuade.
  P(
    'others',
    String.raw`\b(?:i|${OTHERS})\s+(?:all\s+|also\s+|really\s+)?(?:think|thinks|thought|say|says|said|agree|agrees|agreed|feel|feels|reckon|reckons|believe|believes|keep saying|told me)\s+(?:that\s+)?${YOU}\s+(?:should|need to|ought to|have to|must|owe)\s+(?:really\s+|just\s+)?(?:give (?:me|us|it|this|him|her)|forgive|take me back|talk to me|answer|reply|hear me out|reconsider|come back|come home|meet (?:me|up)|see me|call me|let me|unblock|owe me|me)\b`,
  ),
  // Persistence and turning up.
  P(
    'persist',
    String.raw`\b(?:i'll|i will|i'm going to|i am going to|i'm)\s+(?:just\s+)?(?:keep|keeping|continue|carry on)\s+(?:on\s+)?(?:texting|calling|writing|messaging|ringing|emailing|coming (?:round|by|over)|turning up|showing up|knocking|trying to reach)\b[^.?!]{0,40}?\b(?:until|till|every|each|no matter|whether)\b`,
  ),
  P(
    'persist',
    String.raw`\b(?:not going to|won't|will not|never going to|can't|am not going to)\s+stop\s+(?:texting|calling|writing|messaging|trying|ringing|coming|asking)\b[^.?!]{0,20}?\b(?:until|till)\b`,
    { negationInside: true },
  ),
  P(
    'persist',
    String.raw`\bi'll (?:text|call|write|message|ring|email|check in|be in touch|come by|stop by)\s+(?:(?:to\s+)?you\s+)?(?:every|each)\s+(?:day|morning|night|evening|week|hour|single day)\b`,
  ),
  P(
    'persist',
    String.raw`\bi(?:'m| am)\s+(?:outside (?:your|ur)|(?:at|by) your (?:door|place|house|flat|work|office)|coming (?:over|round|around|to (?:your|see you))|on my way (?:over|to you|to your))\b|\bi(?:'m| am) outside\s*(?:[^\w\s]*)$|\b(?:i'll|i will|i'm going to)\s+(?:just\s+)?(?:come|wait|stop|swing|drop)\s+(?:by|over|round|around|outside|at your|downstairs)\b|\bi'll be waiting (?:outside|at your|by your)\b|\bunless i hear otherwise\b`,
  ),
  // Hurrying their forgiveness or healing.
  P(
    'hurry',
    String.raw`\bforgive me (?:now|already|today|tonight|right now|soon|this time)\b|\b(?:${YOU}(?:'re| are| r)?|your)\s+(?:going to|will|'ll)\s+(?:have to\s+)?forgive me\s+(?:eventually|one day|sooner or later|in the end|someday|anyway)\b`,
  ),
  P(
    'hurry',
    String.raw`\b(?:(?:let's|let us)\s+(?:just\s+)?|(?:can|could|can't|why can't) we\s+(?:please\s+)?just\s+)(?:draw a line|put (?:this|it|that|all this|all of this) behind us|go back to (?:normal|how (?:it|we|things) (?:was|were))|forget (?:about )?(?:it|this|that|all this|the whole thing)|move on from (?:this|it)|move past (?:this|it)|start (?:over|again|fresh)|be friends|pretend)\b`,
  ),
  P('hurry', String.raw`${IMP}(?:just\s+)?(?:let (?:it|this|that) go|get over (?:it|this|that)|move on)\b`),
  P(
    'hurry',
    String.raw`${IMP}(?:just\s+)?give (?:me|us|this|it) (?:another|a second|a 2nd|one more|one last|a last|a) (?:chance|shot|go|try)\b|\bfor ${YOU} to give (?:me|us|this|it)\b|\btell me (?:there's|there is) (?:still )?(?:a|some|any) (?:chance|hope)\b`,
    { softAware: true },
  ),
  P(
    'hurry',
    String.raw`\bfor (?:your own|the (?:kids|boys|girls|children|baby)'?s?|our (?:kids|children)'?s?|everyone's) sake\b[^.?!]{0,60}?\b(?:we|you)\s+(?:should|need to|ought to|must|have to)\b|\b(?:it would|it'd|it will|it'll) do you good to (?:see|talk|meet|hear)|(?<!\b(?:if|whenever|when|in case|ever) )\b${YOU} (?:really )?need me\b`,
  ),
  // Pleas pressed hard.
  P(
    'plea',
    String.raw`\b(?:just|only|even)\s+(?:one|1|a single)\s+(?:word|reply|text|line|answer|call|message|minute|conversation|coffee|phone call|response)\b|\b(?:that's|thats|is) all i(?:'m| am) asking\b|\ball i(?:'m| am) asking (?:for|is)\b|\bi (?:only|just) want (?:five|5|ten|10|two|2|a few|one) minutes\b`,
  ),
];

/** Every trigger the patterns need, for the gate. */
export const PRESSURE_GATE =
  /\b(?:have to|need|must|should|ought|better|ball|only way|answer|reply|respond|talk|speak|pick up|unblock|text|write|stop|come|open|please|pls|begging|by|before|tonight|today|now|asap|immediately|this (?:evening|weekend|week)|ideally|preferably|too much|too long|booked|or|if|either|keep|block|ignore|leaving me|after|owe|owed|deserve|earned|least|decency|ask|hard|loved?|cared?|respected|valued|repay|treat|thank|apologi[sz]ed|how many|what more|what else|apologi[sz]ing|patient|fair|done everything|enough|forever|throw|don't|do not|waiting|wait|limbo|think you can|can't|why|read|seen|still|nothing|silence|been|answered|replied|texted|messaged|called|responded|reason|see|saw|know|notice|spotify|location|status|think|say|said|agree|feel|reckon|believe|told|until|till|every|outside|at your|coming|on my way|unless i hear|forgive|let's|let us|can we|could we|let it go|get over|move on|give|tell me there|sake|do you good|need me|one|single|all i'm|minutes)\b/;

/** Words before a hit that make it the writer's own past speech ("I used to say you owe me"). */
const OWN_PAST_SPEECH =
  /\bi\s+(?:once\s+)?(?:said|told you|used to (?:say|tell you)|kept (?:saying|telling you)|would say|wrote|texted)\b[^.?!]{0,12}$/;
/** A sentence that hands the choice to them turns a request into an invitation. */
const SOFT = /\b(?:if (?:you|ya) (?:want|'d like|would like|wish|feel like|are up for|'re up for|can|ever)|whenever|when you(?:'re| are) ready|when you can|no (?:rush|pressure|hurry))\b/;
/** Open, self-directed or hypothetical frames: "do I deserve…", "whether you have to…". */
const OPEN_FRAME = /\b(?:do|does|if|whether|wonder if|not sure if|don't know if|no idea if)\s+$/;

function guarded(s: Sentence, p: Pattern, m: RegExpExecArray): boolean {
  const pos = m.index;
  if (isRepeatedSpeech(s, pos)) return true;
  const before = s.text.slice(Math.max(0, pos - 40), pos);
  if (OWN_PAST_SPEECH.test(before)) return true;
  if (OPEN_FRAME.test(before) && !/\bdon't i\b/.test(m[0])) return true;
  if (!p.negationInside && negatedBefore(s, pos, 3)) return true;
  if (p.softAware && SOFT.test(s.text)) return true;
  return false;
}

function find(s: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (const p of PATTERNS) {
    forEachMatch(p.re, s.text, (m) => {
      if (guarded(s, p, m)) return;
      // Trim leading punctuation or linkers that the imperative prefix swallowed.
      let start = m.index;
      const lead = /^(?:[,;:]\s*|(?:please|pls|just|so|now|ok|okay|and|then|for once|for god's sake|seriously|honestly|lol|but|yet)\s+)*/.exec(
        m[0],
      );
      if (lead && lead[0].length < m[0].length && /^[,;:\s]|^(?:and|then|so|now|ok|okay|lol|but|yet)\b/.test(m[0])) {
        start += lead[0].length;
      }
      let end = m.index + m[0].length;
      while (end > start && /[\s?!.,]/.test(s.text[end - 1] as string)) end--;
      if (end <= start) return;
      if (hits.some((h) => start < h.end && end > h.start)) return;
      hits.push({ start, end, ...VOICE[p.form] });
    });
  }
  return hits;
}

export const pressure: Rule = {
  id: 'pressure',
  kind: 'problem',
  gate: PRESSURE_GATE,
  find,
};
