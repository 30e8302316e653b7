// The statement model: each found statement's confidence from its features, learned from annotated articles.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, findResponseCandidates, findStatementCandidates, fitLogistic, KEEP_RESPONSES, KEEP_STATEMENTS, labelArticles, likelihood, loadLexicons, rankResponses, rankStatements, readArticles, readGold, type LabelledExample } from '../src/index.js';
import { ARTICLES, ROOT, newskg } from './helpers/cli.js';

const lex = loadLexicons();
const read = (text: string, lang = 'fr') => ({ id: `t-${lang}.txt`, source: 'test', text, given: { lang } });

describe('each statement is given the model’s confidence', () => {
  const namedText = 'Le maire Paul Dufresne a répondu à la préfète. « Nous ne fermerons pas cette école », a-t-il déclaré lundi.';
  const nobodyText = 'Dans les couloirs, on entendait : « Personne ne sait vraiment ce qui va se passer demain. »';

  it('a quote with its speaker named beside it is more likely than one nobody is named for', () => {
    const [named] = extractArticle(read(namedText), lex).statements;
    const { reading, statements } = findStatementCandidates(read(nobodyText), lex);
    const [nobody] = rankStatements(reading.ctx, statements, { ...lex.models.statements, keep: 0 });
    expect(named).toMatchObject({ speaker: 'person/paul-dufresne', text: 'Nous ne fermerons pas cette école' });
    expect(nobody!.speaker).toBeUndefined();
    expect(named!.confidence).toBeGreaterThan(0.8);
    expect(nobody!.confidence).toBeLessThan(named!.confidence - 0.3);
  });

  it('statements less likely than the model keeps are left out', () => {
    const { reading, statements } = findStatementCandidates(read(nobodyText), lex);
    expect(statements).toHaveLength(1);
    expect(rankStatements(reading.ctx, statements, { ...lex.models.statements, keep: 0.7 })).toEqual([]);
    expect(rankStatements(reading.ctx, statements, { ...lex.models.statements, keep: 0 })).toHaveLength(1);
  });

  it('the package’s models are trained; the statement model leaves out only what it finds mostly wrong, the response model nothing', () => {
    const model = (kind: string) => JSON.parse(readFileSync(path.join(ROOT, `data/models/${kind}.json`), 'utf8'));
    expect(model('statements')).toMatchObject({ keep: KEEP_STATEMENTS, trainedOn: expect.stringMatching(/dev\.json/) });
    expect(model('responses')).toMatchObject({ keep: KEEP_RESPONSES, trainedOn: expect.stringMatching(/dev\.json/) });
    expect(Object.keys(model('statements').weights).length).toBeGreaterThan(20);
    expect(Object.keys(model('responses').weights).length).toBeGreaterThan(10);
  });
});

describe('each response is given the response model’s confidence', () => {
  it('an answer to a question put by name is more likely than a reaction tied to the act by shared words only', () => {
    const text = [
      'Le ministre du Logement Paul Dufresne a annoncé lundi le gel des loyers dans quarante villes.',
      '« Allez-vous indemniser les petits propriétaires ? », a demandé la députée Claire Morvan au ministre.',
      '« Personne ne sera lésé », lui a répondu Paul Dufresne.',
      '« Le gel des loyers dans quarante villes est une erreur », a estimé de son côté le maire Hugo Lenoir.',
    ].join('\n\n');
    const x = extractArticle(read(text), lex);
    const by = (speaker: string) => x.responses.find((r) => x.statements.find((s) => s.key === r.from)?.speaker === speaker);
    expect(by('person/paul-dufresne')).toMatchObject({ cue: expect.stringMatching(/answer|addressee/) });
    expect(by('person/hugo-lenoir')).toBeDefined();
    expect(by('person/paul-dufresne')!.confidence).toBeGreaterThan(by('person/hugo-lenoir')!.confidence);
  });

  it('ranking keeps every response when the model keeps everything, and leaves out the unlikely ones when it is told to', () => {
    const found = findStatementCandidates(read('« Vous mentez », a lancé la députée Claire Morvan au ministre Paul Dufresne.\n\n« C’est faux », a répliqué Paul Dufresne.'), lex);
    const { statements, events, responses } = findResponseCandidates(found, lex);
    expect(responses.length).toBeGreaterThan(0);
    expect(rankResponses(found.reading.ctx, statements, events, responses, lex.models.responses)).toHaveLength(responses.length);
    expect(rankResponses(found.reading.ctx, statements, events, responses, { ...lex.models.responses, keep: 1.01 })).toEqual([]);
  });

  it('the events of an article do not hang on the response threshold: criticism is paired with whom it answers, however sure the answer', () => {
    const input = read('Le ministre Paul Dufresne a défendu sa réforme.\n\nLa députée Claire Morvan a accusé Paul Dufresne de « mentir aux Français ».');
    const strict = { ...lex, models: { ...lex.models, responses: { ...lex.models.responses, keep: 1.01 } } };
    const all = extractArticle(input, lex);
    const none = extractArticle(input, strict);
    expect(all.responses.length).toBeGreaterThan(0);
    expect(none.responses).toEqual([]);
    expect(none.events).toEqual(all.events);
  });
});

