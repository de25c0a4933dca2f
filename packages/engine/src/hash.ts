/** FNV-1a's starting state (the offset basis), as a signed 32-bit integer. */
export const FNV_OFFSET = 2166136261 | 0;

/** FNV-1a's state after one more code unit. */
export const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 16777619);

/** FNV-1a's state after a string's UTF-16 code units: the hash runs on, so "a_b" continues "a". */
export function fnvSteps(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number: a fixed, fast hash. */
export const fnv1a = (text: string): number => fnvSteps(FNV_OFFSET, text) >>> 0;
