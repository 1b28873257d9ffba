// The language picker: remembered per user on the server, applied at once here.

import { LANGUAGES, type Language } from '../../src/domain/types';
import { call } from '../bridge';
import { LANGUAGE_LIST } from '../../src/domain/messages/languages';
import { $, bdi, status, t } from '../ui';

export function renderLanguage(current: Language, picked: boolean): void {
  $('language-label').textContent = t().language.label;
  const select = $<HTMLSelectElement>('language');
  const automatic = document.createElement('option');
  automatic.value = '';
  automatic.textContent = t().language.automatic;
  select.replaceChildren(
    automatic,
    ...LANGUAGES.map((l) => {
      const option = document.createElement('option');
      option.value = l;
      option.lang = l;
      option.textContent = LANGUAGE_LIST[l].name;
      return option;
    }),
  );
  select.value = picked ? current : '';
}

export function wireLanguage(reload: () => Promise<void>): void {
  $('language').addEventListener('change', async () => {
    const value = $<HTMLSelectElement>('language').value as Language | '';
    try {
      await call('setUiLanguage', value);
      await reload();
    } catch (error) {
      status('status', [bdi((error as Error).message)], 'error');
    }
  });
}
