// A worker thread that extracts articles: the lexicons are loaded once, then each article sent is read and its
// extraction (plain data) sent back with the article's place in the input.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './article/article.js';
import { loadLexicons } from './lexicon/lexicons.js';
import type { ArticleInput } from '../ingest/types.js';
import { NewskgError, type ErrorCode, type ErrorContext } from '../errors.js';
import type { ArticleExtraction } from './types.js';

export interface ExtractRequest {
  seq: number;
  input: ArticleInput;
}

export type ExtractReply = { seq: number; extraction: ArticleExtraction } | { seq: number; error: string; code?: ErrorCode; context?: ErrorContext };

if (parentPort) {
  const lex = loadLexicons();
  parentPort.on('message', ({ seq, input }: ExtractRequest) => {
    try {
      parentPort!.postMessage({ seq, extraction: extractArticle(input, lex) } satisfies ExtractReply);
    } catch (err) {
      // A bad article's error keeps its code and place, as on the main thread.
      const reply: ExtractReply = err instanceof NewskgError ? { seq, error: err.message, code: err.code, context: err.context } : { seq, error: (err as Error).stack ?? String(err) };
      parentPort!.postMessage(reply);
    }
  });
}
