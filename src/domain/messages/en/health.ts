// English: client health, on the Dashboard tab and in the sidebar (the freelancer's language).

import { formatPercent } from '../../format';
import { msg } from '../core/msg';
import { count } from '../core/plural';
import type { HealthWords } from '../shapes/health';
import { LOCALE } from './common';

const nouns = {
  day: { one: '# day', other: '# days' },
  invoice: { one: '# invoice', other: '# invoices' },
  deadline: { one: '# deadline', other: '# deadlines' },
  lead: { one: '# lead in the pipeline', other: '# leads in the pipeline' },
};
const n = (noun: keyof typeof nouns, value: number) => count(LOCALE, nouns[noun], value);

export const health: HealthWords = {
  title: 'Client health',
  columns: {
    client: 'Client',
    daysSinceContact: 'Days since contact',
    avgDaysLate: 'Average days paid late (12 months)',
    overdue: 'Overdue now',
    missedDeadlines90: 'Deadlines missed (90 days)',
    hoursThisMonth: 'Hours this month',
    hoursAverage3: 'Average hours (3 months)',
    rateChange: 'Rate change from',
    signal: 'Signal',
  },
  ok: 'Looks fine',
  never: 'never',
  business: 'Your business',
  concentrated: 'Much of your income rests on one client: look for more work elsewhere.',
  largestShare: (client, share) => msg`Largest client, last 3 months: ${client}, ${share} of invoiced income`,
  leads: (count) => n('lead', count),
  otherCurrencies: (count, currency) =>
    msg`${n('invoice', count)} in currencies other than ${currency} not included`,
  nouns,
  reason: (r) => {
    switch (r.code) {
      case 'silent':
        return msg`No contact for ${n('day', r.days)}`;
      case 'pays-late':
        return msg`Pays ${n('day', r.days)} late on average`;
      case 'overdue':
        return msg`${n('invoice', r.invoices)} overdue, the oldest by ${n('day', r.days)}`;
      case 'missed-deadlines':
        return msg`${n('deadline', r.count)} missed in 90 days`;
      case 'hours-falling':
        return msg`Hours this month are on course for ${formatPercent(r.share, 'en')} of the usual`;
    }
  },
};
