// Saved web pages: the article's text by Readability, the page's own metadata, embedded tweets kept; navigation,
// cookie banners, related links and comments never reach the extractor.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, readArticles, type ArticleInput } from '../src/index.js';
import { newskg, ROOT } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/html');

async function read(file: string): Promise<ArticleInput> {
  for await (const a of readArticles([file], { strict: true })) return a;
  throw new Error('no article');
}

describe('a saved news page', () => {
  it('gives the article text without the page around it, and the metadata the page states (JSON-LD first)', async () => {
    const page = await read(path.join(FIXTURES, 'page.html'));
    expect(page.given).toEqual({
      outlet: 'Le Courrier du Rail',
      published: '2025-03-12T09:14:00+01:00',
      lang: 'fr',
      url: 'https://courrier-du-rail.example/greve-controleurs',
      title: 'Grève des contrôleurs : le ministre ferme la porte',
      author: 'Jeanne Roux',
    });
    expect(page.text).toContain('« La porte de mon ministère est ouverte');
    expect(page.text).toContain('— Thierry Lemasson (@tlemasson) March 12, 2025');
    for (const chrome of ['cookies', 'Accueil', 'À lire aussi', 'Quels trains circulent', 'ras-le-bol', 'Tous droits réservés']) expect(page.text).not.toContain(chrome);
  });

  it('yields the same statements and speakers as the same article in plain text', async () => {
    const said = async (file: string) => (await buildGraph([path.join(FIXTURES, file)])).corpus.articles[0]!.statements.map((s) => [s.speaker, s.kind, s.text]);
    const html = await said('page.html');
    expect(html).toEqual(await said('page.txt'));
    expect(html).toContainEqual(['person/thierry-lemasson', 'direct', 'Les contrôleurs ne demandent pas la lune. Ils demandent que le travail de nuit soit payé à sa juste valeur.']);
  });

  it('reads a page carried in a JSON Lines record ("html"), the record\'s own fields first; the author the page states is given, not detected', async () => {
    const dir = scratch('html-jsonl');
    const feed = path.join(dir, 'crawl.jsonl');
    const html = readFileSync(path.join(FIXTURES, 'page.html'), 'utf8');
    writeFileSync(feed, `${JSON.stringify({ id: 'courrier-1', html, outlet: 'Courrier du Rail (feed)', url: 'https://feed.example/1' })}\n`);
    const article = await read(feed);
    expect(article.text).toContain('« La porte de mon ministère est ouverte');
    expect(article.given).toMatchObject({ outlet: 'Courrier du Rail (feed)', url: 'https://feed.example/1', published: '2025-03-12T09:14:00+01:00', author: 'Jeanne Roux' });
    const out = path.join(dir, 'out.ttl');
    expect(newskg(['build', feed, '-o', out, '-q']).status).toBe(0);
    const ttl = readFileSync(out, 'utf8');
    expect(ttl).toContain('schema:author "Jeanne Roux"');
    expect(ttl).not.toMatch(/nkg:detectedProperty[^.]*schema:author/);
    expect(ttl).toContain('Les contrôleurs ne demandent pas la lune');
  });

  it('reads malformed HTML as browsers do (no html or body, unclosed tags, stray end tags), and skips with a warning a page cut inside a comment', () => {
    const dir = scratch('html-bad');
    const sloppy = path.join(dir, 'sloppy.html');
    writeFileSync(sloppy, '<title>Le ministre recule</title><div class="x"><article><h1>Le ministre recule</h1><p>Le ministre Paul Lambert a renoncé mardi à sa taxe carbone, après une semaine de critiques venues de sa propre majorité.</span><p>« Nous avons entendu les inquiétudes », a déclaré Paul Lambert devant la presse.<p>Il a promis une nouvelle version du texte « avant l’été », sans en préciser le contenu.<div></article>');
    const cut = path.join(dir, 'cut.html');
    writeFileSync(cut, '<html><head><title>x</title></head><body><!-- the page was cut here');
    const out = path.join(dir, 'out.ttl');
    const r = newskg(['build', sloppy, cut, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped .*cut\.html: no article text found in the page/);
    expect(readFileSync(out, 'utf8')).toContain('Nous avons entendu les inquiétudes');
  });

  it('falls back to OpenGraph, then <title> and <html lang>; a page with no article text is skipped with a warning', async () => {
    const dir = scratch('html');
    const og = path.join(dir, 'og.html');
    writeFileSync(og, '<html lang="en"><head><meta property="og:site_name" content="The Daily Ledger"><meta property="article:published_time" content="2024-05-14"><title>Minister quits</title></head><body><article><h1>Minister quits</h1><p>The energy minister Tom Hale resigned on Tuesday after a row over the bill, his office said in a statement to reporters in London.</p><p>"I leave with my head high and my conscience clear," Tom Hale told the Daily Ledger in an interview.</p></article></body></html>');
    expect((await read(og)).given).toEqual({ outlet: 'The Daily Ledger', published: '2024-05-14', lang: 'en', title: 'Minister quits' });
    const empty = path.join(dir, 'empty.html');
    writeFileSync(empty, '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    const r = newskg(['build', og, empty, '-o', path.join(dir, 'out.ttl')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped .*empty\.html: no article text found in the page/);
    expect(readFileSync(path.join(dir, 'out.ttl'), 'utf8')).toContain('I leave with my head high');
  });
});
