// Web archives: a WARC built here from the team's fixture page, read record by record with warcio.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readArticles, type ArticleInput } from '../src/index.js';
import { newskg, ROOT } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const PAGE = readFileSync(path.join(ROOT, 'test/fixtures/html/page.html'));

async function serialize(url: string, type: 'response' | 'request', contentType: string, body: Uint8Array, gzip: boolean): Promise<Uint8Array> {
  async function* content() {
    yield body;
  }
  const record = WARCRecord.create({ url, date: '2025-03-12T10:00:00Z', type, warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': contentType } }, content());
  return WARCSerializer.serialize(record, { gzip });
}

describe('web archives', () => {
  it('read each HTML response as a page, pass over other records, in .warc.gz and .warc', async () => {
    const dir = scratch('warc');
    for (const gzip of [true, false]) {
      const file = path.join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
      const records = [
        await serialize('https://courrier-du-rail.example/logo.png', 'response', 'image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), gzip),
        await serialize('https://courrier-du-rail.example/greve', 'response', 'text/html; charset=utf-8', PAGE, gzip),
      ];
      writeFileSync(file, Buffer.concat(records.map((r) => Buffer.from(r))));
      const articles: ArticleInput[] = [];
      for await (const a of readArticles([file], { strict: true })) articles.push(a);
      expect(articles.map((a) => [a.id, a.given.outlet, a.given.url])).toEqual([[`${path.basename(file)}#2`, 'Le Courrier du Rail', 'https://courrier-du-rail.example/greve-controleurs']]);
      expect(articles[0]!.text).toContain('« La porte de mon ministère est ouverte');
    }
  });

  it('skip with a warning a damaged archive and one with no HTML page', async () => {
    const dir = scratch('warc');
    const whole = Buffer.from(await serialize('https://example.org/a', 'response', 'text/html', PAGE, true));
    const cut = path.join(dir, 'cut.warc.gz');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const images = path.join(dir, 'images.warc.gz');
    writeFileSync(images, Buffer.from(await serialize('https://example.org/a.png', 'response', 'image/png', new Uint8Array([1, 2, 3]), true)));
    const good = path.join(dir, 'good.warc.gz');
    writeFileSync(good, whole);
    const r = newskg(['build', cut, images, good, '-o', path.join(dir, 'out.ttl')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped .*cut\.warc\.gz: /);
    expect(r.stderr).toMatch(/warning: skipped .*images\.warc\.gz: no HTML page in the web archive \(1 records\)/);
    expect(readFileSync(path.join(dir, 'out.ttl'), 'utf8')).toContain('person:clement-varenne');
  });
});

describe('every input at once', () => {
  it('newskg build page.html archive.warc.gz export.csv -o out/graph.ttl', async () => {
    const dir = scratch('inputs');
    const page = path.join(ROOT, 'test/fixtures/html/page.html');
    const archive = path.join(dir, 'archive.warc.gz');
    writeFileSync(archive, Buffer.from(await serialize('https://courrier-du-rail.example/greve', 'response', 'text/html; charset=utf-8', PAGE, true)));
    const csv = path.join(dir, 'export.csv');
    writeFileSync(csv, 'stories_id,media_name,publish_date,text\n7,Le Journal du Test,2025-03-13,"Le ministre Paul Lambert a annoncé jeudi une taxe. « C’est une provocation », a dénoncé la députée Claire Morvan."\n');
    const out = path.join(dir, 'out', 'graph.ttl');
    const r = newskg(['build', page, archive, csv, '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/built 3 articles/);
    const ttl = readFileSync(out, 'utf8');
    expect(ttl).toContain('Les contrôleurs ne demandent pas la lune');
    expect(ttl).toContain('C’est une provocation');
    expect(ttl).toContain('schema:url <https://courrier-du-rail.example/greve-controleurs>');
  });
});
