// Find where a text names knowledge-base entities, by their names and aliases, longest match first.
import { foldText } from './normalize.js';
import type { KbIndex } from './kb-index.js';
import type { KbEntity } from './lexicons.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';

export interface KbMention {
  span: Span;
  candidates: KbEntity[];
}

const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/**
 * Capitalised words of an alias must be capitalised in the text ("Le Point" is an outlet, « au point » is not),
 * and acronyms must be in capitals ("UN" is not « Un petit tweet »).
 */
function caseCompatible(surface: readonly Token[], alias: string): boolean {
  const aliasWords = alias.split(/\s+/);
  if (aliasWords.length !== surface.length) return surface.some((t) => t.capitalised) && !aliasWords.some(isAcronym);
  return aliasWords.every((w, i) => {
    const t = surface[i]!.text;
    if (isAcronym(w)) return t === t.toUpperCase();
    return !/^\p{Lu}/u.test(w) || surface[i]!.capitalised;
  });
}

function isWord(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.text);
}

export function findKbMentions(text: string, tokens: readonly Token[], index: KbIndex): KbMention[] {
  const found: KbMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    if (isWord(tokens[i]!)) {
      for (let n = Math.min(index.maxAliasWords * 2, tokens.length - i); n >= 1; n--) {
        const last = tokens[i + n - 1]!;
        // Names do not run across punctuation: « Bachar el-) Assad » is two pieces.
        if (tokens.slice(i, i + n).some((t) => !isWord(t))) continue;
        const span = { start: tokens[i]!.start, end: last.end, text: text.slice(tokens[i]!.start, last.end) };
        const candidates = index.byAlias.get(foldText(span.text));
        if (!candidates) continue;
        const words = tokens.slice(i, i + n).filter(isWord);
        const fitting = candidates.filter((c) => [c.name, ...(c.aliases ?? [])].some((a) => foldText(a) === foldText(span.text) && caseCompatible(words, a)));
        if (fitting.length === 0) continue;
        found.push({ span, candidates: fitting });
        matched = n;
        break;
      }
    }
    i += Math.max(matched, 1);
  }
  return found;
}
