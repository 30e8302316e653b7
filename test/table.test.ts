// Table exports (CSV, TSV) and JSON Lines with other field names, through the column mapping.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, type ArticleInput } from '../src/index.js';
import { newskg } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

const QUOTE = '« La porte de mon ministère est ouverte, elle l\'a toujours été », a déclaré le ministre Clément Varenne.';

async function readAll(file: string, columns?: Record<string, string>): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for await (const a of readArticles([file], { columns })) out.push(a);
  return out;
}

describe('table exports', () => {
  it('read a CSV with the column names of common exports (Media Cloud), quoted cells and line breaks in them', async () => {
    const file = path.join(scratch('table'), 'export.csv');
    writeFileSync(file, `stories_id,media_name,publish_date,title,body\n42,Le Courrier du Rail,2025-03-12,Grève,"Titre\n\n${QUOTE.replace(/"/g, '""')}"\n`);
    const [a] = await readAll(file);
    expect(a).toMatchObject({ id: '42', text: `Titre\n\n${QUOTE}`, given: { outlet: 'Le Courrier du Rail', published: '2025-03-12', title: 'Grève' } });
  });

  it('read a TSV and JSON Lines through --map, and build them into statements', () => {
    const dir = scratch('table');
    const tsv = path.join(dir, 'feed.tsv');
    writeFileSync(tsv, `uid\tsource_name\tcontenu\nx1\tLe Courrier du Rail\t${QUOTE}\n`);
    const jsonl = path.join(dir, 'feed.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ uid: 'x2', source_name: 'La Gazette', contenu: QUOTE.replace('Clément Varenne', 'Paul Lambert') })}\n`);
    const out = path.join(dir, 'out.ttl');
    const r = newskg(['build', tsv, jsonl, '-o', out, '--map', 'text=contenu,id=uid,outlet=source_name']);
    expect(r.status).toBe(0);
    const graph = readFileSync(out, 'utf8');
    expect(graph).toContain('person:clement-varenne');
    expect(graph).toContain('person:paul-lambert');
    expect(graph).toContain('outlet:la-gazette');
  });

  it('name the file and line of a bad row, and refuse a table with no text column, naming its header', () => {
    const dir = scratch('table');
    const rows = path.join(dir, 'rows.csv');
    writeFileSync(rows, `id,body\n1,${JSON.stringify(QUOTE)}\n2,\n`);
    const skipped = newskg(['build', rows, '-o', path.join(dir, 'a.ttl')]);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/warning: skipped .*rows\.csv:3: empty article text \(column body\)/);
    const notext = path.join(dir, 'notext.csv');
    writeFileSync(notext, 'id,headline\n1,Grève\n');
    const refused = newskg(['build', notext, '-o', path.join(dir, 'b.ttl'), '--strict']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/notext\.csv:1: no text column .*the header has id, headline.*--map text=COLUMN/);
    expect(newskg(['build', notext, '--map', 'body']).stderr).toMatch(/--map takes field=column pairs/);
  });
});
