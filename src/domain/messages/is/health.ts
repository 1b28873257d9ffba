// Icelandic: client health, on the Dashboard tab and in the sidebar (the freelancer's language).

import { formatNumber, formatPercent } from '../../format';
import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { HealthWords } from '../shapes/health';
import { LOCALE } from './common';

// Icelandic: 21, 31, 101... take the singular (CLDR "one"), as Intl.PluralRules says. The day
// takes its case from the sentence: nominative, accusative (í … daga) or dative (… dögum of seint).
const nouns = {
  day: { one: '# dagur', other: '# dagar' },
  dayAccusative: { one: '# dag', other: '# daga' },
  dayDative: { one: '# degi', other: '# dögum' },
  invoice: { one: '# reikningur', other: '# reikningar' },
  deadline: { one: '# frestur', other: '# frestir' },
  lead: { one: '# mögulegur viðskiptavinur í sigtinu', other: '# mögulegir viðskiptavinir í sigtinu' },
};
const n = (noun: keyof typeof nouns, value: number) => count(LOCALE, nouns[noun], value);

export const health: HealthWords = {
  title: 'Staða viðskiptavina',
  columns: {
    client: 'Viðskiptavinur',
    daysSinceContact: 'Dagar frá síðustu samskiptum',
    avgDaysLate: 'Meðalgreiðsludráttur í dögum (12 mán.)',
    overdue: 'Gjaldfallið núna',
    missedDeadlines90: 'Frestir sem ekki var staðið við (90 dagar)',
    hoursThisMonth: 'Tímar í þessum mánuði',
    hoursAverage3: 'Tímar að meðaltali (3 mán.)',
    rateChange: 'Nýtt tímagjald frá',
    signal: 'Staða',
  },
  ok: 'Lítur vel út',
  never: 'aldrei',
  business: 'Reksturinn',
  concentrated:
    'Stór hluti teknanna kemur frá einum viðskiptavini: leitaðu að fleiri verkefnum annars staðar.',
  largestShare: (client, share) =>
    msg`Stærsti viðskiptavinur síðustu 3 mánuði: ${client}, ${share} af reikningsfærðum tekjum`,
  leads: (count) => n('lead', count),
  otherCurrencies: (count, currency) =>
    msg`Reikningar í öðrum gjaldmiðlum en ${currency} eru ekki taldir með: ${formatNumber(count, 'is')}`,
  nouns,
  reason: (r) => {
    switch (r.code) {
      case 'silent':
        return msg`Engin samskipti í ${n('dayAccusative', r.days)}`;
      case 'pays-late':
        return msg`Greiðir að meðaltali ${n('dayDative', r.days)} of seint`;
      case 'overdue':
        return msg`Gjaldfallið: ${n('invoice', r.invoices)}; lengsti dráttur: ${n('day', r.days)}`;
      case 'missed-deadlines':
        return msg`Frestir sem ekki var staðið við síðustu 90 daga: ${formatNumber(r.count, 'is')}`;
      case 'hours-falling':
        return msg`Tímar í þessum mánuði stefna í ${formatPercent(r.share, 'is')} af því sem venjulegt er`;
    }
  },
};
