// Extraction: articles in, entities, mentions, statements and events out.
export { extractArticle, findResponseCandidates, findStatementCandidates, type ResponseCandidates, type StatementCandidates } from './article/article.js';
export { loadLexicons, type Lexicons, type LogisticModel } from './lexicon/lexicons.js';
export { likelihood, type Features } from './logistic.js';
export { rankStatements, statementFeatures } from './statements/likelihood.js';
export { rankResponses, responseFeatures } from './responses/likelihood.js';
export { findDates, toIsoDate } from './document/dates.js';
export { detectLanguage } from './document/language.js';
export { readLayout } from './document/layout.js';
export { foldText, slugify } from './document/normalize.js';
export type * from './types.js';
