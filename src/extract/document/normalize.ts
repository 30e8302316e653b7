// Text normalisation shared by lexicon look-ups and matching: case, accents, apostrophes and punctuation folded.

const folded = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
/** Words recur (names, function words): remembering their folded form saves most of the folding time. */
const FOLD_CACHE_SIZE = 200_000;

/** Fold case, accents, typographic apostrophes and punctuation, and collapse spaces: "L’Élysée!" → "l elysee". */
export function foldText(text: string): string {
  // Most tokens are plain ASCII words: nothing to fold but their case.
  if (PLAIN_WORD.test(text)) return text.toLowerCase();
  let result = folded.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      // (Marks, and the Polynesian ʻokina, a letter Unicode writes as a modifier: « ʻAkilisi » is "akilisi".)
      .replace(/[\p{M}ʻʼ]+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}@]+/gu, ' ')
      .trim();
    if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** Like foldText but keeps apostrophes and hyphens as words join them ("aujourd'hui", "volte-face"). */
export function foldWord(text: string): string {
  // Plain ASCII has no accents or typographic marks to fold.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑‒–]/g, '-');
}

/** A readable, IRI-safe slug: "Bachar al-Assad" → "bachar-al-assad". */
export function slugify(text: string): string {
  const slug = foldText(text).replace(/@/g, '').replace(/\s+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' : slug;
}
