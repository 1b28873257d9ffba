// `npm run preview`: the built sidebar on http://127.0.0.1:8787 with google.script.run bridged to the
// bundle in the local runtime, so anyone can press the buttons in a real browser.
//   npm run preview -- [--workbook F.xlsx] [--today YYYY-MM-DD] [--locale he] [--port 0] [--sample]

import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Runtime, type RuntimeOptions, loadRuntime } from '../runtime/runtime';

/** Stands in for google.script.run: every call becomes a POST to /run/<name>. */
const SHIM = `<script>
(function () {
  function runner(success, failure, user) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, user); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, user); };
        if (name === 'withUserObject') return function (u) { return runner(success, failure, u); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (answer) {
              if (answer.ok) { if (success) success(answer.value, user); }
              else if (failure) failure(new Error(answer.message), user);
            }, function (e) { if (failure) failure(e, user); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined) } };
})();
</script>`;

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
  const page = readFileSync('dist/Sidebar.html', 'utf8').replace('<head>', `<head>\n${SHIM}`);
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
        const { args } = JSON.parse(body || '{}') as { args?: unknown[] };
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
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
