// The build: ingest → extract → cross-article resolution → RDF quads.
import type { Quad } from '@rdfjs/types';
import { readArticles } from './ingest/read-articles.js';
import type { ArticleInput } from './ingest/types.js';
import { extractArticle } from './extract/article/article.js';
import { extractInParallel } from './extract/parallel.js';
import type { ExtractionCache } from './extract/cache.js';
import { toRecord, type ExtractionRecord } from './extract/records.js';
import { loadLexicons, stopwordSet, type Lexicons } from './extract/lexicon/lexicons.js';
import { clusterStatements, statementFeatures } from './extract/corpus/cluster.js';
import { inferReferences } from './extract/corpus/references.js';
import { mergeEvents } from './extract/corpus/merge-events.js';
import type { ArticleExtraction, CorpusEvent, CorpusExtraction, DateConflict, Entity, LinkedCorpus, Statement } from './extract/types.js';
import { ExtractionSpool } from './extract/corpus/spool.js';
import type { Span } from './extract/document/span.js';
import { Iris, articleSlug } from './rdf/iris.js';
import { corpusToQuads } from './rdf/to-quads.js';
import { serializeQuads, standardPrefixes } from './rdf/syntax.js';
import type { RdfFormat } from './rdf/formats.js';
import { NewskgError } from './errors.js';

export interface BuildOptions {
  /** Base IRI for extracted things (default https://w3id.org/newskg/id/). */
  base?: string;
  /** Largest article accepted, in bytes. */
  maxBytes?: number;
  /** Stop at the first bad article instead of skipping it. */
  strict?: boolean;
  /** Told of each bad article skipped. */
  onSkip?: (error: NewskgError) => void;
  /** Lexicons to use instead of the package's own data/ folder. */
  lexicons?: Lexicons;
  /** Called after each article is extracted. */
  onArticle?: (count: number, article: ArticleInput) => void;
  /** Worker threads extracting articles at once (1: on this thread). The graph is the same whatever the number. */
  jobs?: number;
  /** Extraction records kept from earlier builds: only new and changed articles are extracted. */
  cache?: ExtractionCache;
}

export interface BuildResult {
  corpus: CorpusExtraction;
  quads: Quad[];
  prefixes: Record<string, string>;
}

