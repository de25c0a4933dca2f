/**
 * Word classes for the `pressure` rule, as regular-expression sources. Text is already normalised:
 * lower case, straight quotes, texting forms expanded ("u" → "you", "gotta" → "have to",
 * "gonna" → "going to", "im" → "i'm").
 */

/** `String.raw`, under a short name: the patterns are raw strings, so a regex reads as it is written. */
export const raw = String.raw;

/** Ways of writing a number of messages, hours or days. */
export const NUM = raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|a couple of|so many|how many)`;

/** Ways of contacting or answering the writer: what a demand asks them to do. */
export const CONTACT = raw`(?:let me know|tell me|decide|answer|reply|respond|text|txt|message|call|ring|phone|write|talk|speak|get back|pick up|meet|see|come back|come home|come over|come down|come out(?:side)?|open (?:the|this|your|ur) door|unblock|listen|hear me out|forgive|give me|give us|take me back|let me (?:explain|in|see you|talk|come))`;

/** Things a recipient is told they must or should do for the writer. */
export const OWED_ACT = raw`(?:forgive|answer|reply|respond|text me|text back|call me|ring me|phone me|talk to me|speak to me|hear me out|listen to me|meet me|meet up|see me|give (?:me|us|this|it|him|her) (?:another|a second|a 2nd|one more|one last|a last|a|the|some) (?:chance|shot|go|try|break|minute|hearing)|give me (?:an? )?(?:reply|response|answer)|let (?:it|this|that) go|let me (?:explain|back|in|see|talk|come)|get over (?:it|this|that)|move on from|be over (?:it|this|that)|come back|come home|pick up (?:the|your|ur|my|when)|answer my|take me back|unblock me|make up your mind|stop ignoring|stop being|forget (?:about )?(?:it|this|that)|accept my apology|trust me again|hear (?:my side|what i have to say)|listen to (?:my side|me))`;

/** Modal frames that put an obligation on the recipient. */
export const OBLIGE = raw`(?:have to|have got to|'ve got to|got to|need to|must(?: to)?|should|ought to|better|will have to|'ll have to|are going to have to|'re going to have to|can't keep|cannot keep)`;

/** Times that turn a wish into a deadline. */
export const WEEKDAY = raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun)`;
export const DEADLINE = raw`(?:(?:by|before|no later than|until|till|latest by)\s+(?:the end of (?:the|this|next) (?:day|week|weekend|month)|end of (?:the )?(?:day|week|month)|tonight|tomorrow(?: night| morning)?|today|this (?:evening|weekend|week|afternoon)|next (?:week|weekend)|(?:this |next |on )?${WEEKDAY}|noon|midnight|\d{1,2}(?::\d\d)?\s?(?:am|pm)?|the (?:\d+|weekend)\w*)|tonight|today|right now|this (?:evening|weekend|week)|by (?:then|the weekend))`;

/** What a deadline is about: an answer, a decision, contact. */
export const DEMANDED = raw`(?:answer|reply|response|decision|decide|make up your mind|know (?:if|whether|where|what)|know|hear (?:from you|back|something)|confirm|call me|call me back|ring me|phone me|text me|text me back|message me|get back to me|talk|speak|meet|sit down|see me|see you|write back|respond|come (?:home|back|over|round)|forgive)`;

/** A consequence that turns a request into an ultimatum (harm to self or them, exposure, ending). */
export const CONSEQUENCE = raw`(?:i\s+(?:start|send|post|tell|show|put|leak|share|end|kill|hurt|swear)\b|(?:i'll|i will|i'm going to|i'm|i am going to|i'd)\s+(?:just\s+)?(?:end it|end things|end my|kill|kms|hurt|do something|not be (?:here|around)|be gone|disappear|post|send|show|tell|share|leak|put|make sure|make you|come (?:over|round|to|in|inside|up)|coming (?:over|round|to|in|inside|up)|(?:kick|break|smash) (?:the|your|ur|this) door|turning up|showing up|turn up|show up|start|go to|call your|ring your|text your|message your|email your|drive|never|be done|keep)|i'm done|we're done|we are done|it's over|we're over|you'll (?:regret|be sorry|never|lose|be coming|see|find)|you will (?:regret|be sorry|never|lose)|everyone (?:will |is going to )?(?:sees?|knows?|finds? out|hears?)|(?:the whole|your|ur)\s+\w+\s+(?:sees?|gets? to see|finds? out|will see|knows?)|kms|end it all|funeral|i (?:\w+ )?(?:don't|do not) know (?:if|whether|what) i(?:'ll| will| might|'d)|(?:this is|this'll be|that's) (?:my|the) last (?:text|message|thing|time)|(?:i'll|i will) take (?:all|every|them|the pills)|(?:i'm |i am )?(?:sending|posting|showing|leaking|sharing) (?:those|the|your|ur|all|every)|i (?:don't|do not) want to (?:live|be here|be alive|go on|exist)|i can't go on|i won't (?:be here|survive|make it)|there(?:'s| is) no point (?:in )?(?:living|going on|me being here|me)|i (?:don't|do not) know what i(?:'ll| will| might|'d) do|i won't be responsible|(?:i'll|i will|i'm going to|i am going to)\s+(?:just\s+)?(?:take (?:the|our|my) (?:kids|children|son|daughter|baby|boys|girls)|stop (?:the |all )?(?:payments|paying|money|maintenance|child support|support)|cut you off|drink again|start (?:drinking|using|gambling) again|relapse|use again)|you (?:won't|will not) (?:see|get) (?:the|our) (?:kids|children|son|daughter|baby)|i (?:won't|will not|don't|can't) see (?:the|any) point (?:in (?:living|anything|going on|life|being here|it all|carrying on|waking up)|anymore|any more))`;

/** Objects of "I deserve", "I've earned": what the writer claims is owed to them. */
export const CLAIM = raw`(?:another|a second|a 2nd|one more|one last|a last|a fresh|at least|at the very least|the chance|a chance|some|an answer|a reply|a response|an explanation|a conversation|a hearing|a proper|a real|the courtesy|closure|your forgiveness|forgiveness|to be heard|to know|to talk|to see you|better than (?:this|being ignored|silence)|more than (?:this|that|silence|being ignored|nothing|a text|a wall of silence))`;

/** People a writer might recruit to persuade the recipient. */
export const OTHERS = raw`(?:they|everyone|everybody|all (?:my|our) \w+|my (?:mum|mom|mother|dad|father|parents|family|sister|brother|friends|mates|therapist|counsellor|counselor|sponsor|pastor|priest|nan|gran|grandma|aunt|uncle|cousin)|your (?:mum|mom|mother|dad|father|parents|family|sister|brother|friends|mates|nan|gran|grandma|aunt|uncle|cousin)s?|our (?:friends|kids|children|families|son|daughter)|(?:he|she)|\w+ and \w+|people)`;
