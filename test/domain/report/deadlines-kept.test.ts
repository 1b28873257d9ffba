// "I met 2 of 2 deadlines" reads like a score: the report's deadline line says one, both, all and
// none as each language says them, and a share with the plural Intl chooses (Hebrew dual, Icelandic
// 21 like 1). Every (met, total) pair below is the sentence a native business writer would write.

import { describe, expect, it } from 'vitest';
import { WORDS } from '../../../src/domain/messages';
import { renderIn } from '../../../src/domain/messages/client';
import { ISOLATION_MARKS } from '../../../src/domain/messages/core/msg';
import type { Language } from '../../../src/domain/types';

const said = (language: Language, met: number, total: number) =>
  renderIn(language, WORDS[language].report.deadlinesKept(met, total), 'text').replace(ISOLATION_MARKS, '');

const CASES: Record<Language, [met: number, total: number, sentence: string][]> = {
  en: [
    [1, 1, 'This month there was one deadline, and I met it.'],
    [0, 1, 'This month there was one deadline, and I missed it.'],
    [2, 2, 'This month I met both deadlines.'],
    [1, 2, 'This month I met 1 of 2 deadlines.'],
    [0, 2, 'This month I missed both deadlines.'],
    [3, 3, 'This month I met all 3 deadlines.'],
    [2, 3, 'This month I met 2 of 3 deadlines.'],
    [1, 3, 'This month I met 1 of 3 deadlines.'],
    [0, 3, 'This month I missed all 3 deadlines.'],
    [21, 21, 'This month I met all 21 deadlines.'],
    [20, 21, 'This month I met 20 of 21 deadlines.'],
  ],
  nb: [
    [1, 1, 'I løpet av måneden hadde jeg én frist, og den holdt jeg.'],
    [0, 1, 'I løpet av måneden hadde jeg én frist, men den holdt jeg ikke.'],
    [2, 2, 'I løpet av måneden holdt jeg begge fristene.'],
    [1, 2, 'I løpet av måneden holdt jeg én av to frister.'],
    [0, 2, 'I løpet av måneden holdt jeg ingen av de to fristene.'],
    [3, 3, 'I løpet av måneden holdt jeg alle tre fristene.'],
    [2, 3, 'I løpet av måneden holdt jeg to av tre frister.'],
    [0, 5, 'I løpet av måneden holdt jeg ingen av de fem fristene.'],
    [11, 12, 'I løpet av måneden holdt jeg elleve av tolv frister.'],
    [13, 13, 'I løpet av måneden holdt jeg alle 13 fristene.'],
    [1, 21, 'I løpet av måneden holdt jeg én av 21 frister.'],
  ],
  is: [
    [1, 1, 'Í mánuðinum stóð ég við eina skilafrestinn.'],
    [0, 1, 'Í mánuðinum stóð ég ekki við eina skilafrestinn.'],
    [2, 2, 'Í mánuðinum stóð ég við báða skilafrestina.'],
    [1, 2, 'Í mánuðinum stóð ég við 1 af 2 skilafrestum.'],
    [0, 2, 'Í mánuðinum stóð ég við hvorugan skilafrestinn.'],
    [3, 3, 'Í mánuðinum stóð ég við alla skilafrestina, 3 talsins.'],
    [21, 21, 'Í mánuðinum stóð ég við alla skilafrestina, 21 talsins.'],
    [2, 3, 'Í mánuðinum stóð ég við 2 af 3 skilafrestum.'],
    [20, 21, 'Í mánuðinum stóð ég við 20 af 21 skilafresti.'],
    [0, 21, 'Í mánuðinum stóð ég ekki við neinn af 21 skilafresti.'],
    [0, 4, 'Í mánuðinum stóð ég ekki við neinn af 4 skilafrestum.'],
  ],
  he: [
    [1, 1, 'בחודש זה עמדתי במועד המסירה היחיד.'],
    [0, 1, 'בחודש זה לא עמדתי במועד המסירה היחיד.'],
    [2, 2, 'בחודש זה עמדתי בשני מועדי המסירה.'],
    [1, 2, 'בחודש זה עמדתי באחד משני מועדי המסירה.'],
    [0, 2, 'בחודש זה לא עמדתי באף אחד משני מועדי המסירה.'],
    [3, 3, 'בחודש זה עמדתי בכל 3 מועדי המסירה.'],
    [1, 3, 'בחודש זה עמדתי באחד מתוך 3 מועדי המסירה.'],
    [2, 3, 'בחודש זה עמדתי ב־2 מתוך 3 מועדי המסירה.'],
    [0, 3, 'בחודש זה לא עמדתי באף אחד מתוך 3 מועדי המסירה.'],
    [21, 22, 'בחודש זה עמדתי ב־21 מתוך 22 מועדי המסירה.'],
  ],
  ja: [
    [1, 1, 'この月の納期のある作業1件は、期限内に納品いたしました。'],
    [0, 1, 'この月の納期のある作業1件は、期限内に納品できませんでした。'],
    [2, 2, 'この月の納期のある作業2件は、いずれも期限内に納品いたしました。'],
    [1, 2, 'この月の納期のある作業2件のうち、1件を期限内に納品いたしました。'],
    [0, 2, 'この月の納期のある作業2件は、いずれも期限内に納品できませんでした。'],
    [5, 5, 'この月の納期のある作業5件は、すべて期限内に納品いたしました。'],
    [4, 5, 'この月の納期のある作業5件のうち、4件を期限内に納品いたしました。'],
    [0, 5, 'この月の納期のある作業5件は、いずれも期限内に納品できませんでした。'],
  ],
};

describe('the deadline line of the monthly report', () => {
  for (const [language, cases] of Object.entries(CASES) as [Language, (typeof CASES)['en']][])
    it(`reads as ${language} says it for one, both, all, none and a share`, () => {
      for (const [met, total, sentence] of cases)
        expect([met, total, said(language, met, total)]).toEqual([met, total, sentence]);
    });

  it('never reads as a score ("2 of 2", "2件のうち2件") for any count up to 30', () => {
    const score: Record<Language, (n: number) => string> = {
      en: (n) => `${n} of ${n} `,
      nb: (n) => ` av ${n} `,
      is: (n) => `${n} af ${n} `,
      he: (n) => `${n} מתוך ${n} `,
      ja: (n) => `${n}件のうち${n}件`,
    };
    for (const language of Object.keys(CASES) as Language[])
      for (let total = 1; total <= 30; total++) {
        const all = said(language, total, total);
        expect(all).not.toContain(score[language](total));
        for (let met = 0; met <= total; met++) expect(said(language, met, total)).toMatch(/[.。]$/);
      }
  });

  it('isolates the inserted numbers in Hebrew, never the words around them', () => {
    const text = renderIn('he', WORDS.he.report.deadlinesKept(2, 3), 'text');
    expect(text).toBe('בחודש זה עמדתי ב־\u20682\u2069 מתוך \u20683\u2069 מועדי המסירה.');
  });
});
