/**
 * The everyday sorries that are not an apology for a hurt (LABELS.md: "sorry, wrong number", "sorry
 * for the late reply"; decision 9 keeps the vague apology): a message sent to the wrong person,
 * a reply that came late, being busy or asleep, a plan that can't be kept, a question ("sorry,
 * what?"), a disagreement ("sorry, but I don't agree"), and the sorry of sympathy after a death.
 * `regret` reads the words right after the apology word (`POLITE_AFTER`) and, for a bare "sorry",
 * the words before it (`POLITE_BEFORE`).
 */
import { raw } from './lib.js';

/** Replies and calls: "didn't reply sooner", "just saw this", "haven't texted back". */
const REPLY = raw`(?:i\s+)?(?:didn't|did not|haven't|have not|couldn't|could not|wasn't able to|was unable to|never got round to)\s+(?:(?:reply|replied|respond|responded|answer|answered|text|texted|message|messaged|write|written|call|called|ring|rung|ring|get|gotten|got|see|seen|saw|check|checked|notice|noticed|pick(?:ed)? up)(?:\s+(?:back|up|to (?:you|ya|your \w+)|you|ya|your (?:texts?|messages?|calls?|email)|this|that|it))*)(?=\s*(?:$|[,.;:!?-]|sooner|earlier|before now|before|straight away|right away|till now|until now|yesterday|last night|today|this morning|i was|i've been|i'm|been|was|work|lol|haha|x+\b|had|my phone))`;

const POLITE = [
  // the wrong person or chat: "that was meant for my brother", "that text wasn't for you"
  raw`(?:that|this|it|the last (?:one|text|message|msg)|my last (?:text|message|msg))(?:\s+(?:one|text|message|msg))?\s+(?:was|wasn't|was not|is|isn't|is not)\s+(?:meant |supposed to (?:be |go )?)?(?:to|for)\s+(?:someone|somebody|my|the|a|another|you|ya)\b`,
  raw`(?:supposed|meant) (?:that |this )?(?:for|to send (?:it|this|that) to) (?:someone|somebody|my|the|a|another)\b`,
  // "just saw this", "only just seen your message"
  raw`(?:i\s+)?(?:only\s+)?just\s+(?:saw|seen|seeing|got|getting|noticed|read|woke up|checked)\b`,
  REPLY,
  // busy: "been so busy", "I've been slammed"
  raw`(?:i(?:'ve| have)\s+|i was\s+|i'm\s+|i am\s+)?(?:been\s+)?(?:(?:so|really|super|crazy|mad|very|a bit|too)\s+)?(?:busy|swamped|slammed|flat out|snowed under|rushed off my feet|hectic|all over the place)\b`,
  // the hour: "sorry for texting so late", "sorry to call this early"
  raw`(?:texting|messaging|calling|writing|ringing|emailing|phoning|waking you|the text|the call|the message)\s+(?:you\s+)?(?:so |this |too |really |at this |at such an? )?(?:late|early|hour|odd hour|ungodly hour)\b`,
  // "one more thing", "quick question"
  raw`(?:one (?:more )?(?:thing|sec|second|min|minute|question|last thing)|quick question|another question)\b`,
  // "running 10 mins late", "I'll be a bit late"
  raw`(?:i'm\s+|i am\s+|i'll be\s+|i will be\s+|gonna be\s+|going to be\s+|running\s+|will be\s+)(?:(?:\d+|a few|ten|five|twenty|fifteen|a couple of|half an|an)\s*(?:mins?|minutes?|hours?|hrs?|hr)\s+)?(?:a bit |a little |so |really )?late(?!\s+(?:to|for)\s+(?:your|ya|the|our|my)\s+)`,
  // a plan that can't be kept: "can't make it tonight"
  raw`(?:i\s+)?(?:can't|cant|cannot|can not|won't be able to|couldn't|could not|am not able to|won't)\s+(?:make it|come|attend|join|do (?:tonight|today|tomorrow|this weekend|next weekend|this week|next week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|that day|that date|that weekend|then|the \d+(?:st|nd|rd|th)?|the (?:first|second|third|fourth|fifth|\w+teenth|twentieth|\w+-\w+)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d+))\b`,
  // the phone: "my battery died", "my wifi cut out"
  raw`(?:my\s+)?(?:phone|battery|laptop|wifi|wi-fi|signal|internet|data|charger|reception)\s+(?:died|was dead|is dead|being dead|ran out|cut out|went|is rubbish|was off|was on silent|was off|packed in)`,
  // asleep, in the shower: "sorry I fell asleep"
  raw`(?:i\s+)?(?:fell asleep|was asleep|dozed off|overslept|slept in|was in the shower|was driving|was in a meeting|was on the phone|was at the gym)(?=\s*(?:$|[,.;:!?-]|lol|haha|early|again|x+\b))`,
  // asking: "sorry for asking so many questions", "sorry to keep bugging you"
  raw`(?:for\s+)?(?:asking (?:so many |all these |too many |a lot of |all the )?questions|all the questions|so many questions|bugging you|pestering you|being nosy|prying)\b`,
  // "sorry, ignore that", "sorry not sorry"
  raw`(?:ignore (?:that|this|me|the last (?:one|text|message))|my bad\s*(?:$|[,.!?])|not sorry\b)`,
  // not following: "sorry, I don't follow", "sorry, didn't catch that"
  raw`(?:i\s+)?(?:don't|do not|didn't|did not)\s+(?:follow|understand|get (?:it|what you mean|you)|know what you mean|catch that|hear you|quite follow)\b`,
  // disagreeing: "I'm sorry, but I don't agree"
  raw`but\s+(?:i (?:don't|do not) (?:agree|think so|see it that way|accept that)|i disagree|no\b|that's not (?:true|what happened|fair|how it)|you're wrong|that isn't (?:true|what happened))`,
  // a question: "sorry, what?", "sorry, who is this?"
  raw`(?:what|who|where|when|pardon|come again|huh)\b[^.!]{0,30}\?`,
];

/** The words after an apology word that make it an everyday sorry. */
export const POLITE_AFTER = new RegExp(raw`^[\s,:-]*(?:that\s+|about\s+|for\s+)?(?:${POLITE.join('|')})`);

/** Sympathy or a misdirected text before a bare "sorry": "My condolences, I'm so sorry." */
export const POLITE_BEFORE =
  /\b(?:condolences|passed away|rip|rest in peace|thinking of you|sending (?:love|hugs)|get well soon|that's awful news|so sad to hear|wrong (?:chat|number|person|group)|not for you|meant for)\b[^.!?]{0,30}$/;
