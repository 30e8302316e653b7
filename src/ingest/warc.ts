// Read web archives (.warc, .warc.gz: Webrecorder, the Internet Archive, Common Crawl's news crawl) record by record
// with Webrecorder's warcio: each HTML response is read as a saved page, its WARC-Target-URI as its URL and its
// record date as a fallback publication date; other records are passed over. Memory stays flat whatever the size.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { WARCParser } from 'warcio';
import { NewskgError } from '../errors.js';
import { readHtmlArticle } from './html.js';
import type { ArticleInput } from './types.js';

/** The HTML pages of a web archive as articles; a page with no article, or a damaged archive, goes to `skip`. */
export async function* readWarc(file: string, maxBytes: number, skip: (err: unknown) => void): AsyncGenerator<ArticleInput> {
  const name = path.basename(file);
  let index = 0;
  let pages = 0;
  try {
    for await (const record of new WARCParser(createReadStream(file))) {
      index++;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      if (record.warcType !== 'response' || !/text\/html|application\/xhtml/i.test(type)) continue;
      pages++;
      const source = `${file}#${index}`;
      const html = await record.contentText();
      try {
        if (Buffer.byteLength(html, 'utf8') > maxBytes) throw new NewskgError('ETOOLARGE', `page is over the limit of ${maxBytes} bytes (see --max-bytes)`, { file: source });
        const page = readHtmlArticle(html, source);
        const date = record.warcDate?.slice(0, 10);
        yield { id: `${name}#${index}`, source, text: page.text, given: { url: record.warcTargetURI ?? undefined, ...(date ? { published: date } : {}), ...page.given } };
      } catch (err) {
        skip(err);
      }
    }
  } catch (err) {
    if (err instanceof NewskgError) throw err;
    skip(new NewskgError('EFORMAT', `damaged web archive after record ${index}: ${(err as Error).message.split('\n')[0]}`, { file }));
    return;
  }
  if (pages === 0) skip(new NewskgError('EEMPTY', `no HTML page in the web archive (${index} records)`, { file }));
}
