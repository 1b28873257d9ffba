// The self-test items that try what the add-on guesses about Google: each passes in every form the
// reference allows, and fails, naming what came, when the service behaves otherwise.

import { describe, expect, it } from 'vitest';
import { loadRuntime } from '../../runtime/runtime';
import type { SelfTestItem, SelfTestResult } from '../../src/server-api';
import { TODAY, ensureBuilt } from '../support/runtime';

async function run(setUp: (runtime: Awaited<ReturnType<typeof loadRuntime>>) => void = () => {}) {
  ensureBuilt();
  const runtime = await loadRuntime({ today: TODAY });
  setUp(runtime);
  const result = runtime.run<SelfTestResult>('runSelfTest');
  const items: Record<string, SelfTestItem> = Object.fromEntries(result.items.map((i) => [i.id, i]));
  return { runtime, items };
}

describe('self-test items for the guesses', () => {
  it('accepts message.raw as a base64url string, as the message’s bytes, or as the bytes of base64url text', async () => {
    const forms = {
      base64url: /message\.raw came back as a base64url string/,
      'message bytes': /message\.raw came back as a byte array of the message/,
      'base64url bytes': /message\.raw came back as a byte array of base64url text/,
    } as const;
    for (const [form, detail] of Object.entries(forms)) {
      const { runtime, items } = await run((r) => {
        r.gmail.rawForm = form as keyof typeof forms;
      });
      for (const id of ['gmail-draft', 'gmail-upload-draft']) {
        expect(items[id]!.status, `${form}: ${items[id]!.detail}`).toBe('passed');
        expect(items[id]!.detail).toMatch(detail);
      }
      expect(runtime.gmail.count()).toBe(0);
    }
  });

  it('makes the large draft by media upload, over the size the add-on sends as message.raw', async () => {
    const { runtime, items } = await run();
    expect(items['gmail-upload-draft']!.detail).toMatch(/^\d{7} characters uploaded as draft/);
    expect(runtime.calls.count('Gmail.Users.Drafts.create')).toBe(2);
  });

  it('fails drive-query, naming what the list found, when the query misses the file found by appProperties', async () => {
    const { runtime, items } = await run((r) => {
      const files = r.drive.Files;
      const real = files.list.bind(files);
      files.list = ((args: { q?: string }) => {
        const found = real(args);
        return { files: found.files.filter((f) => !f.appProperties.fvtSelfTest) };
      }) as typeof files.list;
    });
    expect(items['drive-query']!.status).toBe('failed');
    expect(items['drive-query']!.detail).toMatch(
      /the query found \["Freelance Value Tracker self-test .*"\] after 1 tries/,
    );
    expect(items['folder-parents']!.status).toBe('passed');
    expect(items['pdf-replace']!.status).toBe('passed');
    expect(runtime.drive.listAll()).toEqual([]);
  });

  it('fails pdf-replace when the update keeps the old bytes, and pdf-export-after-update when the export is stale', async () => {
    const { runtime, items } = await run((r) => {
      const files = r.drive.Files;
      const update = files.update.bind(files);
      files.update = ((resource, id, media, args) =>
        r.drive.visible(id).mimeType === 'application/pdf'
          ? update(resource, id, undefined, args)
          : update(resource, id, media, args)) as typeof files.update;
      const exporter = files.export.bind(files);
      let first: number[] | null = null;
      files.export = ((id: string, type: string, args?: { alt?: string }) => {
        const bytes = exporter(id, type, args);
        if (type !== 'application/pdf') return bytes;
        first ??= bytes;
        return first;
      }) as typeof files.export;
    });
    expect(items['pdf-replace']!.status).toBe('failed');
    expect(items['pdf-replace']!.detail).toMatch(/the first version had \d+, the second \d+/);
    expect(items['pdf-export-after-update']!.status).toBe('failed');
    expect(items['pdf-export-after-update']!.detail).toMatch(/byte for byte the one exported before/);
    expect(items['pdf-export']!.status).toBe('passed');
    expect(runtime.drive.listAll()).toEqual([]);
  });

  it('fails folder-parents when the folder made inside another comes back without that parent', async () => {
    const { items } = await run((r) => {
      const files = r.drive.Files;
      const create = files.create.bind(files);
      files.create = ((resource, media, args) =>
        create({ ...resource, parents: undefined }, media, args)) as typeof files.create;
    });
    expect(items['folder-parents']!.status).toBe('failed');
    expect(items['folder-parents']!.detail).toMatch(/parents are \[\], not \[drive-\d+\]/);
    expect(items['drive-query']!.status).toBe('passed');
  });
});