/** One node per entity across the corpus: the knowledge base's entry wins, aliases are pooled. */
function mergeEntity(into: Map<string, Entity>, entity: Entity): void {
  const seen = into.get(entity.key);
  if (!seen) {
    into.set(entity.key, { ...entity, aliases: [...entity.aliases], handles: [...entity.handles] });
    return;
  }
  seen.confidence = Math.max(seen.confidence, entity.confidence);
  seen.wikidata ??= entity.wikidata;
  for (const a of entity.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
  for (const h of entity.handles) if (!seen.handles.includes(h)) seen.handles.push(h);
}

/** Each article's extraction record, in input order: from the cache, on this thread, or on worker threads (with the package's lexicons). */
async function* extractAll(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, lex: Lexicons, options: BuildOptions): AsyncGenerator<ExtractionRecord> {
  const cache = options.cache;
  let count = 0;
  const done = (input: ArticleInput, record: ExtractionRecord) => {
    options.onArticle?.(++count, input);
    return record;
  };
  if ((options.jobs ?? 1) > 1 && !options.lexicons) {
    // Cached articles pass the workers by; the others are extracted there, then kept.
    const cached = new Map<ArticleInput, ExtractionRecord>();
    async function* lookedUp(): AsyncGenerator<ArticleInput> {
      for await (const input of articles) {
        const record = await cache?.get(input);
        if (record) cached.set(input, record);
        yield input;
      }
    }
    for await (const { input, extraction } of extractInParallel(lookedUp(), options.jobs!, (input) => cached.get(input)?.extraction)) {
      const hit = cached.get(input);
      cached.delete(input);
      const record = hit ?? toRecord(input, extraction);
      if (!hit) await cache?.put(input, record);
      yield done(input, record);
    }
    return;
  }
  for await (const input of articles) {
    let record = await cache?.get(input);
    if (!record) {
      record = toRecord(input, extractArticle(input, lex));
      await cache?.put(input, record);
    }
    yield done(input, record);
  }
}

/** The per-article step alone: each article's extraction record, in input order (what `newskg extract` writes). */
export function extractRecords(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options: BuildOptions = {}): AsyncGenerator<ExtractionRecord> {
  // The cache's fingerprint covers the package's own data files, not lexicons given here.
  if (options.cache && options.lexicons) throw new NewskgError('EUSAGE', "a build cache works with the package's own lexicons only");
  return extractAll(articles, options.lexicons ?? loadLexicons(), options);
}

export async function extractCorpus(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options: BuildOptions = {}): Promise<CorpusExtraction> {
  return linkCorpus(extractRecords(articles, options), options.lexicons ?? loadLexicons());
}

/** The corpus step's result when the articles wait on disk: write the graph from it, then dispose of it. */
export interface SpooledCorpus {
  corpus: LinkedCorpus;
  /** How many articles were linked. */
  size: number;
  /** Remove the articles' file. */
  dispose(): void;
}

/**
 * The corpus step over the articles' extraction records, in order: one node per entity, statements clustered
 * across articles, undated articles read again against the dates the corpus gives them, events merged. Every
 * article is held in memory: for large corpora, see linkCorpusOnDisk.
 */
export async function linkCorpus(records: AsyncIterable<ExtractionRecord>, lex: Lexicons = loadLexicons()): Promise<CorpusExtraction> {
  const { linked, reextracted, ...shared } = await link(records, lex);
  return { articles: linked.map((x) => reextracted.get(x.article.id) ?? x), ...shared };
}

/**
 * The corpus step holding only what linking needs of each article (its statements and events, the mentions inside
 * its statements) while the whole extractions wait in a file on disk (under TMPDIR); the graph writer reads them back one at a time,
 * with their links. Memory grows with the statements, not with everything the articles say. Same graph as linkCorpus.
 */
export async function linkCorpusOnDisk(records: AsyncIterable<ExtractionRecord>, lex: Lexicons = loadLexicons(), spoolDir?: string): Promise<SpooledCorpus> {
  const spool = new ExtractionSpool(spoolDir);
  try {
    const { linked, reextracted, ...shared } = await link(records, lex, spool);
    // Walked more than once by the writer: each walk reads the file again.
    const articles = { [Symbol.iterator]: () => withLinks(spool, linked, reextracted) };
    return { corpus: { articles, ...shared }, size: spool.size, dispose: () => spool.dispose() };
  } catch (err) {
    spool.dispose();
    throw err;
  }
}

/**
 * What linking reads of an article: its statements without their words (their features for clustering, hashed, go
 * in `features`), their spans' offsets, and its events. Nothing else of the article stays in memory.
 */
function forLinking(x: ArticleExtraction, features: WeakMap<Statement, Uint32Array>, stopwords: ReadonlySet<string>): ArticleExtraction {
  const statements = x.statements.map((s) => {
    // What clustering and dating read; the rest stays in the spool.
    const copy: Statement = { key: s.key, kind: s.kind, text: '', spans: s.spans.map(withoutWords), lang: s.lang, speaker: s.speaker, venue: s.venue, date: s.date, handle: s.handle, confidence: s.confidence, extractor: '' };
    if (s.speaker) features.set(copy, statementFeatures(s, x, stopwords));
    return copy;
  });
  const events = x.events.map((e) => ({ ...e, spans: e.spans.map(withoutWords) }));
  return { article: { ...x.article, text: '' }, entities: [], mentions: [], roles: [], statements, events, responses: [], reference: x.reference };
}

const withoutWords = ({ start, end }: Span): Span => ({ start, end, text: '' });
/** A span the linking copy kept without its words, given them again from the article's text. */
const withWordsOf = (text: string) => ({ start, end }: Span): Span => ({ start, end, text: text.slice(start, end) });

/** The spooled articles (or their second reading, for undated ones), each given the links made on its linking copy. */
function* withLinks(spool: ExtractionSpool, linked: readonly ArticleExtraction[], reextracted: ReadonlyMap<string, ArticleExtraction>): Generator<ArticleExtraction> {
  let i = 0;
  for (const stored of spool) {
    const x = reextracted.get(stored.article.id) ?? stored;
    const links = linked[i++]!;
    x.statements.forEach((s, k) => {
      const l = links.statements[k]!;
      s.cluster = l.cluster;
      s.date = l.date;
      s.venue = l.venue;
    });
    const words = withWordsOf(x.article.text);
    yield { ...x, events: links.events.map((e) => ({ ...e, spans: e.spans.map(words) })) };
  }
}

interface Linked {
  /** The articles as linking saw them, in input order (their linking copies when a spool holds the rest). */
  linked: ArticleExtraction[];
  /** Undated articles read again, whole, by id. */
  reextracted: Map<string, ArticleExtraction>;
  entities: Map<string, Entity>;
  events: CorpusEvent[];
  conflicts: DateConflict[];
}

async function link(records: AsyncIterable<ExtractionRecord>, lex: Lexicons, spool?: ExtractionSpool): Promise<Linked> {
  const linked: ArticleExtraction[] = [];
  const entities = new Map<string, Entity>();
  const slugs = new Map<string, string>();
  const features = new WeakMap<Statement, Uint32Array>();
  const stopwords = stopwordSet(lex.stopwords);
  const hold = (x: ArticleExtraction) => (spool ? forLinking(x, features, stopwords) : x);
  // Articles with no date of their own are read again once the corpus tells their date (see inferReferences).
  const undated = new Map<string, ArticleInput>();
  for await (const { extraction, input } of records) {
    const { id, source } = extraction.article;
    const slug = articleSlug(id);
    const other = slugs.get(slug);
    if (other !== undefined) {
      throw new NewskgError('EUSAGE', `articles "${other}" and "${id}" would share the IRI article/${slug}; rename one`, { file: source });
    }
    slugs.set(slug, id);
    for (const entity of extraction.entities) mergeEntity(entities, entity);
    if (!extraction.reference && input) undated.set(id, input);
    spool?.add(extraction);
    linked.push(hold(extraction));
  }
  clusterStatements(linked, lex, undefined, features);
  const references = inferReferences(linked);
  const reextracted = new Map<string, ArticleExtraction>();
  if (references.size > 0) {
    linked.forEach((x, i) => {
      const reference = references.get(x.article.id);
      const input = undated.get(x.article.id);
      if (!reference || !input) return;
      const again = extractArticle(input, lex, reference);
      reextracted.set(x.article.id, again);
      linked[i] = hold(again);
    });
    clusterStatements(linked, lex, undefined, features);
  }
  const { events, conflicts } = mergeEvents(linked);
  return { linked, reextracted, entities, events, conflicts };
}

export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const corpus = await extractCorpus(readArticles(paths, { maxBytes: options.maxBytes, strict: options.strict, onSkip: options.onSkip }), options);
  const iris = new Iris(options.base);
  return { corpus, quads: corpusToQuads(corpus, iris), prefixes: standardPrefixes(iris.prefixes()) };
}

export function serializeBuild(result: BuildResult, format: RdfFormat = 'turtle'): Promise<string> {
  return serializeQuads(result.quads, format, result.prefixes);
}
