// The newskg program: its commands, and the run that maps every failure to an exit code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { PACKAGE_ROOT } from '../paths.js';
import { registerBuild } from './build.js';
import { registerValidate } from './validate.js';
import { registerEval } from './eval.js';
import { registerTrain } from './train.js';
import { registerQuery } from './query.js';
import { registerQueries } from './queries.js';
import { registerExport } from './export.js';
import { registerPush } from './push.js';
import { registerServe } from './serve.js';
import { registerGraph, registerStats } from './graph.js';
import { handleError } from './handle-error.js';

export function createProgram(): Command {
  const { version } = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  const program = new Command()
    .name('newskg')
    .description('Build a knowledge graph of who said what, reported by whom, and who responded to whom, from news articles; query it with SPARQL.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerBuild(program);
  registerValidate(program);
  registerQuery(program);
  registerQueries(program);
  registerExport(program);
  registerPush(program);
  registerServe(program);
  registerStats(program);
  registerGraph(program);
  registerEval(program);
  registerTrain(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return handleError(err);
  }
}
