// Who responded to whom: a statement responds to the statement it denies, or to the proposal or announcement it
// reacts to, by the cues the press gives: a critical or denying verb, the proposer named, the proposal's words
// repeated, a criticism in the sentence before, or its place in a run of reactions after the proposal.
import { foldText } from '../document/normalize.js';
import type { Reading } from '../statements/statements.js';
import type { ArticleEvent, Response, Statement } from '../types.js';

export const RESPONSE_DEFAULTS = {
  /** Content words (first four letters) a reaction shares with the proposal's sentence. */
  minSharedStems: 2,
  /** How far, in characters, a reaction may follow the last one to continue a run of reactions. */
  maxRunGap: 700,
};

const CONFIDENCE: Record<Response['cue'], number> = {
  denial: 0.8,
  criticism: 0.8,
  'criticism-context': 0.7,
  'mentions-proposer': 0.7,
  'shares-topic': 0.6,
  'reaction-sequence': 0.5,
};

const start = (s: Statement) => s.spans[0]!.start;
const end = (s: Statement) => s.spans[s.spans.length - 1]!.end;

function stems(words: readonly string[], stopwords: ReadonlySet<string>): Set<string> {
  return new Set(words.filter((w) => w.length >= 4 && !stopwords.has(w)).map((w) => w.slice(0, 4)));
}

/** The first proposal or announcement the article reports: the act its reactions answer. */
function proposalOf(events: readonly ArticleEvent[]): ArticleEvent | undefined {
  return events.filter((e) => e.type === 'proposal' || e.type === 'announcement').sort((a, b) => a.spans[0]!.start - b.spans[0]!.start)[0];
}

/** A denial answers the nearest earlier statement by someone else, preferring one that names the denier. */
function deniedStatement(s: Statement, all: readonly Statement[], namesIn: (s: Statement) => string[]): Statement | undefined {
  const at = s.attribution?.start ?? start(s);
  const earlier = all.filter((o) => o !== s && o.speaker && o.speaker !== s.speaker && start(o) < at).sort((a, b) => start(b) - start(a));
  return earlier.find((o) => s.speaker !== undefined && namesIn(o).includes(s.speaker)) ?? earlier[0];
}

export function findResponses(reading: Reading, statements: readonly Statement[], events: readonly ArticleEvent[], options = RESPONSE_DEFAULTS): Response[] {
  const { ctx, sentences } = reading;
  const namesIn = (s: Statement) => ctx.mentions.filter((m) => s.spans.some((sp) => m.span.start >= sp.start && m.span.end <= sp.end)).map((m) => m.entity);
  const stopwords = new Set(Object.entries(ctx.lex.stopwords).filter(([k]) => k !== 'about').flatMap(([, w]) => w.map(foldText)));
  const ordered = statements.filter((s) => s.speaker).sort((a, b) => start(a) - start(b));
  const proposal = proposalOf(events);
  const proposers = new Set(proposal?.participants ?? []);
  const proposalAt = proposal?.spans[0]!.start ?? Infinity;
  const topic = proposal ? stems(ctx.doc.wordsOf(proposal.spans), stopwords) : new Set<string>();
  const responses: Response[] = [];
  let lastReactionEnd = -Infinity;

  for (const s of ordered) {
    if (s.stance === 'denial') {
      const target = deniedStatement(s, ordered, namesIn);
      if (target) responses.push({ from: s.key, to: { statement: target.key }, cue: 'denial', confidence: CONFIDENCE.denial, evidence: s.attribution ?? s.spans[0]! });
      continue;
    }
    if (!proposal || proposers.has(s.speaker!) || start(s) < proposalAt) continue;
    const cue = reactionCue(s);
    if (cue) {
      responses.push({ from: s.key, to: { event: proposal.local }, cue, confidence: CONFIDENCE[cue], evidence: s.attribution ?? s.spans[0]! });
      lastReactionEnd = end(s);
    }
  }
  return responses;

  function reactionCue(s: Statement): Response['cue'] | undefined {
    if (s.stance === 'criticism' || s.stance === 'response') return 'criticism';
    const context = sentences.find((x) => x.sentence.start <= start(s) && start(s) < x.sentence.end);
    const previous = context ? sentences[sentences.indexOf(context) - 1] : undefined;
    // « X et Y ont stigmatisé cette proposition. « … », a dit Y. »
    if (previous && previous.sentence.end <= start(s) && start(s) - previous.sentence.end < 200 && ctx.mentions.some((m) => m.entity === s.speaker && m.span.start >= previous.sentence.start && m.span.end <= previous.sentence.end)) {
      const words = ctx.doc.wordsOf([previous.sentence]);
      if (ctx.lex.verbs.verbs.some((v) => v.stance === 'criticism' && (words.includes(foldText(v.participle)) || v.forms.some((f) => words.includes(foldText(f)))))) return 'criticism-context';
    }
    const named = new Set([...namesIn(s), ...ctx.mentions.filter((m) => s.attribution && m.span.start >= s.attribution.start && m.span.end <= s.attribution.end + 80).map((m) => m.entity)]);
    if ([...proposers].some((p) => named.has(p) && p !== s.speaker)) return 'mentions-proposer';
    const around = ctx.doc.wordsOf(context ? [...s.spans, context.sentence] : s.spans);
    const shared = [...stems(around, stopwords)].filter((w) => topic.has(w)).length;
    if (shared >= options.minSharedStems) return 'shares-topic';
    if (start(s) - lastReactionEnd <= options.maxRunGap) return 'reaction-sequence';
    return undefined;
  }
}
