// Write a graph chunk by chunk: each chunk sorted and written as it is made, so the whole graph never sits in memory.
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { sortQuads } from './syntax.js';
import type { RdfFormat } from './formats.js';

const N3_FORMAT: Record<RdfFormat, string> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

/** Quads already sorted. */
function writeChunk(quads: Quad[], format: RdfFormat, prefixes: Record<string, string> | undefined): Promise<string> {
  const writer = new Writer({ format: N3_FORMAT[format], prefixes });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}

/**
 * Write the chunks in order through `write` (which may wait for the disk). Prefixes are declared once, at the top.
 * The same chunks always give the same bytes. Returns how many triples were written.
 */
export async function writeGraphChunks(chunks: Iterable<Quad[]>, format: RdfFormat, prefixes: Record<string, string>, write: (text: string) => Promise<void>): Promise<number> {
  const usePrefixes = format === 'turtle' || format === 'trig' ? prefixes : undefined;
  // n3 opens every output with the prefix block: keep the first one, cut it from the others.
  const prefixBlock = usePrefixes ? await writeChunk([], format, usePrefixes) : '';
  let count = 0;
  let first = true;
  for (const chunk of chunks) {
    const quads = sortQuads(chunk);
    count += quads.length;
    let text = await writeChunk(quads, format, usePrefixes);
    if (!first && text.startsWith(prefixBlock)) text = text.slice(prefixBlock.length);
    if (text !== '') await write(first || !usePrefixes ? text : `\n${text}`);
    first = false;
  }
  return count;
}
