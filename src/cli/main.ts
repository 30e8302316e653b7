#!/usr/bin/env node
// The newskg command line: a thin layer over the library in src/index.ts.
import { main } from './program.js';

// A reader that stops early (`newskg query … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv);
