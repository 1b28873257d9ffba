// Close the month and the morning reminders, in Icelandic.

import { msg } from '../core/msg';
import type { CoverWords, MonthEndUiWords } from '../shapes/month-end';

export const cover: CoverWords = {
  subject: (month) => msg`Skýrsla og reikningur fyrir ${month}`,
  body: (month) =>
    msg`Í viðhengjunum (PDF) eru skýrslan mín um vinnuna í ${month}, þar sem fram kemur hvernig hún hefur fært ykkur nær markmiðunum, og reikningurinn fyrir mánuðinn.`,
  invoice: (invoice, amount, due) =>
    msg`Reikningur ${invoice} hljóðar upp á ${amount}, með gjalddaga ${due}.`,
  // An Israeli seller's demand for payment, titled Greiðslubeiðni (src/domain/messages/is/mail.ts).
  demand: {
    subject: (month) => msg`Skýrsla og greiðslubeiðni fyrir ${month}`,
    body: (month) =>
      msg`Í viðhengjunum (PDF) eru skýrslan mín um vinnuna í ${month}, þar sem fram kemur hvernig hún hefur fært ykkur nær markmiðunum, og greiðslubeiðnin fyrir mánuðinn.`,
    invoice: (invoice, amount, due) =>
      msg`Greiðslubeiðni ${invoice} hljóðar upp á ${amount}, með gjalddaga ${due}.`,
  },
};

export const monthEnd: MonthEndUiWords = {
  close: {
    title: 'Mánaðarlok',
    help: 'Fyrir hvern viðskiptavin sem unnið var fyrir í mánuðinum: skýrslan, reikningurinn og einn tölvupóstur með hvoru tveggja sem PDF, vistaður sem drög í Gmail.',
    month: 'Mánuður',
    show: 'Sýna hvað hver viðskiptavinur fær',
    loading: 'Fer yfir {month} …',
    empty: 'Enginn viðskiptavinur er með verk í {month}.',
    allDone: 'Allt fyrir {month} er frágengið.',
    steps: { report: 'Skýrsla', invoice: 'Reikningur', draft: 'Tölvupóstur með hvoru tveggja' },
    states: {
      make: 'verður búið til',
      done: 'lokið',
      redo: 'breytt síðan',
      blocked: 'ekki hægt enn',
      none: 'ekkert að gera',
    },
    reasons: {
      'tasks-added': { one: '{n} verki bætt við síðan', other: '{n} verkum bætt við síðan' },
      'tasks-removed': { one: '{n} verk fjarlægt síðan', other: '{n} verk fjarlægð síðan' },
      'tasks-edited': 'verkum breytt síðan',
      'goals-edited': 'markmiðum, tímagjaldi eða tungumáli breytt síðan',
      'month-not-over': '{month} stendur til og með {lastDay}',
      'no-hourly-rate': 'ekkert tímagjald (Clients, lína {row})',
      'unclassified-tasks': {
        one: '{n} verk er hvorki tengt markmiði né merkt (Tasks, lína {rows})',
        other: '{n} verk eru hvorki tengd markmiði né merkt (Tasks, línur {rows})',
      },
      'rows-left-out': {
        one: '{n} verk er ekki tekið með vegna villu (Tasks, lína {rows})',
        other: '{n} verk eru ekki tekin með vegna villu (Tasks, línur {rows})',
      },
      'no-email': 'ekkert netfang (Clients, lína {row})',
      'no-billable-hours': 'engar reikningshæfar stundir í mánuðinum',
      'hours-unbilled': {
        one: '{hours} stund ekki enn á reikningi',
        other: '{hours} stundir ekki enn á reikningi',
      },
      'hours-next-invoice': {
        one: 'nýja stundin fer á reikning næsta mánaðar',
        other: 'nýju stundirnar, {hours} talsins, fara á reikning næsta mánaðar',
      },
      'invoice-paid': 'reikningur {invoice} var greiddur {paidOn}',
      'invoice-chased': 'reikningur {invoice} hefur þegar fengið {stage}',
      'invoice-sent': 'reikningur {invoice} var sendur {sentOn}',
      'report-first': 'bíður eftir skýrslunni',
      'invoice-first': 'bíður eftir reikningnum',
      'mailed-without-invoice': 'skýrslan fór í sérstökum tölvupósti; þessi inniheldur hvort tveggja',
      'attachments-changed': 'hann fær nýju PDF-skjölin',
    },
    // Accusative: the reason reads "has already had a …".
    stages: ['vinsamlega áminningu', 'ákveðna áminningu', 'lokaáminningu'],
    redo: 'Gera aftur það sem breyttist',
    start: { one: 'Loka mánuðinum fyrir {n} viðskiptavin', other: 'Loka mánuðinum fyrir {n} viðskiptavini' },
    nothingTicked: 'Merktu fyrst við að minnsta kosti einn viðskiptavin.',
    progress: {
      one: 'Geng frá {client} … eftir það er {n} viðskiptavinur eftir',
      other: 'Geng frá {client} … eftir það eru {n} viðskiptavinir eftir',
    },
    progressLast: 'Geng frá {client}, þeim síðasta …',
    clientDone: '{client}: lokið',
    stopped: '{client}: stöðvaðist ({reason}). Ýttu aftur til að ljúka; það sem er búið helst óbreytt.',
    resultTitle: 'Drög í Gmail, tilbúin til yfirlestrar og sendingar. Ekkert var sent.',
    openDraft: 'Opna drögin',
    openReport: 'Skýrsla',
    openInvoice: 'Reikningur {invoice}',
    notAttached: '{client}: {reason}. Hengdu skjalið við áður en þú sendir póstinn.',
  },
  mornings: {
    title: 'Áminningar á hverjum morgni',
    help: 'Á hverjum morgni skrifar viðbótin drög að þeim greiðsluáminningum sem komnar eru á tíma, nákvæmlega eins og gert er undir Áminningar, og skráir þær í töflureiknið. Hún sendir aldrei neitt.',
    permission:
      'Þegar þú kveikir á þessu biður Google um eina heimild til viðbótar: að keyra viðbótina á föstum tímum.',
    turnOn: 'Undirbúa áminningar á hverjum morgni',
    turnOff: 'Hætta að undirbúa áminningar',
    turningOn: 'Kveiki …',
    turningOff: 'Slekk …',
    on: 'Kveikt: á hverjum morgni milli {from} og {to} ({zone}).',
    off: 'Slökkt.',
    stops: 'Þetta stöðvast líka af sjálfu sér ef þú fjarlægir viðbótina eða eyðir þessum töflureikni.',
    since: {
      one: 'Síðan þú leist síðast við voru gerð drög að {n} áminningu:',
      other: 'Síðan þú leist síðast við voru gerð drög að {n} áminningum:',
    },
    line: '{client}: reikningur {invoice}, {stage}',
    waited: {
      one: 'komin á tíma {date} ({n} degi of seint)',
      other: 'komin á tíma {date} ({n} dögum of seint)',
    },
    more: { one: 'og {n} til viðbótar', other: 'og {n} til viðbótar' },
    failed:
      'Keyrslan að morgni {date} stöðvaðist: {reason}. Töflureikninum var ekki breytt; reynt verður aftur á morgun.',
    missed: {
      one: '{n} morgunn leið án keyrslu; næsta keyrsla vann það upp.',
      other: '{n} morgnar liðu án keyrslu; næsta keyrsla vann það upp.',
    },
    nothingSince: 'Engin áminning hefur komist á tíma síðan þú leist síðast við.',
  },
};
