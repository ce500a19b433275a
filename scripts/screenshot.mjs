#!/usr/bin/env node
// docs/annotate.png, the picture in the README: examples/article.txt run through gazette in
// headless Chromium (the page of the browser test), annotate() rendered, screenshot taken.
//   npm run build && node scripts/screenshot.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, openChromium, pageHtml, root, serve } from '../test/ecosystem/browser/harness.mjs';

const article = readFileSync(join(root, 'examples/article.txt'), 'utf8');
const server = await serve(pageHtml(article), await bundle(join(root, 'test/ecosystem/browser/page.ts')));
const session = await openChromium();
try {
  await session.page.goto(server.url);
  await session.page.waitForSelector('#out[data-done="yes"]');
  const out = join(root, 'docs/annotate.png');
  await session.page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await session.close();
  await server.close();
}
