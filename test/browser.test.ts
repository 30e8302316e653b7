// The interactive page in real headless Chromium (Debian's chromium, driven by playwright-core): nodes are drawn,
// a click on a node shows its statements, and the search box finds a speaker. Screenshots go to test/output/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { buildGraph, computeMetrics, corpusToQuads, EmbeddedEngine, extractCorpus, Iris, layout, project, toHtml } from '../src/index.js';
import { ARTICLES, ROOT } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test/output');
const missing = existsSync(CHROMIUM) ? undefined : 'chromium is not installed (apt-get install chromium; .ci/run does it)';
if (missing && process.env.CI === 'true') throw new Error(missing);

/** Share of pixels that are not the page's white background. */
function inkShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i]! < 240 || image.data[i + 1]! < 240 || image.data[i + 2]! < 240) ink++;
  }
  return ink / (image.width * image.height);
}

describe.skipIf(missing !== undefined)(`the who-responded-to-whom page in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const graph = await project(await EmbeddedEngine.fromQuads((await buildGraph([ARTICLES])).quads), 'responses');
    computeMetrics(graph);
    layout(graph);
    mkdirSync(OUTPUT, { recursive: true });
    const file = path.join(OUTPUT, 'responses.html');
    writeFileSync(file, toHtml(graph, 'newskg: who responded to whom'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    // The page must work offline: any request other than the file itself is a failure.
    await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : (errors.push(`network: ${route.request().url()}`), route.abort())));
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (window as unknown as { newskg?: { ready: boolean } }).newskg?.ready === true, null, { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the graph: a canvas with ink, and no error', async () => {
    await page.waitForTimeout(300);
    const shot = await page.locator('#graph').screenshot();
    writeFileSync(path.join(OUTPUT, 'responses-graph.png'), shot);
    expect(inkShare(shot)).toBeGreaterThan(0.005);
    expect(errors).toEqual([]);
  });

  it('shows the statements behind a node when it is clicked', async () => {
    const where = await page.evaluate(() => {
      const { renderer } = (window as unknown as { newskg: { renderer: { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).newskg;
      return renderer.framedGraphToViewport(renderer.getNodeDisplayData('https://w3id.org/newskg/id/person/lindsey-graham'));
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + where.x, box.y + where.y);
    await expect.poll(() => page.locator('#panel h2').innerText()).toBe('Lindsey Graham');
    const panel = await page.locator('#panel').innerText();
    expect(panel).toContain('Lindsey Graham → Donald Trump');
    expect(panel).toContain('Ce n’est pas l’idée la plus stupide que j’ai entendue');
    expect(panel).toContain('Journal du Geek');
    // Metrics by readable names, each with what it measures; no internal names.
    expect(panel).toContain('Responses given');
    expect(panel).toContain('statements by this one that respond to others');
    expect(panel).not.toContain('weightedOutDegree');
    await page.screenshot({ path: path.join(OUTPUT, 'responses-clicked.png') });
  });

  it('shows words from an article as text: a quote with <script> or an onerror attribute runs nothing', async () => {
    const hostile = [
      { id: 'a.txt', source: 'a.txt', given: { lang: 'fr', published: '2024-05-15' }, text: 'Le ministre Paul Lambert a proposé mardi une taxe carbone.' },
      {
        id: 'b.txt',
        source: 'b.txt',
        given: { lang: 'fr', published: '2024-05-15' },
        text: 'Le ministre Paul Lambert a proposé mardi une taxe carbone.\n\n« Paul Lambert se trompe <script>window.pwned = 1</script> et "><img src=x onerror="window.pwned = 2"> de combat », a fustigé la députée Claire Morvan.',
      },
    ];
    const graph = await project(await EmbeddedEngine.fromQuads(corpusToQuads(await extractCorpus(hostile), new Iris())), 'responses');
    computeMetrics(graph);
    layout(graph);
    const file = path.join(OUTPUT, 'hostile.html');
    writeFileSync(file, toHtml(graph, '<script>window.pwned = 3</script>'));
    const p = await browser.newPage();
    const pageErrors: string[] = [];
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    await p.goto(`file://${file}`);
    await p.waitForFunction(() => (window as unknown as { newskg?: { ready: boolean } }).newskg?.ready === true, null, { timeout: 15_000 });
    await p.fill('#search', 'claire morvan');
    await p.locator('#search').dispatchEvent('change');
    await expect.poll(() => p.locator('#panel h2').innerText()).toBe('Claire Morvan');
    expect(await p.locator('#panel').innerText()).toContain('<script>window.pwned = 1</script>');
    expect(await p.locator('#panel img').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await p.close();
  });

  it('finds a speaker with the search box', async () => {
    await page.fill('#search', 'white house');
    await page.press('#search', 'Enter');
    await page.locator('#search').dispatchEvent('change');
    await expect.poll(() => page.locator('#panel h2').innerText()).toBe('White House');
    expect(await page.locator('#panel').innerText()).toContain('White House → Sergey Lavrov');
  });
});
