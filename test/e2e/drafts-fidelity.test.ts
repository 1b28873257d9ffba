// Drafts as Gmail will take and show them: an invoice PDF of a few MB still reaches its draft (too large
// for message.raw in the JSON body, it goes as a media upload), and each link opens the right mailbox.

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../runtime/sample-files';
import type { DraftsResult } from '../../src/server-api';
import { sampleRuntime } from '../support/runtime';

describe('a large invoice', () => {
  it('is attached to its payment draft through the upload form, in the same one Gmail call', async () => {
    const runtime = await sampleRuntime();
    const pdf = samplePdf('INV-1005');
    const bytes = new Uint8Array(1_200_000);
    bytes.set(pdf);
    runtime.drive.seedFile({
      id: 'sample-invoice-INV-1005',
      name: 'INV-1005.pdf',
      mimeType: 'application/pdf',
      bytes,
      appCanSee: true,
    });
    const result = runtime.run<DraftsResult>('createDrafts', { kinds: ['payment'] });
    const draft = result.drafts.find((d) => d.invoice === 'INV-1005')!;
    expect(draft).toBeDefined();
    const mail = await simpleParser(runtime.gmail.rawOf(draft.draftId));
    expect(mail.attachments[0]!.content.length).toBe(1_200_000);
    expect(runtime.calls.count('Gmail.Users.Drafts.create')).toBe(result.drafts.length);
    expect(result.failed).toEqual([]);
  });

  it('links each draft in the mailbox of Settings › Your email, not the first account signed in', async () => {
    const runtime = await sampleRuntime();
    const result = runtime.run<DraftsResult>('createDrafts', {});
    expect(result.drafts.length).toBeGreaterThan(0);
    for (const draft of result.drafts)
      expect(draft.link).toBe(
        `https://mail.google.com/mail/?authuser=ingrid%40solbergdigital.example.no#drafts?compose=${encodeURIComponent(runtime.gmail.drafts.find((d) => d.id === draft.draftId)!.messageId)}`,
      );
  });
});
