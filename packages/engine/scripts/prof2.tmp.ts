import { check } from '../src/index.js';
import { labelledFiles, readLabelled, readSms } from './corpus.js';
const messages = [...labelledFiles().flatMap((f) => readLabelled(f).map((m) => m.text)), ...readSms()];
let n = 0; const per = new Map<string, number>();
const ex = RegExp.prototype.exec, te = RegExp.prototype.test;
RegExp.prototype.exec = function (s) { n++; per.set(this.source.slice(0,60), (per.get(this.source.slice(0,60))??0)+1); return ex.call(this, s); };
RegExp.prototype.test = function (s) { n++; per.set(this.source.slice(0,60), (per.get(this.source.slice(0,60))??0)+1); return te.call(this, s); };
let words = 0;
for (const m of messages) { check(m); words += m.split(/\s+/).length; }
console.log('regex calls', n, 'per word', n / words, 'distinct', per.size, 'messages', messages.length);
console.log([...per].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>v+' '+k).join('\n'));
