// `npm run preview`: the built sidebar on http://127.0.0.1:8787 with google.script.run bridged to the
// bundle in the local runtime, so anyone can press the buttons in a real browser.
//   npm run preview -- [--workbook F.xlsx] [--today YYYY-MM-DD] [--locale he] [--port 0] [--sample]

import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Runtime, type RuntimeOptions, loadRuntime } from '../runtime/runtime';

/** The key a tagged value carries over the preview's HTTP hop (see `revive`). */
const TAG = '\u0000fvt-illegal';

/**
 * Stands in for google.script.run (https://developers.google.com/apps-script/guides/html/reference/run):
 * a runner has one method per server function and `withSuccessHandler`, `withFailureHandler` and
 * `withUserObject`, each returning a new runner; a server method must be called on its runner, as
 * Google's reads its handlers from `this`. Every call becomes a POST to /run/<name>. Values that
 * cannot cross (Dates, functions, class instances) travel as tags, so that the runtime fails the call
 * exactly as it fails a direct `runtime.run` (runtime/wire.ts); undefined in arrays becomes null.
 */
function shim(serverFunctions: string[]): string {
  return `<script>
(function () {
  var TAG = ${JSON.stringify(TAG)};
  function tag(key, value) {
    var raw = this[key];
    if (raw instanceof Date) return { [TAG]: 'Date' };
    if (typeof raw === 'function') return { [TAG]: 'function' };
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      var proto = Object.getPrototypeOf(raw);
      if (proto !== null && proto !== Object.prototype)
        return { [TAG]: (raw.constructor && raw.constructor.name) || 'object' };
    }
    return value;
  }
  function Runner(success, failure, user) {
    this._success = success;
    this._failure = failure;
    this._user = user;
  }
  Runner.prototype.withSuccessHandler = function (f) { return new Runner(f, this._failure, this._user); };
  Runner.prototype.withFailureHandler = function (f) { return new Runner(this._success, f, this._user); };
  Runner.prototype.withUserObject = function (u) { return new Runner(this._success, this._failure, u); };
  ${JSON.stringify(serverFunctions)}.forEach(function (name) {
    Runner.prototype[name] = function () {
      if (!(this instanceof Runner))
        throw new TypeError('google.script.run.' + name + ' was called detached from its runner: call it as runner.' + name + '(...)');
      var success = this._success, failure = this._failure, user = this._user;
      var fail = function (e) { if (failure) failure(e, user); };
      var body;
      try { body = JSON.stringify({ args: Array.prototype.slice.call(arguments) }, tag); }
      catch (e) { setTimeout(function () { fail(e); }, 0); return; }
      fetch('/run/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          if (answer.ok) { if (success) success(answer.value, user); }
          else fail(new Error(answer.message));
        }, fail);
    };
  });
  window.google = { script: { run: new Runner(null, null, undefined) } };
})();
</script>`;
}

/** Turns the shim's tags back into values of the kinds that cannot cross, for the runtime to refuse. */
function revive(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || !(TAG in value)) return value;
  const kind = (value as Record<string, string>)[TAG];
  if (kind === 'Date') return new Date(0);
  if (kind === 'function') return () => undefined;
  return Object.create({ constructor: { name: kind } });
}

export interface Preview {
  url: string;
  runtime: Runtime;
  close(): Promise<void>;
}

export async function startPreview(
  options: RuntimeOptions & { port?: number; sample?: boolean },
): Promise<Preview> {
  const runtime = await loadRuntime(options);
  if (options.sample) runtime.run('setupTrackingSheet', { sample: true });
  const page = readFileSync('dist/Sidebar.html', 'utf8').replace(
    '<head>',
    () => `<head>\n${shim(runtime.entryPoints())}`,
  );
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && (request.url === '/' || request.url === '/index.html')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    const match = /^\/run\/([A-Za-z]+)$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match) {
      response.writeHead(404).end();
      return;
    }
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      let answer: unknown;
      try {
        const { args } = JSON.parse(body || '{}', revive) as { args?: unknown[] };
        answer = { ok: true, value: runtime.run(match[1]!, ...(args ?? [])) ?? null };
      } catch (error) {
        answer = { ok: false, message: (error as Error).message };
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    runtime,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Pages left open keep connections alive; the preview is over, so they go too.
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      workbook: { type: 'string' },
      today: { type: 'string' },
      locale: { type: 'string' },
      port: { type: 'string' },
      sample: { type: 'boolean', default: false },
    },
  });
  const preview = await startPreview({
    workbook: values.workbook,
    today: values.today,
    locale: values.locale,
    port: values.port === undefined ? Number(process.env.PORT ?? 8787) : Number(values.port),
    sample: values.sample || !values.workbook,
  });
  console.log(`Sidebar preview on ${preview.url} (Ctrl+C to stop)`);
}
