// Bundles gazette for the browser with esbuild, serves a page on 127.0.0.1 and opens it in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core; never a
// downloaded browser). Used by browser.test.ts and by scripts/screenshot.mjs.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles `entry` for the browser, 'gazette' being this package (its package.json and dist/). */
export async function bundle(entry, extra = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    alias: { gazette: root },
    logLevel: 'silent',
    ...extra,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote nothing');
  return file.text;
}

const escape = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The test page: the article as text, an empty #out, the bundle. */
export function pageHtml(article) {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>gazette in the browser</title>
<style>body{max-width:46em;margin:1.5em auto;padding:0 1.2em;font-size:17px;color:#111}h1{font:600 1.1em system-ui,sans-serif;color:#444}#article{display:none}</style>
</head><body>
<h1>gazette · annotate(text, extract(text)) · bundled by esbuild, in Chromium</h1>
<pre id="article">${escape(article)}</pre>
<div id="out"></div>
<script type="module" src="/gazette-page.js"></script>
</body></html>`;
}

/** Serves the page and the bundle on 127.0.0.1 (a free port); returns its URL and a close function. */
export async function serve(html, js) {
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (req.url === '/gazette-page.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Opens a fresh headless Chromium (new profile in a temp folder) and returns a page and a close function. */
export async function openChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'gazette-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 900, height: 700 },
    deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The page may only talk to our server: anything else is refused.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const hasChromium = existsSync(CHROMIUM);
