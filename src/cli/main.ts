#!/usr/bin/env node
// The newskg command line: a thin layer over the library in src/index.ts.
import { main } from './program.js';

process.exitCode = await main(process.argv);
