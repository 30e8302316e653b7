// The statement model: each found statement's confidence from its features, learned from annotated articles.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, findStatementCandidates, fitLogistic, KEEP, labelStatements, likelihood, loadLexicons, rankStatements, readArticles, readGold, type LabelledStatement } from '../src/index.js';
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

  it('the package’s model is trained, and leaves out only what it finds mostly wrong', () => {
    const model = JSON.parse(readFileSync(path.join(ROOT, 'data/models/statements.json'), 'utf8'));
    expect(model.keep).toBe(KEEP);
    expect(model.trainedOn).toMatch(/dev\.json/);
    expect(Object.keys(model.weights).length).toBeGreaterThan(20);
  });
});

describe('training', () => {
  it('labels each statement found by the gold: right when its words and speaker match one gold statement', async () => {
    const gold = await readGold(path.join(ROOT, 'test/gold/seeds.json'));
    const set = await labelStatements(readArticles([ARTICLES]), gold, lex);
    expect(set.articles).toBe(5);
    expect(set.goldStatements).toBe(43);
    // 41 of them are found, as `newskg eval` says before any is left out; none is right twice.
    expect(set.statements.filter((s) => s.right)).toHaveLength(41);
    expect(set.statements.every((s) => s.features[`lang=fr`] === 1)).toBe(true);
  });

  it('a logistic regression learns that a feature seen with right statements makes a statement likely', () => {
    const examples: LabelledStatement[] = Array.from({ length: 200 }, (_, i) => ({ article: `a${i % 10}`, right: i % 4 !== 0, features: { named: i % 4 !== 0 ? 1 : i % 8 === 0 ? 1 : 0, noise: i % 3 } }));
    const model = { keep: 0, ...fitLogistic(examples) };
    expect(model.weights.named).toBeGreaterThan(1);
    expect(likelihood(model, { named: 1, noise: 0 })).toBeGreaterThan(0.8);
    expect(likelihood(model, { named: 0, noise: 0 })).toBeLessThan(0.2);
  });

  it('`newskg train` writes a model the build reads, and prints the cross-validated scores', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'newskg-train-')), 'model.json');
    const r = newskg(['train', ARTICLES, '--gold', 'test/gold/seeds.json', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^5 articles, \d+ statements found, 41 right; 43 in the gold/mu);
    expect(r.stderr).toMatch(/^\s+0\.3\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+← kept$/mu);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    expect(model).toMatchObject({ keep: KEEP, trainedOn: '5 articles of seeds.json' });
    expect(model.weights['extractor=statements/verb-after-quote']).toBeDefined();
  });

  it('`newskg train` without gold, or on a missing file, fails with one line', () => {
    expect(newskg(['train', ARTICLES]).stderr).toMatch(/required option '--gold <file>'/u);
    const r = newskg(['train', ARTICLES, '--gold', 'nope.json']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/nope\.json/u);
  });
});
