// `npm run screenshots`: retakes the pictures in media/screenshots/ in a real VS Code
// (code-server with the packaged extension installed, headless Debian Chromium).
//   editor.png   the example brief with its highlighting
//   hover.png    the hover card of an entity
//   citation.png the hover card of a citation marker
//   problems.png the Problems panel
//   node scripts/vscode/screenshots.mjs [--no-build] [--file examples/x.md] [--entity TEXT]
import { mkdtempSync, mkdirSync, rmSync, existsSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename, relative } from 'node:path';
import { ROOT, ensureTools, startCodeServer, packageAndInstall, launchChromium, log } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const examples = join(ROOT, 'examples');
const defaultFile = existsSync(join(examples, 'glasswing-brief.md'))
  ? join(examples, 'glasswing-brief.md')
  : join(examples, readdirSync(examples).find((f) => f.endsWith('.md') && f !== 'README.md') ?? 'README.md');
const file = resolve(opt('--file', defaultFile));
const entity = opt('--entity', 'Claude Mythos Preview');
const outDir = join(ROOT, 'media/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

ensureTools();
const work = mkdtempSync(join(tmpdir(), 'policy-lens-shots-'));
const extDir = join(work, 'exts');
packageAndInstall(extDir, { rebuild: !argv.includes('--no-build') });

const server = await startCodeServer({
  extensionsDir: extDir,
  userSettings: {
    'workbench.colorTheme': 'Default Light Modern',
    'editor.fontSize': 14,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'editor.hover.delay': 100,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.activityBar.location': 'default',
    'breadcrumbs.enabled': false,
    'markdown.validate.enabled': false,
  },
});
let browser;
let failed = false;
try {
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page.setDefaultTimeout(60_000);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(examples)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { state: 'visible' });
  await sleep(3000);

  // Close whatever the workbench opened by itself (welcome, chat…), then open the draft.
  await page.keyboard.press('Escape');
  const rel = relative(examples, file);
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(rel, { delay: 20 });
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${basename(file)}"]`, { state: 'visible' });
  await sleep(300);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[aria-label*="${basename(file)}"]`);
  await page.waitForSelector('.monaco-editor .view-lines .view-line');
  // The extension is ready when the Problems count in the status bar is not zero.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const n = await page.evaluate(() => {
      const el = document.querySelector('[id="status.problems"]');
      return el ? (el.textContent ?? '').match(/\d+/g)?.map(Number).reduce((a, b) => a + b, 0) ?? 0 : 0;
    });
    if (n > 0) break;
    if (Date.now() > deadline) throw new Error('no problem reported within 60 s: is the extension active?');
    await sleep(500);
  }
  await sleep(1500); // decorations
  await page.mouse.move(5, VIEWPORT.height - 5);
  mkdirSync(outDir, { recursive: true });
  const shot = async (name) => {
    const p = join(outDir, name);
    await page.screenshot({ path: p });
    log(`${relative(ROOT, p)} (${(statSync(p).size / 1024).toFixed(0)} KiB)`);
  };
  await shot('editor.png');

  /**
   * Centre of an on-screen occurrence of `text` in the editor: the first one that the
   * extension decorated (a `ced-…` class, as VS Code names decoration types), else the first.
   */
  const locate = (text) => page.evaluate((needle) => {
    let fallback = null;
    const lines = document.querySelectorAll('.monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let node;
      let acc = '';
      const nodes = [];
      while ((node = walker.nextNode())) { nodes.push([node, acc.length]); acc += node.data.replace(/\u00a0/g, ' '); }
      for (let at = acc.indexOf(needle); at >= 0; at = acc.indexOf(needle, at + 1)) {
        const mid = at + Math.floor(needle.length / 2);
        const hit = nodes.filter(([, off]) => off <= mid).pop();
        const range = document.createRange();
        range.setStart(hit[0], mid - hit[1]);
        range.setEnd(hit[0], Math.min(hit[0].data.length, mid - hit[1] + 1));
        const r = range.getBoundingClientRect();
        const pos = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        const decorated = [...line.querySelectorAll('[class*="ced-"]')].some((el) => {
          const b = el.getBoundingClientRect();
          return b.left <= pos.x && pos.x <= b.right && b.top <= pos.y && pos.y <= b.bottom;
        });
        if (decorated) return pos;
        fallback ??= pos;
      }
    }
    return fallback;
  }, text);

  const hoverOn = async (text, name) => {
    const pos = await locate(text);
    if (!pos) throw new Error(`"${text}" is not on screen`);
    await page.mouse.move(pos.x, pos.y - 40);
    await sleep(200);
    await page.mouse.move(pos.x, pos.y, { steps: 5 });
    await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents', { state: 'visible' });
    await sleep(800);
    await shot(name);
    await page.mouse.move(5, VIEWPORT.height - 5);
    await page.keyboard.press('Escape');
    await sleep(500);
  };
  await hoverOn(entity, 'hover.png');
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const marker = body.match(/\[\d+\]/)?.[0];
  if (marker) await hoverOn(marker, 'citation.png');

  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { state: 'visible' });
  await sleep(1000);
  await shot('problems.png');
} catch (err) {
  failed = true;
  console.error(err?.stack || String(err));
  try {
    const pages = browser?.contexts()[0]?.pages() ?? [];
    if (pages[0]) {
      await pages[0].screenshot({ path: join(work, '..', 'policy-lens-screenshot-failure.png') });
      console.error(`what the browser showed: ${join(work, '..', 'policy-lens-screenshot-failure.png')}`);
    }
  } catch { /* no page */ }
} finally {
  try { await browser?.close(); } catch { /* closed */ }
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
