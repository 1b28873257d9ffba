// Norwegian Bokmål: client health, on the Dashboard tab and in the sidebar (the freelancer's language).

import { formatPercent } from '../../format';
import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { HealthWords } from '../shapes/health';
import { LOCALE } from './common';

const nouns = {
  day: { one: '# dag', other: '# dager' },
  invoice: { one: '# faktura', other: '# fakturaer' },
  deadline: { one: '# frist', other: '# frister' },
  lead: { one: '# mulig kunde i løypa', other: '# mulige kunder i løypa' },
};
const n = (noun: keyof typeof nouns, value: number) => count(LOCALE, nouns[noun], value);

export const health: HealthWords = {
  title: 'Kundestatus',
  columns: {
    client: 'Kunde',
    daysSinceContact: 'Dager siden kontakt',
    avgDaysLate: 'Dager betalt for sent i snitt (12 mnd.)',
    overdue: 'Forfalt nå',
    missedDeadlines90: 'Oversittede frister (90 dager)',
    hoursThisMonth: 'Timer denne måneden',
    hoursAverage3: 'Timer i snitt (3 mnd.)',
    rateChange: 'Ny timepris fra',
    signal: 'Signal',
  },
  ok: 'Ser bra ut',
  never: 'aldri',
  business: 'Virksomheten din',
  concentrated: 'Mye av inntekten din kommer fra én kunde: se etter flere oppdrag andre steder.',
  largestShare: (client, share) =>
    msg`Største kunde siste 3 måneder: ${client}, ${share} av fakturert inntekt`,
  leads: (count) => n('lead', count),
  otherCurrencies: (count, currency) =>
    msg`${n('invoice', count)} i andre valutaer enn ${currency} er ikke tatt med`,
  nouns,
  reason: (r) => {
    switch (r.code) {
      case 'silent':
        return msg`Ingen kontakt på ${n('day', r.days)}`;
      case 'pays-late':
        return msg`Betaler i snitt ${n('day', r.days)} for sent`;
      case 'overdue':
        return msg`${n('invoice', r.invoices)} forfalt, den eldste for ${n('day', r.days)} siden`;
      case 'missed-deadlines':
        return msg`${n('deadline', r.count)} oversittet de siste 90 dagene`;
      case 'hours-falling':
        return msg`Timene denne måneden ligger an til ${formatPercent(r.share, 'nb')} av det vanlige`;
    }
  },
};
