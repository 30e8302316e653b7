// Bad input: one clear line naming the file, exit code 2, and no output file written or clobbered.
import { mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, loadLexicons, readArticles, NewskgError, type ArticleExtraction } from '../src/index.js';
import { ARTICLES, newskg } from './helpers/cli.js';
import { scratch as scratchDir } from './helpers/scratch.js';

const scratch = () => scratchDir('bad');

type Case = [name: string, make: (dir: string) => string, expected: RegExp];

const cases: Case[] = [
  ['a missing path', (dir) => path.join(dir, 'nope.txt'), /nope\.txt: no such file or folder$/],
  ['an empty file', (dir) => write(dir, 'empty.txt', ''), /empty\.txt: empty article$/],
  ['a file of blanks', (dir) => write(dir, 'blank.txt', ' \n\n\t\n'), /blank\.txt: empty article$/],
  ['a binary file', (dir) => write(dir, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), /image\.txt:3:1: binary file/],
  ['a Latin-1 file', (dir) => write(dir, 'latin1.txt', Buffer.from('Première ligne\nLe président a déclaré\n', 'latin1')), /latin1\.txt:1:6: not valid UTF-8 \(byte 0xe8\)/],
  ['a folder with no articles', (dir) => (mkdirSync(path.join(dir, 'empty-folder')), path.join(dir, 'empty-folder')), /empty-folder: no articles in folder/],
  ['a bad JSON Lines record', (dir) => write(dir, 'feed.jsonl', '{"text": "Un article."}\n{"text": "Deux" "url": 1}\n'), /feed\.jsonl:2:17: bad JSON/],
  ['a JSON Lines record without text', (dir) => write(dir, 'notext.jsonl', '{"url": "https://example.org/a"}\n'), /notext\.jsonl:1: record has no "text" \(nor "html"\) string/],
  ['bad front matter', (dir) => write(dir, 'fm.md', '---\noutlet: [unclosed\n---\nTexte.\n'), /fm\.md:\d+(:\d+)?: bad front matter/],
  ['an article over --max-bytes', (dir) => write(dir, 'big.txt', 'x '.repeat(600_000)), /big\.txt: article is 1200000 bytes, over the limit of 1000000/],
];

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('newskg build --strict with bad input', () => {
  it.each(cases)('%s: one line, exit 2, existing output untouched', (_name, make, expected) => {
    const dir = scratch();
    const input = make(dir);
    const out = path.join(dir, 'out.ttl');
    writeFileSync(out, 'previous build\n');
    // A good folder first: the bad input must stop the build even after good articles were read.
    const r = newskg(['build', ARTICLES, input, '-o', out, '--max-bytes', '1000000', '--strict']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(lines[0]).toContain(path.basename(input));
    expect(readFileSync(out, 'utf8')).toBe('previous build\n');
    expect(readdirSync(dir).filter((f) => f.startsWith('out.ttl'))).toEqual(['out.ttl']);
  });

  it('writes no output file at all when the first input is bad', () => {
    const dir = scratch();
    const out = path.join(dir, 'graph.ttl');
    const r = newskg(['build', path.join(dir, 'missing'), '-o', out]);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a bad option value with exit 2 before reading anything', () => {
    const r = newskg(['build', ARTICLES, '--format', 'rdfxml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("argument 'rdfxml' is invalid");
  });
});

describe('newskg build skips bad articles', () => {
  const skippable = cases.filter(([name]) => !/missing path|no articles/.test(name));
  it.each(skippable)('%s: a one-line warning, the good articles built, the skip counted', (_name, make, expected) => {
    const dir = scratch();
    const input = make(dir);
    const out = path.join(dir, 'out.ttl');
    const r = newskg(['build', ARTICLES, input, '-o', out, '--max-bytes', '1000000']);
    expect(r.status).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning: skipped'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(expected);
    expect(r.stderr).toMatch(/built [56] articles, skipped 1 bad article → \d+ triples/);
    expect(readFileSync(out, 'utf8')).toContain('nkg:Article');
  });

  it('fails when no article at all could be read', () => {
    const dir = scratch();
    const r = newskg(['build', write(dir, 'empty.txt', ''), '-o', path.join(dir, 'out.ttl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no article could be read/);
    expect(existsSync(path.join(dir, 'out.ttl'))).toBe(false);
  });
});

describe('readArticles errors carry a code and a position', () => {
  it.each([
    ['latin1.txt', Buffer.from('abc\ndéf\n', 'latin1'), 'EENCODING', 2, 2],
    ['nul.txt', Buffer.from('abc\0def'), 'EBINARY', 1, 4],
  ] as const)('%s → %s at %i:%i', async (name, bytes, code, line, column) => {
    const file = write(scratch(), name, bytes);
    const err = await (async () => {
      for await (const _ of readArticles([file], { strict: true })) void _;
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewskgError);
    expect(err).toMatchObject({ code, context: { file, line, column } });
  });
});

describe('hostile but readable articles give a correct graph', () => {
  const said = (x: ArticleExtraction) => x.statements.map((s) => [s.speaker?.replace(/^.*\//, '') ?? null, s.text]);
  const extract = (text: string) => extractArticle({ id: 'h.txt', source: 'h.txt', text, given: { lang: 'fr', published: '2024-05-15' } }, loadLexicons());

  it('UTF-16 with a byte order mark, and Windows line endings, read as text', async () => {
    const dir = scratch();
    const utf16 = write(dir, 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('« Nous irons jusqu’au bout », a déclaré Paul Lambert.\r\n', 'utf16le')]));
    const articles = [];
    for await (const a of readArticles([utf16], { strict: true })) articles.push(a);
    expect(said(extract(articles[0]!.text))).toEqual([['paul-lambert', 'Nous irons jusqu’au bout']]);
    expect(said(extract('Titre\r\n\r\n« Nous irons jusqu’au bout de cette réforme », a déclaré Paul Lambert.\r\n'))).toEqual([['paul-lambert', 'Nous irons jusqu’au bout de cette réforme']]);
  });

  it('a quote that never closes, and unbalanced nested marks, spoil nothing after them', () => {
    const x = extract('« Cette citation ne se ferme jamais, a dit Marie Dupont.\n\n« « « Un » « deux\n\nParagraphe suivant. « Nous irons jusqu’au bout de cette réforme », a déclaré Paul Lambert.');
    expect(said(x)).toContainEqual(['paul-lambert', 'Nous irons jusqu’au bout de cette réforme']);
  });

  it('10,000 quotes in one article: 10,000 statements', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `« Citation numéro ${i} de cette longue série », a déclaré Paul Lambert.`).join('\n');
    expect(extract(text).statements.filter((s) => s.speaker === 'person/paul-lambert')).toHaveLength(10_000);
  }, 60_000);

  it('HTML, <script>, emoji and right-to-left text stay words of the article', () => {
    const x = extract('<script>alert(1)</script>\n\n« Nous irons jusqu’au bout <b>toujours</b> », a déclaré 😀 Paul Lambert.\n\n« אנחנו נמשיך עד הסוף », a déclaré la ministre Sarah Lévy.');
    expect(said(x)).toEqual([
      ['paul-lambert', 'Nous irons jusqu’au bout <b>toujours</b>'],
      ['sarah-levy', 'אנחנו נמשיך עד הסוף'],
    ]);
  });
});
