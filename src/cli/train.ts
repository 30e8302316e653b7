// `newskg train`: learn the statement model (how likely each found statement is to be right) from annotated articles.
import path from 'node:path';
import type { Command } from 'commander';
import { DATA_DIR } from '../paths.js';

interface TrainFlags {
  gold: string;
  output: string;
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description("learn the statement model from annotated articles: each found statement's confidence, and which to leave out")
    .argument('<articles...>', 'annotated articles (files or folders, as for build)')
    .requiredOption('--gold <file>', 'their gold annotations (JSON, format in test/gold/README.md)')
    .option('-o, --output <file>', 'where to write the model', path.join(DATA_DIR, 'models', 'statements.json'))
    .addHelpText('after', '\nThe model is read by every build from data/models/statements.json; train on articles you will not score it on.\n\nExample:\n  newskg train test/fixtures/corpus/dev --gold test/gold/dev.json\n')
    .action(async (articles: string[], flags: TrainFlags) => {
      const [{ readGold }, { readArticles }, { loadLexicons }, { labelStatements, trainStatementModel }, { writeOutputFile }] = await Promise.all([
        import('../eval/gold.js'),
        import('../ingest/read-articles.js'),
        import('../extract/lexicon/lexicons.js'),
        import('../eval/train.js'),
        import('../output.js'),
      ]);
      const gold = await readGold(flags.gold);
      const set = await labelStatements(readArticles(articles), gold, loadLexicons());
      const report = trainStatementModel(set, `${set.articles} articles of ${path.basename(flags.gold)}`);
      await writeOutputFile(flags.output, `${JSON.stringify(report.model, null, 2)}\n`);
      const lines = [
        `${set.articles} articles, ${report.statements} statements found, ${report.right} right; ${set.goldStatements} in the gold`,
        'keep at   precision  recall  F1   (each fifth of the articles scored by a model learned on the others)',
        ...report.crossValidated.map((c) => `${c.keep.toFixed(1).padStart(7)}   ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}${c.keep === report.model.keep ? '  ← kept' : ''}`),
        `model written to ${flags.output}`,
      ];
      process.stderr.write(`${lines.join('\n')}\n`);
    });
}
