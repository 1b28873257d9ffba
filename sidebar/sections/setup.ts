// Setup: offered on a spreadsheet without the tracking tabs.

import { call } from '../bridge';
import { $, busy, t } from '../ui';

export function renderSetup(): void {
  const m = t().setup;
  $('setup-title').textContent = m.title;
  $('setup-help').textContent = m.help;
  $('sample-label').textContent = m.sample;
  $('run-setup').textContent = m.button;
}

export function wireSetup(reload: () => Promise<void>): void {
  $('run-setup').addEventListener('click', async () => {
    const done = await busy($<HTMLButtonElement>('run-setup'), 'setup-status', t().setup.progress, () =>
      call('setupTrackingSheet', { sample: $<HTMLInputElement>('sample').checked }),
    );
    if (done) await reload();
  });
}