describe('training', () => {
  it('labels what the rules find by the gold: a statement right when its words and speaker match one gold statement, a response when it answers whom the gold says', async () => {
    const gold = await readGold(path.join(ROOT, 'test/gold/seeds.json'));
    const sets = await labelArticles(readArticles([ARTICLES]), gold, lex);
    expect(sets.articles).toBe(5);
    expect(sets.statements.gold).toBe(43);
    // 41 of them are found, as `newskg eval` says before any is left out; none is right twice.
    expect(sets.statements.examples.filter((s) => s.right)).toHaveLength(41);
    expect(sets.statements.examples.every((s) => s.features[`lang=fr`] === 1)).toBe(true);
    // The gold's 17 pairs of who answered whom are all found (as eval finds them), some by several responses.
    expect(new Set(sets.responses.examples.filter((r) => r.right).map((r) => r.finds)).size).toBe(17);
    expect(sets.responses.examples.find((r) => r.finds.endsWith('White House → Sergey Lavrov'))).toMatchObject({ right: true });
  });

  it('a logistic regression learns that a feature seen with right statements makes a statement likely', () => {
    const examples: LabelledExample[] = Array.from({ length: 200 }, (_, i) => ({ article: `a${i % 10}`, finds: String(i), right: i % 4 !== 0, features: { named: i % 4 !== 0 ? 1 : i % 8 === 0 ? 1 : 0, noise: i % 3 } }));
    const model = { keep: 0, ...fitLogistic(examples) };
    expect(model.weights.named).toBeGreaterThan(1);
    expect(likelihood(model, { named: 1, noise: 0 })).toBeGreaterThan(0.8);
    expect(likelihood(model, { named: 0, noise: 0 })).toBeLessThan(0.2);
  });

  it('`newskg train` writes the models the build reads, and prints the cross-validated scores', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'newskg-train-'));
    const r = newskg(['train', ARTICLES, '--gold', 'test/gold/seeds.json', '--models', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^statements: \d+ found, 41 right; 43 in the gold$/mu);
    expect(r.stderr).toMatch(/^responses: \d+ found, \d+ right; 17 in the gold$/mu);
    expect(r.stderr).toMatch(/^\s+0\.3\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+← kept$/mu);
    const model = (kind: string) => JSON.parse(readFileSync(path.join(out, `${kind}.json`), 'utf8'));
    expect(model('statements')).toMatchObject({ keep: KEEP_STATEMENTS, trainedOn: '5 articles of seeds.json' });
    expect(model('statements').weights['extractor=statements/verb-after-quote']).toBeDefined();
    expect(model('responses').weights['cue=denial']).toBeDefined();
  });

  it('`newskg train` without gold, or on a missing file, fails with one line', () => {
    expect(newskg(['train', ARTICLES]).stderr).toMatch(/required option '--gold <file>'/u);
    const r = newskg(['train', ARTICLES, '--gold', 'nope.json']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/nope\.json/u);
  });
});
