/**
 * `respects-pace`: the draft leaves the timing and the choice to the recipient — "take all the time
 * you need", "no need to reply", "whenever you're ready", "whatever you decide, I'll respect it",
 * "you don't owe me anything", "I won't write again unless you want me to". Not when the same
 * sentence sets a deadline or makes a demand ("take your time, but answer by Friday"): those
 * sentences are `pressure`, which suppresses this rule.
 */
import type { Sentence } from '../../analysis.js';
import { isRepeatedSpeech } from '../../guards.js';
import { forEachMatch, type Hit, type Rule } from '../../rule.js';
import { LOGISTICS } from './pressure.families.js';
import { raw } from './pressure.list.js';

const YOU = raw`(?:you|ya)`;
/** Ways of answering or making contact that a writer says are not required. */
const ANSWER = raw`(?:reply|respond|answer|write back|text back|get back to me|say anything|say a word|do anything|read (?:this|it)|forgive me|see me|meet|call|decide anything|decide now|decide today|engage|acknowledge|reach out)`;

const PATTERNS: readonly RegExp[] = [
  // Time: take all the time you need, as long as you like, all the space you need.
  /\btake\s+(?:all\s+(?:of\s+)?(?:the\s+)?|whatever\s+|as\s+much\s+|your\s+(?:own\s+)?|ur\s+)(?:time|space)\b(?!\s+(?:with|on|over)\s+(?:the|your|ur|that|those)\s+(?!(?:decision|answer|reply|response|thoughts|feelings|message|letter)\b))(?:\s+(?:you|ya)\s+(?:need|want|like|'d like))?|\btake\s+(?:as|however)\s+long\s+as\s+(?:you|ya)\s+(?:need|want|like)\b|\btake (?:the|some) (?:time|space) (?:you|ya) need\b/g,
  /\b(?:as long as|as much as|however long|whatever time|all the time|all the space) (?:you|ya) (?:need|want|like)\b|\bi(?:\s+won't|\s+will not|'m not going to|\s+am not going to|'m not gonna|\s+will never|'ll never|\s+don't want to|\s+never want to|\s+promise not to)\s+(?:push|pressure|rush|chase|hurry|hassle|badger)(?: you| it| this| things)?\b/g,
  // No rush, no deadline, no clock, no pressure, no need to reply.
  new RegExp(
    raw`\b(?:no|there's no|there is no|without any|not on any)\s+(?:rush|hurry|deadline|clock|timetable|timeline|time limit|pressure|obligation|expectation|expectations|strings|need (?:for you )?(?:to|2) ${ANSWER}|need for (?:a|any) (?:reply|response|answer))\b`,
    'g',
  ),
  /\bno (?:reply|response|answer) (?:is|needed|necessary|required|expected)\b/g,
  // You don't have to, you don't owe me, don't feel obliged.
  new RegExp(
    raw`\b${YOU}\s+(?:really\s+|honestly\s+|absolutely\s+|truly\s+)?(?:don't|do not|never|needn't|need not|won't)\s+(?:ever\s+)?(?:have to|need to|'ve got to|have got to)\s+(?:\w+\s+){0,1}?${ANSWER}`,
    'g',
  ),
  new RegExp(raw`\b${YOU}\s+(?:really\s+|honestly\s+|absolutely\s+)?(?:don't|do not|never)\s+owe me\b`, 'g'),
  new RegExp(
    raw`\b(?:don't|do not|please don't|never)\s+feel\s+(?:like\s+)?(?:${YOU}\s+(?:have|need)\s+to|obliged|obligated|any pressure|pressured|you owe)\b`,
    'g',
  ),
  /\b(?:this|it|that|my)(?: (?:message|text|letter|email|note))?\s+(?:doesn't|does not)\s+(?:need|require)\s+(?:a|an|any)\s+(?:reply|response|answer)\b/g,
  /\b(?:you can|feel free to|feel free|you're free to|you are free to)\s+(?:just\s+)?(?:leave this|ignore this|ignore it|ignore me|delete this|delete it|leave it|not (?:to )?(?:reply|answer|respond|write back)|to not (?:reply|answer|respond))\b/g,
  /\b(?:you're|you are) under no obligation\b|\bforgiv(?:ing|eness of) me (?:is not|isn't) your (?:job|responsibility|burden)\b|\bit(?:'s| is) not your (?:job|responsibility) to (?:forgive|make|fix)\b/g,
  // Whenever you're ready, if and when, if ever, or not at all.
  new RegExp(
    raw`\bwhenever\s+(?:(?:${YOU}(?:'re| are)?|your)\s+(?:ready|want|like|feel|choose|decide|wish|up for it|free)|suits ${YOU}|works for ${YOU}|or never|or not at all)\b|\b(?:answer|reply|respond|write|talk|call)\s+whenever\b|\b(?:if and when|when and if|whenever and if ever|if ever|when or if)\b|\bor not at all\b|\b(?:today|now) or ever\b`,
    'g',
  ),
  new RegExp(
    raw`\b(?:only\s+)?if\s+(?:${YOU}|a conversation|it|talking)\s+(?:ever\s+)(?:want to (?:talk|hear|ask|tell|reach|get in touch|see|meet|speak|write|call|contact|know|listen|go)|wants? to\b|feels? (?:ready|like (?:talking|it)|right|up to|able)|wish|decide|choose|change|changes)|\bonly if (?:${YOU}|that|it) (?:ever\s+)?(?:want|suits|feel|wish|'d like|would like)\b|\bif that ever changes\b`,
    'g',
  ),
  new RegExp(
    raw`\bwhether (?:or not\s+)?${YOU}\s+(?:ever\s+)?(?:write back|reply|answer|respond|forgive|talk|decide|want to (?:talk|hear|see|reply|answer|meet|speak))\b|\bwhether (?:we|you) ever\b`,
    'g',
  ),
  // Whatever you decide, I'll respect it; it's your call; up to you.
  new RegExp(
    raw`\b(?:whatever|what(?:ever)? happens next|whatever happens|what) ${YOU}\s+(?:decide|choose|pick|want|need)\b[^.?!]{0,60}?\b(?:respect|accept|live with|abide|understand|stands|is yours|is your|is up to|good with|fine|okay|ok|support)\b`,
    'g',
  ),
  /\b(?:it's|its|it is|that's|thats|that is|is|entirely|completely|totally|all|always)\s+(?:entirely\s+|completely\s+|totally\s+|all\s+)?(?:your|ur)\s+(?:call|decision|choice|pace)(?=\s*(?:[^\w\s]|$|and\b|not mine|entirely|completely|always|alone|to make|now|too|whether|if|when|how))|^(?:your|ur)\s+(?:call|decision|choice|pace)(?=\s*(?:[^\w\s]|$|and\b|not mine|always))|\b(?:your|ur) (?:call|decision|choice),? not mine\b/g,
  /\b(?:(?:is|it's|its|completely|entirely|totally|all)\s+)up to (?:you|ya)\b(?! to\b)|\byours to (?:decide|start|make|choose|set|take)\b|\b(?:you|ya) get to (?:decide|choose|set)\b|\bat (?:your (?:own )?|whatever |a )(?:pace|speed)\b(?: (?:that )?(?:works for|suits|feels right (?:to|for)) (?:you|ya))?|\b(?:in|on) your (?:own )?(?:time|terms)\b/g,
  /\bi(?:'ll| will| would| shall| am going to| can| promise to)\s+(?:completely\s+|fully\s+|always\s+)?(?:respect|accept|abide by|live with|honou?r)\s+(?:that|it|whatever|your (?:decision|choice|wishes|answer|silence|boundaries|space|call|pace))\b|\bi\s+(?:completely\s+|fully\s+|will always\s+)?(?:respect|accept|abide by|live with|honou?r)\s+(?:whatever|your (?:decision|choice|wishes|answer|silence|boundaries|space|call|pace))\b/g,
  // If not, I understand; if you'd rather not, that's okay.
  /\bif (?:not|you don't|you do not|you want nothing|you want no|you'd rather|you would rather|you never|you prefer|you'd prefer|the answer is|it never|it does not|it doesn't|you can't|that's too much|you're not|you are not|you aren't|you're never|you feel you can't|it's too soon|it is too soon|it's too much|now isn't|this isn't|you need (?:more )?(?:time|space))\b[^.?!]{0,80}?\b(?:i(?:'ll| will| would| shall)?\s+(?:completely\s+|totally\s+|fully\s+)?(?:understand|respect|accept)|that'?s (?:completely |totally |perfectly |absolutely |also )?(?:ok|okay|fine|alright|all right)|thats (?:ok|okay|fine)|(?:ok|okay|fine) (?:too|by me)|your call|i get it)\b/g,
  /\bi(?:'ll| will| would| shall)?\s+understand(?:\s+(?:completely|totally|fully|that))?(?:\s+if\b|\s*[.!]*$)|\bi understand if\b|\bthat's (?:ok|okay|fine) too\b|\b(?:it's|that's|it is|that is|its|thats) (?:completely |totally |perfectly |absolutely |also )?(?:ok|okay|fine|alright|all right|understandable)\s+if (?:you|ya) (?:don't|do not|never|need|would rather|'d rather|can't|aren't|choose not|decide not|prefer|want to wait|take)\b|\b(?:should you not|and if not|or not),?\s+i (?:shall |will |'ll )?understand\b/g,
  // I won't write again unless you want me to; nothing more from me; I'll give you space.
  /\bi\s+(?:won't|will not|shan't|will never|'m not going to|am not going to)\s+(?:\w+\s+){0,2}?(?:message|text|write|contact|call|reach out|bother|email|be in touch)\b[^.?!]{0,30}?\bunless (?:you|ya)\b|\bnothing (?:more|else|further) from me unless\b|\bno (?:follow-up|follow up|more messages) from me\b|\b(?:my last|the last) (?:letter|message|text|email)\b[^.?!]{0,20}?\bunless\b|\bi(?:'ll| will| am going to|'m going to|'m giving|'m going to give) (?:give )?(?:you|ya) (?:the |some |all the |whatever |as much |more )?(?:space|time|room|distance)\b|\bi(?:'ll| will) leave (?:this|it) (?:there|with you|at that|in your hands)\b/g,
  // Not asking for anything; no expectation of a reply.
  /\bi(?:'m| am)\s+not\s+(?:asking|expecting)\s+(?:you\s+)?(?:to|for)\b|\bi(?:'m| am) not going to ask you to\b|\bi (?:don't|do not) expect (?:anything|a (?:reply|response|answer)|any (?:reply|response|answer)|you to|forgiveness|a thing)\b|\bi make no claim\b|\bnot (?:asking|expecting) (?:for )?anything\b|\bno reply is (?:a )?(?:perfectly )?(?:good|fine|okay|ok)\b/g,
  // Needn't, only if you want to, take silence as the answer.
  new RegExp(
    raw`\b${YOU} needn't (?:\w+ )?${ANSWER}|\b(?:only )?(?:reply|answer|respond|write back|get in touch|talk to me|call)\s+(?:only\s+)?if (?:you|ya) (?:want|feel like|'d like|would like|wish|are ready|'re ready)\b|\bdon't (?:reply|answer|respond|write back) (?:if|unless) (?:you|ya) (?:don't )?(?:want|feel like)\b|\bi(?:'ll| will) take (?:that|your silence|no reply|silence|no answer) as (?:your|an|a) (?:answer|no)\b|\bi(?:'ll| will) leave you (?:be|alone|in peace)\b|\bif (?:you'd|you would) (?:prefer|rather) (?:i|me|that i|not|never)\b|\bif (?:you'd|you would) like me to (?:stop|leave you|not|back off|go away)\b`,
    'g',
  ),
  // The next step is theirs.
  /\b(?:the )?next (?:step|move) is (?:yours|up to you|your call)\b|\bleave (?:the next (?:step|move)|it|that|the rest|everything|the timing) (?:up )?to (?:you|ya)\b|\b(?:you're|you are) in charge of\b|\byou set the (?:pace|terms|timing)\b|\bwhatever (?:pace|timing|speed) (?:you|ya)\b|\b(?:your|ur) (?:timeline|timing|terms|pace),? not mine\b|\byou decide (?:if|when|whether|how)\b|\b(?:you're|you are) (?:ever )?ready\b[^.?!]{0,10}?\bif ever\b|\bif (?:you're|you are|your) ever ready\b|\bwhen (?:you're|you are|your) ready\b/g,
  /\bi expect nothing\b|\bi(?:'m| am) not expecting (?:a|an|any|anything)\b|\bi (?:don't|do not) need (?:a|an|any) (?:reply|response|answer)\b|\b(?:you|ya) owe me nothing\b|\bisn't something (?:you|ya) owe\b|\bzero pressure\b|\b(?:write back|text back|get back to me|reply|answer)\s+whenever\b|\bwhenever,? or never\b/g,
  /\bi(?:'ll| will) (?:stay|keep) (?:out of your way|away from you|out of your life)\b|\bgive (?:you|ya) (?:all the )?(?:space|time|room|distance) (?:you|ya) need\b/g,
  // Time made for their decision: "I've paid the rent so you have time to work out what you want"
  /\b(?:so|and) (?:you|ya) (?:have|'ve got|have got|get|can take) (?:the |some |all the |enough )?(?:time|space|room)(?: (?:you|ya) need)? to (?:work out|figure out|think(?: about)?|decide|sort out|process|work through)\b(?![^.!?]{0,30}\b(?:before|by|until|till)\b)/g,
  // "up to you." as the whole sentence; "the ball's in your court"
  /^\W*(?:(?:totally|completely|entirely|all|honestly)\s+)?up to (?:you|ya)(?:,?\s+(?:always|honestly|totally|completely|entirely|no pressure))?\W*$|\b(?:the\s+)?ball(?:'s| is)? (?:(?:firmly|completely|entirely)\s+)?in your court\b/g,
  // "If you want me to leave you alone, I will", "you can tell me to go away and I will"
  /\bif (?:you|ya) (?:want|'d like|would like|need|prefer|'d prefer|would prefer|ever want) me to (?:leave you alone|stop (?:writing|texting|messaging|contacting you|calling|reaching out|trying)|back off|go away|disappear|stay away|give you space|not (?:contact|write|text|message|call)|never (?:contact|write|text|message|call))\b|\b(?:you can|you're free to|you are free to|feel free to|just) tell me to (?:go away|back off|leave you alone|stop|get lost|disappear|never contact you|stay away)\b/g,
  // "If you need space, take it.", "I respect that you need distance"
  /\bif (?:you|ya) need (?:more\s+|some\s+)?(?:space|time|distance|a break|room)\b|\bi\s+(?:completely\s+|fully\s+|totally\s+)?(?:respect|accept|understand|get)\s+(?:that\s+|why\s+)?(?:you|ya)\s+(?:need|want|'d rather|would rather|asked for|are not ready|'re not ready|aren't ready|don't want|do not want|might not (?:want|be ready)|may not (?:want|be ready)|chose|decided)\b/g,
  // "Reply or don't, both are fine", "I'll follow your lead", "I'll back off"
  /\b(?:reply|answer|respond|write back|text back|call)\s+or\s+(?:don't|not)\b|\b(?:either way|both|either) (?:is|are) (?:fine|okay|ok|alright)\b|\b(?:i'll|i will|i'm going to|i am going to|i'm happy to|happy to)\s+(?:follow|take)\s+(?:your|ya)\s+lead\b|\bi(?:'ll| will|'m going to| am going to)\s+(?:back off|step back|take a step back|give you (?:some )?(?:room|space|distance))\b/g,
  // "Only when you feel ready", "say no if you want, that's your right"
  /\bonly (?:if|when|once) (?:you|ya)(?:'re| are)?\s+(?:feel\s+|are\s+|'re\s+)?(?:ready|want to|wish|choose|decide|feel like it|feel up to it)\b|\b(?:saying no|no) (?:is|would be) (?:okay|ok|fine|an answer|a fine answer|allowed|a complete answer|a valid answer)\b|\b(?:you can|feel free to) (?:say no|decline|turn me down)\b|\b(?:that's|that is) (?:your|ya|you're) right\b(?!\s+(?:about|that|to be))|\b(?:you have|you've got) every right to (?:say no|not (?:reply|answer|respond)|ignore (?:this|me)|never speak to me|walk away|end (?:this|it))\b/g,
  // "I won't write again", "this is the last you'll hear from me", "you won't hear from me again"
  /\bi(?:\s+won't|\s+will not|'ll not|\s+shan't|'m not going to|\s+am not going to|\s+will never|'ll never)\s+(?:\w+\s+)?(?:write|message|text|contact|call|email|reach out|bother|be in touch|get in touch)(?:\s+(?:to\s+)?(?:you|ya))?\s+(?:again|anymore|any more|after this|after today|from now on)\b(?![^.!?]{0,30}\b(?:until|till|til)\b)|\b(?:this is|this'll be|this will be) the last (?:you'll hear from me|you will hear from me|time i (?:write|contact|message|text|reach out|bother you))\b|\b(?:you|ya) (?:won't|will not|will never|'ll never) hear from me (?:again|anymore)\b(?![^.!?]{0,30}\b(?:until|till|til)\b)/g,
  // "If you want to talk, you know where I am", "should you want to talk, I'm around"
  /\b(?:if|should|if ever|if there's ever a time|if there is ever a time|if a day comes when)\s+(?:you|ya)\s+(?:ever\s+)?(?:want|wish|'d like|would like|feel like|need|feel ready)\s+(?:to\s+)?(?:talk|speak|reach out|hear from me|get in touch|see me|meet|call|ask me anything|talking)\b[^.!?]{0,40}?\b(?:you know where|i'm (?:here|around)|i am (?:here|around)|i'll (?:be here|listen|be around|answer)|i'd (?:listen|like that|be glad|welcome it)|i will (?:be here|listen|answer)|my door)/g,
  // "There's nothing you need to do", "forgiveness isn't something I'm owed", "I'm not writing to get you back"
  /\b(?:there's|there is) nothing (?:you|ya) (?:need|have|owe me|are expected) to do\b|\bnothing (?:is )?(?:needed|required|expected) (?:of|from) (?:you|ya)\b|\b(?:forgiveness|a reply|an answer|a response|your time|your forgiveness|anything)\s+(?:isn't|is not|'s not)\s+(?:something\s+)?(?:i'm|i am) owed\b|\b(?:i'm|i am) owed nothing\b|\bi(?:'m| am)\s+not\s+(?:writing|texting|messaging|sending this)\s+(?:this\s+)?(?:to|for|because)\s+(?:ask|get|win|change|pressure|make|beg|expect|want|forgiveness|a reply|an answer|anything)\b/g,
  // "Whatever you choose is right", "any answer, or none, is okay"
  /\bwhatever (?:you|ya) (?:choose|decide|pick|want)(?:,)? (?:is|will be) (?:right|the right (?:one|choice|thing)|yours|okay|ok|fine)\b|\b(?:any|whatever) (?:answer|decision|reply|response),? (?:or none|or no (?:reply|response|answer)),? (?:is|will be) (?:okay|ok|fine|alright|accepted|respected)\b|\bno (?:reply|response|answer) is (?:also )?(?:an answer|okay|ok|fine)\b/g,
  // "The choice is yours", "that's for you to decide", "only you can decide"
  /\b(?:the|that|this) (?:choice|decision|call|next step)(?:'s| is| will always be| remains| stays)\s+(?:entirely\s+|completely\s+|all\s+|only\s+)?(?:yours|your own)\b|\b(?:that's|that is|it's|it is|this is)\s+(?:entirely\s+|only\s+|all\s+)?for (?:you|ya) to (?:decide|choose|say)\b|\bonly (?:you|ya) (?:can|get to) (?:decide|choose|say)\b/g,
  // texting: "no worries if not", "all good if u dont reply", "dw about replying", "understand if u dont reply"
  /\b(?:no worries|all good|no problem|np|no hard feelings|(?:it's|that's|it is|that is|its|thats) (?:cool|all good|no problem|fine|ok|okay)|cool|fine)\s+if (?:not|you don't|you do not|you can't|you'd rather not|you would rather not|you aren't|you're not|you never|you need)\b|\bif not,?\s+(?:that's|thats|it's|its)?\s*(?:cool|all good|no worries|no problem|understandable|no hard feelings)\b|\b(?:(?:don't|dont|do not) worry|dw) about (?:replying|answering|responding|getting back|writing back|texting back|it if you)\b|^\W*(?:totally\s+|completely\s+|i'd\s+|i would\s+)?(?:understand|get it|get that)\s+if\b|\bi'd (?:completely\s+|totally\s+|fully\s+)?understand(?:\s+if\b|\s*[.!]*$)|^\W*no stress(?:\s+(?:at all|honestly|tho|though|whatsoever))?\W*$|\b(?:you're|you are|ur) allowed to (?:say no|not (?:reply|answer|respond)|ignore (?:this|me)|walk away|take your time|need time|need space)\b/g,
  // "I'm not in any rush", "don't rush yourself", "I'm happy to wait until you feel ready"
  /\bi(?:'m| am)\s+not\s+in\s+(?:any|a|the slightest)\s+(?:rush|hurry)\b|\b(?:don't|do not|please don't|never)\s+(?:rush|hurry)\s+(?:yourself|on my account|for me|for my sake|your (?:answer|decision|reply)|a (?:reply|decision|response))\b|\bi(?:'m| am)\s+(?:happy|willing|content|okay|ok|fine|prepared)\s+to wait(?:\s+(?:for (?:you|ya)|as long as (?:it takes|you need)|however long|(?:until|till|til) (?:you|ya)(?:'re| are)?\s+(?:feel\s+)?ready))?(?=\s*(?:[.!,;]|$))|\bi(?:'m going to|'ll| will| can| am going to)\s+wait\s+(?:until|till|til|for)\s+(?:you(?:'re| are)?|ya)\s+(?:feel\s+|are\s+)?(?:ready|want to|feel like|choose|decide)\b/g,
  // "when it feels right for you", "you decide what happens from here"
  /\b(?:when|whenever|if|once|only when)\s+(?:it|the time|that)\s+(?:feels|seems|is|comes)\s+right\s+(?:to|for)\s+(?:you|ya)\b|\b(?:you|ya)\s+(?:decide|choose|get to decide|get to choose)\s+(?:what happens|what comes next|where (?:we|this|things) go|where we stand|if we ever|whether we ever|how much|how often|the pace|the terms)\b/g,
  // Silence as an answer: "silence is an answer too", "I'll treat your silence as your answer"
  /\b(?:silence|not replying|not answering|no reply|no answer|saying nothing)\s+(?:is|would be|will be)\s+(?:also\s+|still\s+)?(?:a |an )?(?:(?:perfectly |completely |totally )?(?:fine|valid|fair|okay|ok|good|complete|real)\s+)?answer(?:\s+too|\s+as well)?\b|\bi(?:'ll| will| would)\s+(?:treat|take|accept|read|respect|honou?r)\s+(?:your |that |the |any )?silence\b/g,
  // Every option, not replying included, is fine: "reply, don't reply, block me: all of those are okay"
  /\b(?:all|any|each|both|either) of (?:those|these|them|that|it) (?:is|are|would be|will be) (?:okay|ok|fine|alright|all right|valid|understandable|allowed)\b|\b(?:reply|answer|respond|write(?: back)?|call|text(?: back)?|talk to me)\b[^.!?]{2,40}?,?\s+or (?:never|not at all|not(?: (?:reply|answer|respond|write back|text back|call|at all))?|don't)\s*(?:[.!]|$)/g,
  // The timing of the answer is theirs: "answer when you want", "reply if and when you feel like it"
  /\b(?:reply|answer|respond|write back|text back|text me back|get back to me|talk to me|call me|write)\s+(?:only\s+)?(?:when|if and when|once) (?:you|ya) (?:want(?: to)?|like|feel like it|feel like|choose|wish|feel ready|'re ready|are ready|decide)\b/g,
  // "nothing you need to do with this", "I'm not going to ask you for anything", "I ask nothing of you"
  /\bnothing (?:you|ya) (?:need|have|are expected|'re expected|should feel you have) to do\b|\bi(?:'m| am) not going to ask (?:you\s+)?(?:for|anything)\b|\bi (?:won't|will not|will never) ask (?:you\s+)?(?:for anything|anything of you)\b|\bi ask (?:nothing|for nothing) (?:of|from) (?:you|ya)\b/g,
  // "only if you're comfortable with it"
  /\bonly if (?:you're|you are|you feel|ya|you'd be|you would be) (?:comfortable|okay|ok|happy|fine|alright|at ease)\b|\bif (?:you're|you are|you feel|ya) (?:comfortable|at ease) with (?:it|this|that)\b/g,
  // "this is the last one until you reach out", "I'll stop texting unless you want me to"
  /\b(?:the last (?:one|message|text|time|email|letter)|i(?:'ll| will|'m going to| am going to)\s+(?:stop|quit)\s+\w+ing|i(?:'ll| will|'m going to| am going to)\s+(?:stay quiet|go quiet|be quiet|hold off|step back|stay away|keep my distance))\b[^.!?]{0,30}?\b(?:until|till|til|unless) (?:you|ya)\s+(?:reach out|contact me|get in touch|message me|text me|write|call me|want|ask|say so|tell me|decide|choose|are ready|'re ready)\b/g,
  // "I'll go along with whatever you choose", "I deserve whatever you decide"
  /\b(?:go along with|abide by|stand by|be okay with|be fine with|make peace with|accept|respect|honou?r|live with|deserve|support)\s+whatever (?:you|ya) (?:choose|decide|want|pick|say|feel is right|think is right)\b/g,
  // "giving you as much space as you need", "take weeks, months, whatever you need"
  /\b(?:give|giving|gives)\s+(?:you|ya)\s+as much\s+(?:(?:space|time|room|distance)\s+)?as (?:you|ya) (?:need|want|like)\b|\btake\b[^.!?]{0,30}?\bwhatever (?:time |space )?(?:you|ya) need\b/g,
  // "whatever you need, even if that's no contact"
  /\beven if (?:that's|that is|it's|it is|that means|it means) (?:no contact|never (?:hearing from me|seeing me|talking|speaking)|not hearing from me|goodbye|silence|not talking|space|no reply|no answer|never)\b/g,
  // "I'll wait, however long it takes"; "if you don't want to talk again, that's fair"
  /\bi(?:'ll| will|'m happy to| am happy to|'m willing to| am willing to| can)\s+wait\b[^.!?]{0,5}?\bhowever long (?:it takes|you need|that takes|that is)\b|\bif (?:you|ya) (?:don't|do not|never) want to (?:talk|speak|hear from me|see me|reply|answer)\b[^.!?]{0,30}?\b(?:that's|thats|that is|it's|its) (?:completely |totally |only |perfectly )?fair\b/g,
];

export const RESPECTS_PACE_GATE =
  /\b(?:take|long|time|space|no|there's|reply|don't|do not|never|needn't|feel|need|require|can|free|obligation|job|responsibility|whenever|if|ever|whether|whatever|what|call|decision|choice|pace|up to|yours|get to|speed|terms|respect|accept|abide|live with|honou?r|understand|unless|nothing|follow|last|give|leave|asking|expecting|expect|claim|not|needn't|only|next|step|move|charge|set|whatever|timeline|timing|ready|nothing|zero|stay|keep|room|distance|okay|ok|fine|alright|prefer|rather|silence|alone|be|push|pressure|rush|chase|hurry|much|court|lead|back|right|either|both|when|tell|want|hassle|badger|write|message|last|hear|should|owed|writing|choose|decide|any|yours|only|again|reach|worries|good|np|cool|dw|worry|stress|allowed|hard|wait|silence|answer|ask|comfortable|until|till|til|giving|gives|support|deserve|rushing)\b/;

const REASON = 'Leaving the timing and the choice to them shows you respect their pace.';
const SUGGESTION = 'Keep this as it is, and keep any later messages free of deadlines.';

/** A demand in the same sentence takes the choice back ("whenever you're ready, you'd better call me"). */
const DEMAND =
  /\b(?:you(?:'d| had) better|(?<!\b(?:feel|feel like|think|mean|that|saying|if)\s+)you (?:need|have|must|gotta|got) to (?:call|reply|answer|text|respond|decide|tell|get back|talk|meet|come|forgive)|(?<!\b(?:to|don't|not|never)\s+)(?:answer me|reply to me)\b|call me (?:now|tonight|back)|or (?:else|i'll|i will|we're done))\b|\btake (?:your|ur) time (?:getting|to get) (?:ready|dressed)\b|\b(?:reply|answer|respond|text back|call me|get back to me)\s+(?:tonight|today|now|asap|right now|straight away|immediately)\b|\bas long as (?:it's|its|it is) (?:today|tonight|soon|this week|quick)\b|\b(?:answer|reply|decide|respond|make|let me know|tell me|hear back|get back to me)\b[^.!?]{0,30}\bby (?:tomorrow|tonight|the weekend|the end of (?:the )?(?:day|week|month)|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)/;

/**
 * Just before "whenever you want": a permission to look into the writer's own things ("my phone
 * stays unlocked and you can check it whenever you want"). That is openness about the writer, not
 * the timing of their answer.
 */
const ACCESS_BEFORE =
  /\b(?:you|ya)\s+(?:can|could|may|are free to|'re free to)\s+(?:always\s+|just\s+)?(?:look at|look through|look in|check|go through|read|see|use|access|search|scroll through|track|borrow)\s+(?:it|them|my \w+|all (?:of )?(?:it|them|my \w+))\s*$/;

/**
 * "Fine if you can't", "you don't have to see me" said of a practical arrangement ("no big deal if
 * you can't make the 5pm handover", "so you don't have to see me when you come for the car"): that
 * is about the errand, not their pace with the writer.
 */
const PRACTICAL =
  /\bif (?:not|you (?:can't|cannot|don't|do not|aren't|are not|'re not|won't))\b|\bhave to (?:see|meet)\b/;

function find(s: Sentence): Hit[] {
  const hits: Hit[] = [];
  if (DEMAND.test(s.text)) return hits;
  for (const re of PATTERNS) {
    forEachMatch(re, s.text, (m) => {
      if (isRepeatedSpeech(s, m.index)) return;
      if (PRACTICAL.test(m[0]) && LOGISTICS.test(s.text)) return;
      if (m[0].startsWith('whenever') && ACCESS_BEFORE.test(s.text.slice(0, m.index))) return;
      const start = m.index;
      let end = m.index + m[0].length;
      while (end > start && /[\s?!.,]/.test(s.text[end - 1] as string)) end--;
      if (end <= start || hits.some((h) => start < h.end && end > h.start)) return;
      hits.push({ start, end, reason: REASON, suggestion: SUGGESTION });
    });
  }
  return hits;
}

export const respectsPace: Rule = {
  id: 'respects-pace',
  kind: 'strength',
  gate: RESPECTS_PACE_GATE,
  suppressedBy: ['pressure'],
  suppressedInMessageBy: ['pressure'],
  find,
};
