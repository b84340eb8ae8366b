/**
 * The HTML report in a real browser: Debian's headless Chromium (/usr/bin/chromium, installed by
 * .ci/run when missing) driven by playwright-core. Every chart renders with a visible size and its
 * marks, the console stays clean, nothing but the file itself is requested, and a full-page
 * screenshot is saved to reports/report-screenshot.png for a person to look at.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { removeTempDirs, seededFixtureDb, tempDir } from '../helpers/fixture-db.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SCREENSHOT = join(ROOT, 'reports', 'report-screenshot.png');
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

if (!HAVE_CHROMIUM) {
  console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`; .ci/run does this)`);
}

afterAll(removeTempDirs);

describe.skipIf(!HAVE_CHROMIUM)(`the HTML report in headless Chromium (${CHROMIUM}; skipped when missing)`, () => {
  let context: BrowserContext;
  let url: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const db = await seededFixtureDb();
    const out = join(tempDir('ombuds-browser-'), 'summary.html');
    const r = runCli(['report', '--db', db, '--out', out]);
    if (r.status !== 0) throw new Error(`ombuds report exited ${r.status}: ${r.stderr}`);
    url = pathToFileURL(out).href;
    context = await chromium.launchPersistentContext(tempDir('ombuds-chromium-profile-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
      timeout: 120_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
  });

  const page = () => context.pages()[0]!;

  it('every chart renders: a visible svg.chart with marks', async () => {
    const charts = page().locator('svg.chart');
    expect(await charts.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const chart = charts.nth(i);
      const id = await chart.locator('title').first().getAttribute('id');
      const box = await chart.boundingBox();
      expect(box, `${id} has a box`).not.toBeNull();
      expect(box!.width, `${id} width`).toBeGreaterThan(100);
      expect(box!.height, `${id} height`).toBeGreaterThan(50);
      const marks = chart.locator('.mark');
      expect(await marks.count(), `${id} marks`).toBeGreaterThan(0);
      // Marks are drawn inside the chart, and at least one has a visible size.
      const sizes = await marks.evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return [r.width, r.height];
      }));
      expect(sizes.some(([w, h]) => w! > 0 && h! > 0), `${id} has a visible mark`).toBe(true);
    }
  });

  it('the report reads as a report: title, sections, tables', async () => {
    expect(await page().title()).toBe('Ombudsman decisions: summary report');
    expect(await page().locator('main > section').count()).toBe(5);
    expect(await page().locator('table').count()).toBeGreaterThanOrEqual(11);
    // No table or chart is wider than the page.
    const overflow = await page().evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as number;
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('no console errors, and no request but the file itself', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('saves a full-page screenshot to reports/report-screenshot.png', async () => {
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    await page().screenshot({ path: SCREENSHOT, fullPage: true, timeout: 120_000 });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
