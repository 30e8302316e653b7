// Text normalisation shared by lexicon look-ups and matching: case, accents, apostrophes and punctuation folded.

/** Fold case, accents, typographic apostrophes and punctuation, and collapse spaces: "L’Élysée!" → "l elysee". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}

/** Like foldText but keeps apostrophes and hyphens as words join them ("aujourd'hui", "volte-face"). */
export function foldWord(text: string): string {
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
