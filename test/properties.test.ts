// Properties of the extractor over texts no one wrote by hand (fast-check): whatever the text, extraction does not
// throw, every piece of evidence points at exactly its recorded words, every speaker is an entity of the article,
// and the Turtle written parses back with n3 to the same triples.
import fc from 'fast-check';
import { Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { corpusToQuads, extractArticle, extractCorpus, Iris, loadLexicons, serializeQuads, standardPrefixes, type ArticleInput } from '../src/index.js';

const lex = loadLexicons();

/** Pieces news text is made of, hostile ones included: quote marks of every kind, names, verbs, tweets, scripts. */
const PIECES = [
  '« ', ' »', '«', '»', '"', '“', '”', '‘', '’', "'", '\n', '\n\n', '\r\n', '. ', ', ', ': ', ' — ', '(', ')',
  ', a déclaré ', ' a estimé que ', ', a-t-elle ajouté', '," she said', ' said that ', ' told Reuters ',
  'Paul Lambert', 'Marie Dupont', 'Lambert', 'le ministre', 'la députée', 'M. ', 'Mme ', 'Dr ', 'LFI', 'la CGT',
  'PARIS (AFP) – ', 'By Jane Roe', 'Lire aussi : ', '— Tom Hale (@TomHale) May 14, 2024', 'dimanche 9 juillet',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '😀', 'اسم عربي', 'שלום', '\u202E', '\u0000', '\uFEFF',
];
const newsText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

function article(text: string, i = 0): ArticleInput {
  return { id: `p${i}.txt`, source: `p${i}.txt`, text, given: { published: '2024-05-15' } };
}

describe('the extractor, on any text', () => {
  it('never throws; every evidence span is exactly its words; every speaker and participant is an entity of the article', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const x = extractArticle(article(text), lex);
        const keys = new Set(x.entities.map((e) => e.key));
        const spans = [
          ...x.mentions.map((m) => m.span),
          ...x.statements.flatMap((s) => [...s.spans, ...(s.attribution ? [s.attribution] : [])]),
          ...x.events.flatMap((e) => [...e.spans, ...(e.dateEvidence ? [e.dateEvidence] : [])]),
          ...x.responses.map((r) => r.evidence),
        ];
        for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
        for (const s of x.statements) if (s.speaker) expect(keys.has(s.speaker)).toBe(true);
        for (const e of x.events) for (const p of e.participants) expect(keys.has(p)).toBe(true);
        for (const m of x.mentions) expect(keys.has(m.entity)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes Turtle that n3 parses back to the same triples', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(newsText, { minLength: 1, maxLength: 3 }), async (texts) => {
        const iris = new Iris();
        const quads = corpusToQuads(await extractCorpus(texts.map(article)), iris);
        const turtle = await serializeQuads(quads, 'turtle', standardPrefixes(iris.prefixes()));
        const back = new Parser().parse(turtle);
        // A graph is a set of triples: the same triple made twice is one triple.
        const asLines = (qs: typeof quads) => [...new Set(new Writer({ format: 'N-Triples' }).quadsToString([...qs]).split('\n').filter(Boolean))].sort();
        expect(asLines(back)).toEqual(asLines(quads));
      }),
      { numRuns: 60 },
    );
  });
});
