// The interactive page in real headless Chromium (Debian's chromium, driven by playwright-core): nodes are drawn,
// a click on a node shows its statements, and the search box finds a speaker. Screenshots go to test/output/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { DirectedGraph } from 'graphology';
import { buildGraph, computeMetrics, corpusToQuads, EmbeddedEngine, extractCorpus, Iris, layout, project, toHtml, type EdgeAttributes, type NodeAttributes } from '../src/index.js';
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

  it('filters the links by kind, outlet and date, and colours them by kind', async () => {
    const shown = () => page.locator('#shown').innerText();
    const all = await shown();
    expect(all).toMatch(/^(\d+) of \1 links$/);
    const total = Number(all.split(' ')[0]);
    const visible = () => page.evaluate(() => (window as unknown as { newskg: { graph: { filterEdges(f: (k: string, a: { hidden?: boolean }) => boolean): string[] } } }).newskg.graph.filterEdges((_k, a) => !a.hidden).length);
    expect(await page.locator('#kinds input').count()).toBeGreaterThanOrEqual(2);
    // Reactions left out: the links that were only reactions go, and each link takes the colour of what is left.
    await page.locator('#kinds input[value="reaction"]').uncheck();
    const withoutReactions = await visible();
    expect(withoutReactions).toBeLessThan(total);
    expect(await shown()).toBe(`${withoutReactions} of ${total} links`);
    const colourOf = (source: string) =>
      page.evaluate((s) => {
        const { graph } = (window as unknown as { newskg: { graph: { edge(a: string, b: string): string; getEdgeAttribute(e: string, k: string): string } } }).newskg;
        return graph.getEdgeAttribute(graph.edge(`https://w3id.org/newskg/id/${s}`, 'https://w3id.org/newskg/id/person/donald-trump'), 'color');
      }, source);
    expect(await colourOf('person/john-mccain')).toBe('#D55E00'); // criticism
    expect(await colourOf('person/vladimir-putin')).toBe('#CC79A7'); // denial
    await page.locator('#kinds input[value="reaction"]').check();
    // One outlet: only links it reported.
    await page.selectOption('#outlet', 'Journal du Geek');
    const oneOutlet = await visible();
    expect(oneOutlet).toBeGreaterThan(0);
    expect(oneOutlet).toBeLessThan(total);
    await page.selectOption('#outlet', '');
    // The date sliders: from the last date on, fewer links.
    await page.locator('#from').evaluate((el: HTMLInputElement) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input'));
    });
    expect(await visible()).toBeLessThan(total);
    expect(await page.locator('#range').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/);
    await page.locator('#from').evaluate((el: HTMLInputElement) => {
      el.value = '0';
      el.dispatchEvent(new Event('input'));
    });
    expect(await visible()).toBe(total);
    expect(errors).toEqual([]);
  });

  it('stays usable at 2,000 speakers: laid out before it opens, drawn, filtered, searched', async () => {
    const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    const kinds = ['criticism', 'denial', 'answer', 'reaction'] as const;
    for (let n = 0; n < 2000; n++) graph.addNode(`p${n}`, { label: `Speaker ${n}`, type: 'Person', iri: `p${n}` });
    for (let n = 0; n < 3000; n++) {
      const [a, b] = [`p${(n * 7) % 2000}`, `p${(n * 13 + 1) % 2000}`];
      if (a === b || graph.hasEdge(a, b)) continue;
      graph.addEdge(a, b, { weight: 1, items: [{ article: `a${n}.txt`, text: `statement ${n}`, date: `2024-0${1 + (n % 9)}-1${n % 10}`, outlet: `Outlet ${n % 5}`, kind: kinds[n % 4] }] });
    }
    computeMetrics(graph);
    layout(graph, 50);
    const file = path.join(OUTPUT, 'large.html');
    writeFileSync(file, toHtml(graph, 'newskg: 2,000 speakers'));
    const p = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    const pageErrors: string[] = [];
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    await p.goto(`file://${file}`);
    await p.waitForFunction(() => (window as unknown as { newskg?: { ready: boolean } }).newskg?.ready === true, null, { timeout: 30_000 });
    expect(await p.locator('#shown').innerText()).toBe(`${graph.size} of ${graph.size} links`);
    await p.selectOption('#outlet', 'Outlet 3');
    const [shownLinks] = (await p.locator('#shown').innerText()).split(' ').map(Number);
    expect(shownLinks).toBeGreaterThan(0);
    expect(shownLinks).toBeLessThan(graph.size / 3);
    await p.fill('#search', 'Speaker 1234');
    await p.locator('#search').dispatchEvent('change');
    await expect.poll(() => p.locator('#panel h2').innerText()).toBe('Speaker 1234');
    const shot = await p.locator('#graph').screenshot();
    writeFileSync(path.join(OUTPUT, 'large-graph.png'), shot);
    expect(inkShare(shot)).toBeGreaterThan(0.005);
    expect(pageErrors).toEqual([]);
    await p.close();
  }, 120_000);

  it('finds a speaker with the search box', async () => {
    await page.fill('#search', 'white house');
    await page.press('#search', 'Enter');
    await page.locator('#search').dispatchEvent('change');
    await expect.poll(() => page.locator('#panel h2').innerText()).toBe('White House');
    expect(await page.locator('#panel').innerText()).toContain('White House → Sergey Lavrov');
  });
});
