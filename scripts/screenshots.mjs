// `npm run screenshots [-- <story id or component id>...]`: serves the static Storybook
// (`npm run build-storybook` first) on 127.0.0.1 and saves every chosen story in the light and the
// dark theme to screenshots/<story id>.<theme>.png. With no argument, every story is taken; an
// argument is a story id (`productcard--default`) or a component id (`productcard`, all its stories).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const outputDir = join(root, 'screenshots');
const themes = ['light', 'dark'];
const storyTimeoutMs = 15_000;

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
const stories = chooseStories(Object.values(index.entries).filter((entry) => entry.type === 'story'), process.argv.slice(2));

const server = await serveStatic(staticDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs, headless: true }); // a fresh temporary profile
const failed = [];
try {
  await mkdir(outputDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 960, height: 720 } });
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  for (const story of stories) {
    for (const theme of themes) {
      const file = join(outputDir, `${story.id}.${theme}.png`);
      const outcome = await renderStory(page, `${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${outcome === 'ok' ? 'ok  ' : 'FAIL'} ${story.title} / ${story.name} (${theme}) -> ${file.slice(root.length)}`);
      if (outcome !== 'ok') failed.push(`${story.id} (${theme}): ${outcome}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (failed.length > 0) {
  console.error(`\n${failed.length} screenshot(s) show a broken story:\n${failed.join('\n')}`);
  process.exit(1);
}

/** Opens a story and waits until Storybook has rendered it and run its play function. */
async function renderStory(page, url) {
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', undefined, {
      timeout: storyTimeoutMs,
    });
  } catch {
    return `did not finish rendering within ${storyTimeoutMs / 1000}s`;
  }
  await page.evaluate(() => document.fonts.ready);
  const showsError = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
  return showsError ? 'Storybook shows an error' : 'ok';
}

function chooseStories(all, wanted) {
  if (wanted.length === 0) return all;
  const chosen = [];
  for (const id of wanted) {
    const matches = all.filter((story) => story.id === id || story.id.startsWith(`${id}--`));
    if (matches.length === 0) {
      console.error(`No story or component "${id}". Known components: ${[...new Set(all.map((story) => story.id.split('--')[0]))].join(', ')}`);
      process.exit(1);
    }
    chosen.push(...matches.filter((story) => !chosen.includes(story)));
  }
  return chosen;
}

/** A static file server for `dir` on 127.0.0.1 and a free port. */
async function serveStatic(dir) {
  const httpServer = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!path.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(resolve);
      }),
  };
}
