// Two invented articles on other stories, one English, one French, read end to end: what a user would check first.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type ArticleExtraction, type BuildResult } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

let result: BuildResult;
const article = (id: string) => result.corpus.articles.find((a) => a.article.id === id)!;
const named = (x: ArticleExtraction, type: string) => {
  const mentioned = new Set(x.mentions.map((m) => m.entity));
  return x.entities.filter((e) => e.type === type && mentioned.has(e.key)).map((e) => e.name).sort();
};
const said = (x: ArticleExtraction) => x.statements.map((s) => [s.speaker?.replace(/^.*\//, '') ?? null, s.kind, s.text.slice(0, 30)]);
const responders = (x: ArticleExtraction) => {
  const statements = new Map(x.statements.map((s) => [s.key, s]));
  return [...new Set(x.responses.map((r) => statements.get(r.from)!.speaker!.replace(/^.*\//, '')))].sort();
};

beforeAll(async () => {
  result = await buildGraph([path.join(ROOT, 'test/fixtures/unseen')]);
});

describe('an English article: a U-turn on a fuel tax', () => {
  it('reads the date from a byline written in words, and takes no author for a speaker', () => {
    expect(article('en-story.txt').article.published).toMatchObject({ value: '2024-03-14', provenance: 'detected' });
    expect(article('en-story.txt').article.author).toMatchObject({ value: 'Sarah Whitfield', provenance: 'detected' });
    expect(article('en-story.txt').mentions.some((m) => m.span.text === 'Sarah Whitfield')).toBe(false);
  });

  it('finds the people, the organisation and the outlets, and no street as a person', () => {
    const x = article('en-story.txt');
    expect(named(x, 'Person')).toEqual(['Helen Carter', 'James Whitaker', 'Priya Natarajan', 'Tom Reyes']);
    // Downing Street is the knowledge base's name for the UK government's office, a body: "Downing Street said".
    // Twitter: the article embeds a tweet, signed with its handle (the golds count the platform as named).
    // "in Parliament", in an article about Britain: the UK Parliament.
    expect(named(x, 'Organisation')).toEqual(['Downing Street', 'Road Haulage Association', 'Twitter', 'United Kingdom Parliament']);
    expect(named(x, 'Outlet')).toEqual(['BBC', 'Reuters']);
  });

  it('attributes the quotes and the signed tweet; "a spokesperson said" gives nobody a statement', () => {
    const x = article('en-story.txt');
    expect(said(x)).toEqual(expect.arrayContaining([
      ['james-whitaker', 'direct', 'This government has lost touch'],
      ['priya-natarajan', 'direct', 'simply cannot absorb another c'],
      ['helen-carter', 'direct', 'We will not be raising fuel du'],
    ]));
    expect(x.statements.find((s) => s.speaker === 'person/priya-natarajan')?.venue).toBe('outlet/bbc');
    expect(x.statements.some((s) => s.speaker === 'person/tom-reyes')).toBe(false);
    expect(x.statements.find((s) => s.handle === 'HelenCarterPM')?.date).toBe('2024-03-14');
  });

  it('finds the retraction, and the critics who responded to the Prime Minister', () => {
    const x = article('en-story.txt');
    expect(x.events.find((e) => e.type === 'retraction')).toMatchObject({ participants: ['person/helen-carter'], date: '2024-03-12' });
    expect(responders(x)).toEqual(expect.arrayContaining(['james-whitaker', 'road-haulage-association']));
  });
});

describe('a French article: a minister steps back on a reform', () => {
  it('reads the outlet and date from the byline', () => {
    expect(article('fr-story.txt').article).toMatchObject({ outlet: { value: 'outlet/le-monde' }, published: { value: '2023-06-05T18:02:00' } });
  });

  it('finds people, unions by their acronym or their noun, a party by its member\'s adjective, and nothing from the "Lire aussi" teaser', () => {
    const x = article('fr-story.txt');
    expect(named(x, 'Person')).toEqual(['Chloé Fontaine', 'Karim Benali', 'Élise Marchand']);
    // « la députée écologiste Chloé Fontaine »: the party of a French deputy.
    expect(named(x, 'Organisation')).toEqual(['Assemblée nationale', 'CGT', 'Force Ouvrière', 'Les Écologistes']);
    expect(x.mentions.some((m) => m.span.start > x.article.text.indexOf('Lire aussi'))).toBe(false);
  });

  it('attributes « a déclaré Élise Marchand », and records the source of the denial', () => {
    const x = article('fr-story.txt');
    expect(said(x)).toEqual(expect.arrayContaining([['elise-marchand', 'direct', 'Nous avons entendu les inquiét']]));
    expect(x.statements.find((s) => s.stance === 'denial')).toMatchObject({ speaker: 'person/elise-marchand', source: 'outlet/agence-france-presse' });
  });

  it('has the critics respond to the minister', () => {
    expect(responders(article('fr-story.txt'))).toEqual(expect.arrayContaining(['chloe-fontaine', 'karim-benali']));
  });
});
