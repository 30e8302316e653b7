// n3's DataFactory alone: the terms every stage makes, without n3's parsers, writers and streams, which take tens of
// milliseconds to load and which a query or `--help` never needs. The object is the one n3 exports, so its terms are
// n3's own.
import { createRequire } from 'node:module';
import type { DataFactory as N3DataFactory } from 'n3';

const require = createRequire(import.meta.url);

export const DataFactory = (require('n3/lib/N3DataFactory.js') as { default: typeof N3DataFactory }).default;
