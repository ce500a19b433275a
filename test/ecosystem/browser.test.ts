import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, hasChromium, openChromium, pageHtml, root, serve } from './browser/harness.mjs';

// CI installs Debian's chromium and sets CI=true: there the test must run, not skip.
const required = process.env.CI === 'true' || process.env.GAZETTE_REQUIRE_BROWSER === '1';
const built = existsSync(join(root, 'dist/index.js'));
const article = readFileSync(join(root, 'examples/article.txt'), 'utf8')
  // A hostile line, to show that the page renders the article as text.
  + '\nLu sur le forum : <img src=x onerror="window.gazetteXss=1"> <script>window.gazetteXss=2</script> « merci à Rabat ».\n';

describe('a browser bundle (esbuild)', () => {
  it.runIf(built)('carries no Node API', async () => {
    const js = await bundle(join(root, 'test/ecosystem/browser/page.ts'));
    expect(js).not.toMatch(/\bnode:|require\(["'](fs|path|worker_threads)/);
  });

  // franc-min's Spanish trigram model starts like this; analyze() is the only user of it.
  const FRANC = ' de|de |os | la| a |la | y |';
  it.runIf(built).each([
    ['extract', "import { extract } from 'gazette'; console.log(extract('Rabat'));", false],
    ['findDates', "import { findDates } from 'gazette'; console.log(findDates('hier'));", false],
    ['analyze', "import { analyze } from 'gazette'; console.log(analyze('Rabat'));", true],
  ])('with only %s carries franc-min: %s', async (_, code, expected) => {
    const js = await bundle(undefined, { entryPoints: undefined, stdin: { contents: code, resolveDir: root, loader: 'js' } });
    expect(js.includes(FRANC)).toBe(expected);
  });
});

describe.runIf(built && (hasChromium || required))('gazette in headless Chromium', () => {
  let session: Awaited<ReturnType<typeof openChromium>>;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    if (!hasChromium) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium (.ci/run does it)');
    const js = await bundle(join(root, 'test/ecosystem/browser/page.ts'));
    server = await serve(pageHtml(article), js);
    session = await openChromium();
    await session.page.goto(server.url);
    await session.page.waitForSelector('#out[data-done="yes"]', { timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('finds in the browser exactly what it finds in Node', async () => {
    const { extract } = await import('../../dist/index.js');
    const inBrowser = await session.page.evaluate(() => (window as unknown as { gazetteResult: { entities: unknown[] } }).gazetteResult.entities);
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(extract(article))));
    expect(inBrowser.length).toBeGreaterThan(20);
  });

  it('renders annotate() with one mark per entity and a legend', async () => {
    const marks = await session.page.locator('#out mark').count();
    const entities = await session.page.evaluate(() => (window as unknown as { gazetteResult: { entities: unknown[] } }).gazetteResult.entities.length);
    expect(marks).toBe(entities);
    expect(await session.page.locator('#out mark.gazette-person', { hasText: 'Ahmed Attaf' }).count()).toBe(1);
    expect(await session.page.locator('#out .gazette-legend').innerText()).toMatch(/PER person · \d+/);
    expect(await session.page.evaluate(() => (window as unknown as { gazetteResult: { language: string } }).gazetteResult.language)).toBe('fra');
  });

  it('keeps the hostile markup as text: no element made, no script run', async () => {
    expect(await session.page.locator('#out img, #out script').count()).toBe(0);
    expect(await session.page.evaluate(() => (window as unknown as { gazetteXss?: number }).gazetteXss)).toBeUndefined();
    expect(await session.page.locator('#out').innerText()).toContain('<img src=x onerror="window.gazetteXss=1">');
  });
});
