// Extraction: articles in, entities, mentions, statements and events out.
export { extractArticle } from './article.js';
export { loadLexicons, type Lexicons } from './lexicons.js';
export { findDates, toIsoDate } from './dates.js';
export { detectLanguage } from './language.js';
export { readLayout } from './layout.js';
export { foldText, slugify } from './normalize.js';
export type * from './types.js';
