import { check } from '../src/index.js';
import { labelledFiles, readLabelled, readSms } from './corpus.js';
const messages = [...labelledFiles().flatMap((f) => readLabelled(f).map((m) => m.text)), ...readSms()];
for (const m of messages.slice(0, 700)) check(m);
const t = performance.now();
for (let k = 0; k < 2; k++) for (const m of messages) check(m);
console.log('ms', performance.now() - t);
