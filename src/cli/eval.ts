// `newskg eval`: score an extraction against gold annotations.
import path from 'node:path';
import type { Command } from 'commander';
import { DATA_DIR } from '../paths.js';
import { confidenceValue, oneOf } from './options.js';

interface EvalFlags {
  gold: string;
  graph?: string;
  format: 'text' | 'json';
  minConfidence: number;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score an extraction against gold annotations: precision, recall and F1 per kind, with misses and false hits')
    .argument('[articles...]', 'articles to build and score (default: the bundled data/articles)')
    .requiredOption('--gold <file>', 'gold annotations (JSON, format in test/gold/README.md)')
    .option('--graph <file>', 'score this graph instead of building the articles')
    .option('--format <format>', 'text or json', oneOf(['text', 'json'] as const), 'text')
    .option('--min-confidence <n>', 'leave out statements and responses less sure than this (0–1)', confidenceValue, 0)
    .addHelpText('after', '\nExample:\n  newskg eval --gold test/gold/seeds.json\n  newskg eval --gold gold.json --graph out/graph.ttl --format json\n')
    .action(async (articles: string[], flags: EvalFlags) => {
      const [{ readGold }, { viewGraph }, { confidenceCurve, evaluate }, { formatReport }, { buildGraph }, { readRdfFile }] = await Promise.all([
        import('../eval/gold.js'),
        import('../eval/graph-view.js'),
        import('../eval/score.js'),
        import('../eval/format.js'),
        import('../pipeline.js'),
        import('../rdf/syntax.js'),
      ]);
      const gold = await readGold(flags.gold);
      const quads = flags.graph
        ? await readRdfFile(flags.graph)
        : (await buildGraph(articles.length > 0 ? articles : [path.join(DATA_DIR, 'articles')])).quads;
      const view = viewGraph(quads);
      const report = evaluate(view, gold, { minConfidence: flags.minConfidence });
      const curve = confidenceCurve(view, gold);
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify({ ...report, by_confidence: curve }, null, 2)}\n` : formatReport(report, curve));
    });
}
