// Read a saved news page: its article text by Mozilla's Readability (over linkedom's DOM), and the metadata the page
// itself states — schema.org JSON-LD, OpenGraph and article: meta tags, <meta name="author">, <html lang>, the
// canonical URL — with embedded tweets kept in the "text — Name (@handle) date" form the extractor reads.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { NewskgError } from '../errors.js';
import type { GivenMetadata } from './types.js';

export interface HtmlArticle {
  text: string;
  given: GivenMetadata;
}

/** Fewer words than this in its paragraphs, and a page holds no article. */
const MIN_ARTICLE_WORDS = 12;
/** Characters of text Readability needs to take a block for the article. */
const SHORT_ARTICLE_CHARS = 100;

/** Blocks whose text becomes a paragraph of the article, in document order. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption';

type Json = Record<string, unknown>;
/** linkedom's document (the project builds without the DOM library's types). */
type Doc = ReturnType<typeof ParseHtml>['document'];

const require = createRequire(import.meta.url);
/** The DOM and Readability are loaded with the first page (150 ms): a build of text files never needs them. */
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function htmlLibraries(): NonNullable<typeof dom> {
  dom ??= { parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML, Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability };
  return dom;
}

/** The first schema.org Article-like object of the page's JSON-LD (NewsArticle, ReportageNewsArticle…). */
function jsonLdArticle(document: Doc): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is the page's problem: other sources of metadata remain
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && Array.isArray((d as Json)['@graph']) ? ((d as Json)['@graph'] as unknown[]) : [d]));
    const article = items.find((d): d is Json => {
      const type = (d as Json | null)?.['@type'];
      return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Article$/.test(t));
    });
    if (article) return article;
  }
  return undefined;
}

const nameOf = (v: unknown): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as Json).name === 'string') return (first as Json).name as string;
  return undefined;
};

function meta(document: Doc, key: string): string | undefined {
  const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

/** What the page says about itself, JSON-LD first, then meta tags. */
function pageMetadata(document: Doc): GivenMetadata {
  const ld = jsonLdArticle(document);
  const given: GivenMetadata = {
    outlet: nameOf(ld?.publisher) ?? meta(document, 'og:site_name'),
    published: (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ?? meta(document, 'article:published_time'),
    lang: (typeof ld?.inLanguage === 'string' ? ld.inLanguage : undefined) ?? document.documentElement.getAttribute('lang') ?? undefined,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url'),
    title: (typeof ld?.headline === 'string' ? ld.headline : undefined) ?? meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim(),
    author: nameOf(ld?.author) ?? meta(document, 'author') ?? meta(document, 'article:author'),
  };
  if (given.lang) given.lang = given.lang.slice(0, 2).toLowerCase();
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== '')) as GivenMetadata;
}

/** An embedded tweet (blockquote.twitter-tweet) as one paragraph: its text, then "— Name (@handle) date". */
function flattenTweets(document: Doc): void {
  for (const quote of document.querySelectorAll('blockquote.twitter-tweet')) {
    const text = quote.querySelector('p')?.textContent?.trim() ?? '';
    const signature = (quote.textContent ?? '').slice((quote.querySelector('p')?.textContent ?? '').length).replace(/\s+/g, ' ').trim();
    const p = document.createElement('p');
    p.textContent = `${text} ${signature.startsWith('—') ? signature : `— ${signature}`}`;
    quote.replaceWith(p);
  }
}

/** The article of a saved page: its main text as paragraphs, and the metadata the page states. */
export function readHtmlArticle(html: string, file: string): HtmlArticle {
  const { parseHTML, Readability } = htmlLibraries();
  // A page saved without <html> or <body> is still a page: browsers supply them, linkedom does not.
  let { document } = parseHTML(html);
  if (document.documentElement?.tagName !== 'HTML') ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  const given = pageMetadata(document);
  flattenTweets(document);
  // Readability is typed against the browser's Document; linkedom's implements what it reads.
  // Short briefs are articles too: Readability's default threshold (500 characters) would drop them.
  let article: ReturnType<ReadabilityClass['parse']>;
  try {
    article = new Readability(document as never, { charThreshold: SHORT_ARTICLE_CHARS }).parse();
  } catch (err) {
    throw new NewskgError('EFORMAT', `unreadable HTML: ${(err as Error).message}`, { file });
  }
  if (!article?.content) throw new NewskgError('EEMPTY', 'no article text found in the page', { file });
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  const paragraphs = [...content.querySelectorAll(BLOCKS)]
    // A block inside another kept block is read with it.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  // A page of links and a title (a section front, an error page) has no article to read.
  if (paragraphs.join(' ').split(/\s+/).length < MIN_ARTICLE_WORDS) throw new NewskgError('EEMPTY', 'no article text found in the page', { file });
  const title = given.title ?? article.title ?? undefined;
  const text = [...(title && paragraphs[0] !== title ? [title] : []), ...paragraphs].join('\n\n');
  if (text.trim() === '') throw new NewskgError('EEMPTY', 'no article text found in the page', { file });
  return { text: `${text}\n`, given };
}
