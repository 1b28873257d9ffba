// Items no script can try: what a person checks by hand, listed so the report names them too.

import type { CheckGroup } from './check';

export const MANUAL_GROUP: CheckGroup = {
  name: 'By hand',
  checks: [
    {
      id: 'scopes',
      title: 'The consent screen asks only for the five scopes',
      manual:
        'the consent screen shows before any script runs: install from npm run push and read it (this spreadsheet, display UI, files the app created or you opened with it, manage drafts, run when you are not present)',
    },
    {
      id: 'onopen-no-auth',
      title: 'The menu appears in a file where the add-on is installed but not yet used (AuthMode.NONE)',
      manual:
        'this run is authorized, so it cannot be in AuthMode.NONE: open another spreadsheet where the add-on is installed but not yet used; the Extensions menu must appear without an error',
    },
  ],
  run(t) {
    for (const spec of MANUAL_GROUP.checks) t.skip(spec.id, `manual: ${spec.manual}`);
  },
};
