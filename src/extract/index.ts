// Extraction: articles in, entities, mentions, statements and events out.
export { extractArticle, findStatementCandidates, type StatementCandidates } from './article/article.js';
export { loadLexicons, type Lexicons, type StatementModel } from './lexicon/lexicons.js';
export { likelihood, rankStatements, statementFeatures, type Features } from './statements/likelihood.js';
export { findDates, toIsoDate } from './document/dates.js';
export { detectLanguage } from './document/language.js';
export { readLayout } from './document/layout.js';
export { foldText, slugify } from './document/normalize.js';
export type * from './types.js';
