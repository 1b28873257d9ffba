// The preview's google.script.run in a real Chromium behaves as Google's: methods on their runner,
// each with* a new runner, and a Date crossing either way fails the call through the failure handler.

import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/ensure-browser';
import { type Preview, startPreview } from '../../scripts/preview';
import { TODAY, ensureBuilt } from '../support/runtime';

let browser: Browser;
let preview: Preview;

beforeAll(async () => {
  ensureBuilt();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  preview = await startPreview({ today: TODAY, sample: true, port: 0 });
});

afterAll(async () => {
  await preview?.close();
  await browser?.close();
});

/** Runs `body` in the page; it gets `run` (google.script.run) and a `call` that resolves with the outcome. */
async function inPage<T>(body: string): Promise<T> {
  const page = await browser.newPage();
  await page.goto(preview.url);
  try {
    return (await page.evaluate(`(async () => {
      const run = google.script.run;
      const call = (name, ...args) => new Promise((resolve) => {
        run.withSuccessHandler((value, user) => resolve({ ok: true, value, user }))
          .withFailureHandler((error, user) => resolve({ ok: false, message: String(error && error.message), user }))
          .withUserObject('me')[name](...args);
      });
      ${body}
    })()`)) as T;
  } finally {
    await page.close();
  }
}

describe('google.script.run in the preview', () => {
  it('calls a server function and hands the user object to the success handler', async () => {
    const answer = await inPage<{ ok: boolean; user: string; clients: number }>(
      `const a = await call('loadSidebar'); return { ok: a.ok, user: a.user, clients: a.value.clients.length };`,
    );
    expect(answer).toEqual({ ok: true, user: 'me', clients: expect.any(Number) });
    expect(answer.clients).toBeGreaterThan(3);
  });

  it('fails a call with a Date argument, even deep in an object, through the failure handler', async () => {
    const answer = await inPage<{ ok: boolean; message: string; user: string }>(
      `return call('generateReport', { client: 'x', month: new Date() });`,
    );
    expect(answer.ok).toBe(false);
    expect(answer.user).toBe('me');
    expect(answer.message).toMatch(/an argument holds a Date in argument 1\.month/);
  });

  it('fails a call with a function or class instance argument', async () => {
    const answers = await inPage<{ message: string }[]>(
      `class Money { constructor() { this.n = 1; } }
       return [await call('selectCell', { f() {} }), await call('selectCell', new Money())];`,
    );
    expect(answers[0]!.message).toMatch(/holds a function in argument 1\.f/);
    expect(answers[1]!.message).toMatch(/holds a Money object in argument 1/);
  });

  it('each with* returns a new runner; a detached server method throws; unknown names are not there', async () => {
    const facts = await inPage<Record<string, unknown>>(
      `const withHandler = run.withSuccessHandler(() => {});
       let detached = '';
       try { const f = run.loadSidebar; f(); } catch (e) { detached = e.constructor.name + ': ' + e.message; }
       return {
         newRunner: withHandler !== run && run.withUserObject(1) !== run,
         chain: typeof withHandler.withFailureHandler(() => {}).loadSidebar,
         detached,
         unknown: typeof run.noSuchFunction,
       };`,
    );
    expect(facts).toEqual({
      newRunner: true,
      chain: 'function',
      detached: expect.stringMatching(/^TypeError: google\.script\.run\.loadSidebar was called detached/),
      unknown: 'undefined',
    });
  });
});
