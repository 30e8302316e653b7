// Ingest: plain text with front matter, manifests and JSON Lines, each into the same article shape.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, splitFrontMatter, buildGraph, type ArticleInput, type NewskgError, type ReadOptions } from '../src/index.js';
import { ARTICLES } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

async function all(paths: string[], options: ReadOptions = {}): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for await (const a of readArticles(paths, options)) out.push(a);
  return out;
}

describe('splitFrontMatter', () => {
  it.each([
    ['no front matter', 'Texte.', {}, 'Texte.'],
    ['flat keys', '---\noutlet: Le Monde\npublished: 2024-03-01\nlang: fr\n---\nCorps.\n', { outlet: 'Le Monde', published: '2024-03-01', lang: 'fr' }, 'Corps.\n'],
    ['a date-time and a url', '---\npublished: "2024-03-01T08:30:00"\nurl: https://example.org/a\n---\nBody', { published: '2024-03-01T08:30:00', url: 'https://example.org/a' }, 'Body'],
    ['a BOM before it', '\uFEFF---\ntitle: T\n---\nB', { title: 'T' }, 'B'],
  ])('%s', (_name, text, given, body) => {
    expect(splitFrontMatter(text, 'x.md')).toEqual({ given, body });
  });
});

describe('readArticles', () => {
  it('reads the bundled folder in file-name order with manifest metadata', async () => {
    const articles = await all([ARTICLES]);
    expect(articles.map((a) => a.id)).toEqual([
      '000_6aaf923bddb29eb2.txt', '001_b77b25c23546d609.txt', '002_848892df07c77a24.txt', '003_0a557c91ca2e5db4.txt', '004_32735ab40d79810e.txt',
    ]);
    expect(articles.every((a) => a.given.lang === 'fr')).toBe(true);
    expect(articles[0]?.text.startsWith(' date 2017-07 En plein scandale')).toBe(true);
  });

  it('reads JSON Lines records as articles with their metadata, skipping blank lines', async () => {
    const dir = scratch('jsonl');
    const file = path.join(dir, 'feed.jsonl');
    writeFileSync(file, [
      JSON.stringify({ text: 'First story.', url: 'https://example.org/1', outlet: 'Le Monde', published: '2024-01-02', lang: 'fr' }),
      '',
      JSON.stringify({ id: 'story-2', text: 'Second story.', lang: 'en' }),
    ].join('\n'));
    const articles = await all([file]);
    expect(articles).toEqual([
      { id: 'feed.jsonl#L1', source: `${file}:1`, text: 'First story.', given: { url: 'https://example.org/1', outlet: 'Le Monde', published: '2024-01-02', lang: 'fr' } },
      { id: 'story-2', source: `${file}:3`, text: 'Second story.', given: { lang: 'en' } },
    ]);
  });

  it('gives metadata from a JSON Lines record to the graph, resolving a known outlet and marking nothing as detected', async () => {
    const dir = scratch('jsonl');
    const file = path.join(dir, 'feed.jsonl');
    writeFileSync(file, `${JSON.stringify({ text: 'Un texte.', outlet: 'lemonde.fr', published: '2024-01-02T10:00:00', url: 'https://example.org/a' })}\n`);
    const { quads } = await buildGraph([file]);
    const triples = quads.map((q) => `${q.predicate.value.replace(/.*[#/]/, '')} ${q.object.value}`);
    expect(triples).toEqual(expect.arrayContaining(['publishedBy https://w3id.org/newskg/id/outlet/le-monde', 'publicationDate 2024-01-02T10:00:00', 'url https://example.org/a', 'sameAs http://www.wikidata.org/entity/Q12461']));
    expect(triples.some((t) => t.startsWith('detectedProperty'))).toBe(false);
  });

  it('skips the second of two articles with the same id, or refuses it when strict', async () => {
    const dir = scratch('dup');
    const file = path.join(dir, 'feed.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'x' })}\n${JSON.stringify({ id: 'a', text: 'y' })}\n`);
    const skipped: NewskgError[] = [];
    expect((await all([file], { onSkip: (e) => skipped.push(e) })).map((a) => a.text)).toEqual(['x']);
    expect(skipped).toMatchObject([{ code: 'EUSAGE', context: { file: `${file}:2` } }]);
    await expect(all([file], { strict: true })).rejects.toMatchObject({ code: 'EUSAGE' });
  });
});
