// Close the month and the morning reminders, in Norwegian Bokmål.

import { msg } from '../core/msg';
import type { CoverWords, MonthEndUiWords } from '../shapes/month-end';

export const cover: CoverWords = {
  subject: (month) => msg`Rapport og faktura for ${month}`,
  body: (month) =>
    msg`Vedlagt finner du månedsrapporten for ${month} og fakturaen for måneden, begge som PDF. Rapporten viser hva jeg har gjort for dere og hvor langt dere har kommet mot målene.`,
  invoice: (invoice, amount, due) => msg`Faktura ${invoice} lyder på ${amount}, med forfall ${due}.`,
  // An Israeli seller's demand for payment, titled Betalingsanmodning (src/domain/messages/nb/mail.ts).
  demand: {
    subject: (month) => msg`Rapport og betalingsanmodning for ${month}`,
    body: (month) =>
      msg`Vedlagt finner du månedsrapporten for ${month} og betalingsanmodningen for måneden, begge som PDF. Rapporten viser hva jeg har gjort for dere og hvor langt dere har kommet mot målene.`,
    invoice: (invoice, amount, due) =>
      msg`Betalingsanmodning ${invoice} lyder på ${amount}, med forfall ${due}.`,
  },
};

export const monthEnd: MonthEndUiWords = {
  close: {
    title: 'Månedsavslutning',
    help: 'For hver kunde med arbeid i måneden: rapporten, fakturaen og én e-post med begge som PDF, lagret som utkast i Gmail.',
    month: 'Måned',
    show: 'Vis hva hver kunde får',
    loading: 'Går gjennom {month} …',
    empty: 'Ingen kunder har oppgaver i {month}.',
    allDone: 'Alt for {month} er gjort.',
    steps: { report: 'Rapport', invoice: 'Faktura', draft: 'E-post med begge' },
    states: {
      make: 'lages nå',
      done: 'ferdig',
      redo: 'endret siden',
      blocked: 'kan ikke lages ennå',
      none: 'ingenting å lage',
    },
    reasons: {
      'tasks-added': { one: '{n} oppgave lagt til siden', other: '{n} oppgaver lagt til siden' },
      'tasks-removed': { one: '{n} oppgave fjernet siden', other: '{n} oppgaver fjernet siden' },
      'tasks-edited': 'oppgaver endret siden',
      'goals-edited': 'mål, timepris eller språk endret siden',
      'month-not-over': '{month} varer til og med {lastDay}',
      'no-hourly-rate': 'mangler timepris (Clients, rad {row})',
      'unclassified-tasks': {
        one: '{n} oppgave har verken mål eller markering (Tasks, rad {rows})',
        other: '{n} oppgaver har verken mål eller markering (Tasks, rad {rows})',
      },
      'rows-left-out': {
        one: '{n} oppgave er utelatt på grunn av en feil (Tasks, rad {rows})',
        other: '{n} oppgaver er utelatt på grunn av feil (Tasks, rad {rows})',
      },
      'no-email': 'mangler e-postadresse (Clients, rad {row})',
      'no-billable-hours': 'ingen fakturerbare timer denne måneden',
      'hours-unbilled': {
        one: '{hours} time er ikke fakturert ennå',
        other: '{hours} timer er ikke fakturert ennå',
      },
      'hours-next-invoice': {
        one: 'den nye timen kommer på neste måneds faktura',
        other: 'de {hours} nye timene kommer på neste måneds faktura',
      },
      'invoice-paid': 'faktura {invoice} ble betalt {paidOn}',
      'invoice-chased': 'faktura {invoice} har allerede fått {stage}',
      'invoice-sent': 'faktura {invoice} ble sendt {sentOn}',
      'report-first': 'venter på rapporten',
      'invoice-first': 'venter på fakturaen',
      'mailed-without-invoice': 'rapporten gikk i en egen e-post; denne tar med begge',
      'attachments-changed': 'den får de nye PDF-ene',
    },
    stages: ['vennlig påminnelse', 'ny påminnelse', 'purring'],
    redo: 'Lag på nytt det som er endret',
    start: { one: 'Avslutt måneden for {n} kunde', other: 'Avslutt måneden for {n} kunder' },
    nothingTicked: 'Kryss av for minst én kunde først.',
    progress: {
      one: 'Avslutter {client} … {n} kunde igjen etter denne',
      other: 'Avslutter {client} … {n} kunder igjen etter denne',
    },
    progressLast: 'Avslutter {client}, den siste …',
    clientDone: '{client}: ferdig',
    stopped: '{client}: stoppet ({reason}). Trykk igjen for å fullføre; det som er gjort, blir stående.',
    resultTitle: 'Utkast i Gmail, klare til å leses gjennom og sendes. Ingenting er sendt.',
    openDraft: 'Åpne utkastet',
    openReport: 'Rapport',
    openInvoice: 'Faktura {invoice}',
    notAttached: '{client}: {reason}. Legg den ved før du sender e-posten.',
  },
  mornings: {
    title: 'Påminnelser hver morgen',
    help: 'Hver morgen lager tillegget utkast til betalingspåminnelsene som har forfalt, akkurat slik «Lag utkast» under Påminnelser gjør, og fører dem inn i regnearket. Det sender aldri noe.',
    permission:
      'Når du slår det på, ber Google om én tillatelse til: å kjøre tillegget på faste tidspunkter.',
    turnOn: 'Lag påminnelser hver morgen',
    turnOff: 'Slutt å lage påminnelser',
    turningOn: 'Slår på …',
    turningOff: 'Slår av …',
    on: 'På: hver morgen mellom {from} og {to} ({zone}).',
    off: 'Av.',
    stops: 'Det stopper også av seg selv hvis du fjerner tillegget eller sletter dette regnearket.',
    since: {
      one: 'Siden sist du så etter, er {n} påminnelse laget:',
      other: 'Siden sist du så etter, er {n} påminnelser laget:',
    },
    line: '{client}: faktura {invoice}, {stage}',
    waited: {
      one: 'forfalt siden {date} ({n} dag for sent)',
      other: 'forfalt siden {date} ({n} dager for sent)',
    },
    more: { one: 'og {n} til', other: 'og {n} til' },
    failed:
      'Kjøringen morgenen {date} stoppet: {reason}. Regnearket ble ikke endret; den prøver igjen i morgen.',
    missed: {
      one: '{n} morgen gikk uten kjøring; neste kjøring tok det igjen.',
      other: '{n} morgener gikk uten kjøring; neste kjøring tok det igjen.',
    },
    nothingSince: 'Ingen påminnelser har forfalt siden sist du så etter.',
  },
};
