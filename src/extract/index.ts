// Extraction: articles in, entities, mentions, statements and events out.
export { extractArticle } from './article/article.js';
export { loadLexicons, type Lexicons } from './lexicon/lexicons.js';
export { findDates, toIsoDate } from './document/dates.js';
export { detectLanguage } from './document/language.js';
export { readLayout } from './document/layout.js';
export { foldText, slugify } from './document/normalize.js';
export type * from './types.js';
