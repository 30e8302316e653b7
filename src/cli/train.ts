// `newskg train`: learn the statement and response models (how likely what the rules find is to be right) from annotated articles.
import path from 'node:path';
import type { Command } from 'commander';
import { DATA_DIR } from '../paths.js';

interface TrainFlags {
  gold: string;
  models: string;
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('learn from annotated articles how likely each found statement and response is: their confidence, and which statements to leave out')
    .argument('<articles...>', 'annotated articles (files or folders, as for build)')
    .requiredOption('--gold <file>', 'their gold annotations (JSON, format in test/gold/README.md)')
    .option('--models <dir>', 'where to write statements.json and responses.json', path.join(DATA_DIR, 'models'))
    .addHelpText('after', '\nEvery build reads the models in data/models; train on articles you will not score them on.\n\nExample:\n  newskg train test/fixtures/corpus/dev --gold test/gold/dev.json\n')
    .action(async (articles: string[], flags: TrainFlags) => {
      const [{ readGold }, { readArticles }, { loadLexicons }, train, { writeOutputFile }] = await Promise.all([
        import('../eval/gold.js'),
        import('../ingest/read-articles.js'),
        import('../extract/lexicon/lexicons.js'),
        import('../eval/train.js'),
        import('../output.js'),
      ]);
      const gold = await readGold(flags.gold);
      const sets = await train.labelArticles(readArticles(articles), gold, loadLexicons());
      const trainedOn = `${sets.articles} articles of ${path.basename(flags.gold)}`;
      const lines = [`${sets.articles} articles`];
      for (const [kind, keep] of [['statements', train.KEEP_STATEMENTS], ['responses', train.KEEP_RESPONSES]] as const) {
        const report = train.trainModel(sets[kind], keep, trainedOn);
        const file = path.join(flags.models, `${kind}.json`);
        await writeOutputFile(file, `${JSON.stringify(report.model, null, 2)}\n`);
        lines.push(
          '',
          `${kind}: ${report.examples} found, ${report.right} right; ${sets[kind].gold} in the gold`,
          'at least   precision  recall  F1   (each fifth of the articles scored by a model learned on the others)',
          ...report.crossValidated.map((c) => `${c.keep.toFixed(1).padStart(8)}   ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}${c.keep === keep ? '  ← kept' : ''}`),
          `model written to ${file}`,
        );
      }
      process.stderr.write(`${lines.join('\n')}\n`);
    });
}
