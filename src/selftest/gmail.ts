// Gmail on the platform: a draft with a Japanese, Hebrew and Icelandic subject and a small PDF is
// made, read back, and deleted, all under gmail.compose, which users.drafts.create, .get and .delete
// each accept (https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/get ,
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/delete).

import { draftLink } from '../adapters/gmail-drafts';
import { buildMime, toBase64Url } from '../domain/mail/mime';
import type { CheckGroup } from './check';
import { fromBase64, fromUtf8, headerOf } from './decode';
import { tinyPdfBytes } from './tiny-pdf';

/** Never sent: the draft is deleted at once; example.com is reserved (RFC 2606). */
const TO = 'self-test@example.com';
export const SELF_TEST_SUBJECT = 'Self-test 請求書 חשבונית reikningur ÞÆÐ';

function drafts() {
  if (typeof Gmail === 'undefined' || !Gmail?.Users?.Drafts)
    throw new Error('the Gmail advanced service is not turned on (appsscript.json, dependencies)');
  return Gmail.Users.Drafts;
}

export const GMAIL_GROUP: CheckGroup = {
  name: 'Gmail',
  checks: [
    {
      id: 'gmail-draft',
      title:
        'A draft with a Japanese, Hebrew and Icelandic subject and a PDF attached is made, read back and deleted',
    },
    {
      id: 'draft-link',
      title: 'The sidebar’s draft link opens the draft in the signed-in account',
      manual:
        'a script cannot open Gmail: create a draft from the sidebar and click its link, also with two Google accounts signed in',
    },
  ],
  run(t) {
    t.check('gmail-draft', () => {
      const raw = buildMime({
        to: TO,
        subject: SELF_TEST_SUBJECT,
        text: 'Freelance Value Tracker self-test. This draft deletes itself.',
        html: '<p>Freelance Value Tracker self-test. This draft deletes itself.</p>',
        attachment: {
          filename: 'self-test.pdf',
          contentType: 'application/pdf',
          bytes: tinyPdfBytes('Freelance Value Tracker self-test'),
        },
        date: new Date(),
      });
      const made = drafts().create({ message: { raw: toBase64Url(raw) } }, 'me');
      const id = made?.id;
      if (!id) throw new Error('Gmail.Users.Drafts.create gave no draft id');
      let removed = false;
      t.cleanup('gmail-draft', () => {
        if (!removed) drafts().remove('me', id);
      });
      const back = drafts().get('me', id, { format: 'raw' });
      const rawBack = back?.message?.raw;
      if (typeof rawBack !== 'string') throw new Error('drafts.get with format raw gave no message.raw');
      const message = fromUtf8(fromBase64(rawBack));
      const subject = headerOf(message, 'Subject');
      if (subject !== SELF_TEST_SUBJECT)
        throw new Error(
          `the subject came back as ${JSON.stringify(subject)}, not ${JSON.stringify(SELF_TEST_SUBJECT)}`,
        );
      if (!/application\/pdf/i.test(message) || message.indexOf('self-test.pdf') < 0)
        throw new Error('the PDF attachment is not in the draft read back');
      drafts().remove('me', id);
      removed = true;
      let gone = false;
      try {
        drafts().get('me', id, { format: 'minimal' });
      } catch {
        gone = true;
      }
      if (!gone) throw new Error(`draft ${id} is still there after drafts.remove`);
      return `draft ${id} (message ${made.message?.id ?? '?'}) made, subject read back intact, attachment present, deleted`;
    });
    // The form the sidebar uses today, so the report shows which one was tried by hand.
    t.skip(
      'draft-link',
      `manual: ${GMAIL_GROUP.checks[1]!.manual} (links look like ${draftLink('MESSAGE-ID')})`,
    );
  },
};
