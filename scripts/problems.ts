// Prints every problem message of one UI language with sample values, as plain text: for reviewing
// a catalogue as a reader sees it. npx tsx scripts/problems.ts nb
import { PROBLEMS } from '../src/domain/problems';
import type { Say, SayValue } from '../src/domain/messages/shapes/problems';
import { sayText } from '../src/domain/problems/render';
const lang = (process.argv[2] ?? 'en') as 'en';
const sample: Record<string, SayValue> = {
  value: 'abc',
  error: '#REF!',
  choices: { list: ['A', 'B'] },
  tab: 'Tasks',
  rows: 20,
  columns: { list: ['Reminder stage', 'Last reminder'] },
  names: { list: ['tasks', 'TASKS'] },
  row: '7',
  column: 'Hourly rate',
  first: 'C',
  second: 'F',
  setting: 'Reminder days',
  currency: 'EUR',
  language: 'en',
  client: 'Harbour & Thread Ltd',
  goal: '500 new subscribers',
  other: 'Fjord Bakery',
  invoice: 'INV-1005',
  stage: '2',
  month: { month: '2026-10' },
  marker: 'Freelance Value Tracker dashboard',
};
const en = PROBLEMS.en as unknown as Record<string, unknown>;
for (const key of Object.keys(en)) {
  if (key === 'join') continue;
  const entry = en[key];
  const keys =
    typeof entry === 'object' && entry && !('other' in entry)
      ? Object.keys(entry).map((k) => `${key}.${k}`)
      : [key];
  for (const k of keys)
    for (const n of typeof entry === 'object' && entry && 'other' in entry ? [1, 2, 14, 21] : [undefined]) {
      const say: Say = { key: k as Say['key'], values: { ...sample, ...(n === undefined ? {} : { n }) } };
      console.log(`${k}${n === undefined ? '' : ` n=${n}`}: ${sayText([say], lang)}`);
    }
}
