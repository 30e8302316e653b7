// The build of the bundled articles: real triples, round trip through n3, determinism, SHACL.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { Parser, Store, DataFactory } from 'n3';
import { buildGraph, corpusQuadChunks, extractCorpus, Iris, readArticles, serializeBuild, standardPrefixes, validateQuads, parseRdf, writeGraphChunks, type BuildResult } from '../src/index.js';
import { spanLocation } from '../src/rdf/iris.js';
import { nkg, NS, DEFAULT_BASE } from '../src/vocab.js';
import { ARTICLES, newskg, ROOT } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const { namedNode } = DataFactory;
const article = (slug: string) => namedNode(`${DEFAULT_BASE}article/${slug}`);
const outlet = (slug: string) => namedNode(`${DEFAULT_BASE}outlet/${slug}`);

describe('buildGraph on the five bundled articles', () => {
  let result: BuildResult;
  let store: Store;
  beforeAll(async () => {
    result = await buildGraph([ARTICLES]);
    store = new Store(result.quads);
  });

  it('makes one article node per file, with its file name and language', () => {
    const articles = store.getSubjects(namedNode(`${NS.rdf}type`), nkg.Article, null).map((s) => s.value).sort();
    expect(articles).toEqual(
      ['000-6aaf923bddb29eb2', '001-b77b25c23546d609', '002-848892df07c77a24', '003-0a557c91ca2e5db4', '004-32735ab40d79810e'].map((s) => article(s).value),
    );
    expect(store.getObjects(article('002-848892df07c77a24'), nkg.fileName, null)[0]?.value).toBe('002_848892df07c77a24.txt');
    expect(store.getObjects(article('000-6aaf923bddb29eb2'), namedNode(`${NS.schema}inLanguage`), null)[0]?.value).toBe('fr');
  });

  it.each([
    ['000-6aaf923bddb29eb2', 'huffpost', 'huffingtonpost.fr'],
    ['001-b77b25c23546d609', 'france-24', 'France 24'],
    ['002-848892df07c77a24', 'journal-du-geek', 'Journal du Geek'],
  ])('detects the outlet of %s from its text: %s', (slug, outletSlug, evidenceText) => {
    const node = article(slug);
    expect(store.getObjects(node, nkg.publishedBy, null)).toEqual([outlet(outletSlug)]);
    expect(store.has(DataFactory.quad(node, nkg.detectedProperty, nkg.publishedBy))).toBe(true);
    const spans = store.getObjects(node, nkg.metadataEvidence, null);
    const texts = spans.map((s) => store.getObjects(s, nkg.exactText, null)[0]?.value);
    expect(texts).toContain(evidenceText);
  });

  it('reads the publication date and time from the HuffPost byline, marked as detected', () => {
    const node = article('000-6aaf923bddb29eb2');
    const [date] = store.getObjects(node, nkg.publicationDate, null);
    expect(date?.value).toBe('2017-07-10T10:33:00');
    expect(date?.termType === 'Literal' && date.datatype.value).toBe(`${NS.xsd}dateTime`);
    expect(store.has(DataFactory.quad(node, nkg.detectedProperty, nkg.publicationDate))).toBe(true);
  });

  it('invents no outlet and no date where the text gives none', () => {
    for (const slug of ['003-0a557c91ca2e5db4', '004-32735ab40d79810e']) {
      expect(store.getObjects(article(slug), nkg.publishedBy, null)).toEqual([]);
      expect(store.getObjects(article(slug), nkg.publicationDate, null)).toEqual([]);
    }
    for (const slug of ['001-b77b25c23546d609', '002-848892df07c77a24']) {
      expect(store.getObjects(article(slug), nkg.publicationDate, null)).toEqual([]);
    }
  });

  it("every evidence span's IRI names its article and the offsets of its exact text in the article file", () => {
    const texts = new Map(store.getQuads(null, nkg.fileName, null, null).map((q) => [q.subject.value, readFileSync(path.join(ARTICLES, q.object.value), 'utf8')]));
    const spans = new Set([...store.getObjects(null, nkg.evidence, null), ...store.getObjects(null, nkg.metadataEvidence, null)].map((s) => s.value));
    expect(spans.size).toBeGreaterThan(300);
    for (const span of spans) {
      const at = spanLocation(span)!;
      expect(texts.get(at.article)!.slice(at.start, at.end)).toBe(store.getObjects(namedNode(span), nkg.exactText, null)[0]?.value);
    }
  });

  it('writes Turtle that n3 parses back into the same triples', async () => {
    const turtle = await serializeBuild(result);
    const parsed = new Parser({ format: 'Turtle' }).parse(turtle);
    expect(parsed.length).toBe(new Store(result.quads).size);
    expect(new Store(parsed).size).toBe(parsed.length);
    expect(turtle).toContain('@prefix nkg: <https://w3id.org/newskg/ontology#>.');
    expect(turtle).toContain('nkg:publishedBy outlet:huffpost');
  });


  it('writes what the corpus shares in bounded chunks, no triple in two of them, the same triples as one chunk', () => {
    const key = (q: { subject: { value: string }; predicate: { value: string }; object: { value: string } }) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
    const chunks = [...corpusQuadChunks(result.corpus, new Iris(), 40)];
    const head = chunks.slice(0, chunks.length - result.corpus.articles.length);
    expect(head.length).toBeGreaterThan(5);
    // An item's quads stay together: a chunk passes the bound by one entity's or one event's quads at most.
    for (const chunk of head) expect(chunk.length).toBeLessThan(40 + 20);
    const seen = new Set<string>();
    for (const chunk of chunks) for (const k of new Set(chunk.map(key))) {
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
    expect(seen).toEqual(new Set(result.quads.map(key)));
  });
  it('uses the base IRI it is given', async () => {
    const other = await buildGraph([ARTICLES], { base: 'https://example.org/news/' });
    expect(other.quads.some((q) => q.subject.value === 'https://example.org/news/article/000-6aaf923bddb29eb2')).toBe(true);
    expect(other.quads.some((q) => q.subject.value.startsWith(DEFAULT_BASE))).toBe(false);
  });

  it('conforms to the SHACL shapes', async () => {
    const report = await validateQuads(result.quads);
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('fails SHACL validation on a hand-broken graph, naming the node and the property', async () => {
    const broken = parseRdf(readFileSync(path.join(__dirname, 'fixtures/broken-graph.ttl'), 'utf8'), 'turtle');
    const report = await validateQuads(broken);
    expect(report.conforms).toBe(false);
    const found = report.violations.map((v) => [v.focusNode.replace(/.*\//, ''), v.path?.replace(/.*#/, '')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['a1', 'fileName'],
        ['a1', 'publishedBy'],
        ['s1', undefined],
        ['s1', 'exactText'],
        ['p1', 'sameAs'],
      ]),
    );
  });
});

describe('newskg build (command line)', () => {
  it('gives byte-identical output for the same input', () => {
    const dir = scratch('build');
    const a = path.join(dir, 'a.ttl');
    const b = path.join(dir, 'b.ttl');
    expect(newskg(['build', ARTICLES, '-o', a, '-q']).status).toBe(0);
    expect(newskg(['build', ARTICLES, '-o', b, '-q']).status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a, 'utf8')).toContain('nkg:Article');
  });

  it('links on disk (what newskg build does) to the bytes of the corpus held in memory, undated articles read again included, and leaves no file behind', async () => {
    const corpusDir = path.join(ROOT, 'test/fixtures/corpus/dev');
    const dir = scratch('spool');
    const out = path.join(dir, 'cli.nt');
    // Its own temporary folder: other test files build at the same time.
    const tmp = scratch('spool-tmp');
    expect(newskg(['build', ARTICLES, corpusDir, '-o', out, '-q'], { env: { ...process.env, TMPDIR: tmp } }).status).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
    const corpus = await extractCorpus(readArticles([ARTICLES, corpusDir]));
    expect(corpus.articles.filter((x) => x.article.published === undefined).length).toBeGreaterThan(0);
    const iris = new Iris();
    let memory = '';
    await writeGraphChunks(corpusQuadChunks(corpus, iris), 'ntriples', standardPrefixes(iris.prefixes()), async (t) => {
      memory += t;
    });
    expect(readFileSync(out, 'utf8')).toBe(memory);
    // (Two builds of the whole development corpus, while other test files share the two cores.)
  }, 90_000);

  it('writes N-Triples chosen by the output extension, and validates the result', () => {
    const dir = scratch('build');
    const out = path.join(dir, 'g.nt');
    const r = newskg(['build', ARTICLES, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/built 5 articles → \d+ triples/);
    const nt = readFileSync(out, 'utf8');
    expect(nt.split('\n')[0]).toMatch(/^<https:\/\/w3id\.org\/newskg\/id\/[^>]+> <[^>]+> .+ \.$/);
    const v = newskg(['validate', out]);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('conforms');
  });

  it('validate exits 1 and lists violations for a broken graph', () => {
    const v = newskg(['validate', path.join(__dirname, 'fixtures/broken-graph.ttl')]);
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(/Violation: <[^>]*a1> https:\/\/w3id\.org\/newskg\/ontology#fileName/);
  });
});

describe('newskg build --jobs', () => {
  it('gives the same bytes on one thread and on two workers, and a bad date still names its file', () => {
    const dir = scratch('jobs');
    const corpus = path.join(ROOT, 'test/fixtures/corpus/dev');
    const one = path.join(dir, 'one.ttl');
    const two = path.join(dir, 'two.ttl');
    expect(newskg(['build', ARTICLES, corpus, '-o', one, '-q']).status).toBe(0);
    expect(newskg(['build', ARTICLES, corpus, '-o', two, '-q', '--jobs', '2']).status).toBe(0);
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true);
    const bad = path.join(dir, 'bad.md');
    writeFileSync(bad, '---\npublished: last tuesday\n---\nLe ministre Paul Lambert a démissionné.\n');
    const r = newskg(['build', bad, '-o', path.join(dir, 'bad.ttl'), '--jobs', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.md: "published" is not an ISO 8601 date/);
  }, 60_000);
});

describe('incremental builds and shards', () => {
  const dev = path.join(ROOT, 'test/fixtures/corpus/dev');
  const copy = (from: string, to: string) => writeFileSync(to, readFileSync(from));
  const full = (dir: string, out: string) => expect(newskg(['build', dir, '-o', out, '-q']).status).toBe(0);

  it('newskg build --cache gives the bytes of a full build after articles are added, changed and deleted, and extracts only those', () => {
    const dir = scratch('cache');
    const corpus = path.join(dir, 'corpus');
    const cache = path.join(dir, 'cache');
    mkdirSync(corpus);
    for (const name of ['dev-a-01.txt', 'dev-a-02.txt', 'dev-b-01.txt']) copy(path.join(dev, name), path.join(corpus, name));
    const cached = path.join(dir, 'cached.ttl');
    const expected = path.join(dir, 'full.ttl');
    const build = () => newskg(['build', corpus, '-o', cached, '--cache', cache]);
    expect(build().stderr).toMatch(/built 3 articles, 0 from the cache/);
    expect(build().stderr).toMatch(/built 3 articles, 3 from the cache/);
    full(corpus, expected);
    expect(readFileSync(cached).equals(readFileSync(expected))).toBe(true);

    copy(path.join(dev, 'dev-c-02.txt'), path.join(corpus, 'dev-c-02.txt')); // added
    writeFileSync(path.join(corpus, 'dev-a-02.txt'), readFileSync(path.join(corpus, 'dev-a-02.txt'), 'utf8').replace('simply untrue', 'completely untrue')); // changed
    rmSync(path.join(corpus, 'dev-b-01.txt')); // deleted
    const r = build();
    expect(r.stderr).toMatch(/built 3 articles, 1 from the cache/);
    full(corpus, expected);
    expect(readFileSync(cached).equals(readFileSync(expected))).toBe(true);
    expect(readFileSync(cached, 'utf8')).toContain('completely untrue');
    expect(readFileSync(cached, 'utf8')).not.toContain('dev-b-01');
  }, 120_000);

  it('two shards through newskg extract, then newskg link, give the graph of one build', () => {
    const dir = scratch('shards');
    const [a, b, linked, one] = ['a.jsonl', 'b.jsonl', 'linked.ttl', 'one.ttl'].map((f) => path.join(dir, f));
    const shard = path.join(dir, 'shard');
    mkdirSync(shard);
    for (const name of ['dev-a-04.txt', 'dev-c-05.txt']) copy(path.join(dev, name), path.join(shard, name));
    expect(newskg(['extract', ARTICLES, '-o', a, '-q']).status).toBe(0);
    expect(newskg(['extract', shard, '-o', b, '-q', '--jobs', '2']).status).toBe(0);
    expect(readFileSync(b, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(newskg(['link', a, b, '-o', linked, '-q']).status).toBe(0);
    expect(newskg(['build', ARTICLES, shard, '-o', one, '-q']).status).toBe(0);
    expect(readFileSync(linked).equals(readFileSync(one))).toBe(true);
    writeFileSync(a, '{"not": "a record"}\n');
    const bad = newskg(['link', a, b, '-o', linked]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/a\.jsonl:1: not an extraction record/);
  }, 120_000);
});
