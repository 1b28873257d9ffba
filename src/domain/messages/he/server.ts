// Hebrew: what the server says outside a problem (menu, busy notice, self-test toast).

import { msg } from '../core/msg';
import type { ServerWords } from '../shapes/server';

export const server: ServerWords = {
  menu: {
    sidebar: 'פתיחת החלונית',
    setup: 'הגדרת גיליון המעקב',
    check: 'בדיקת הגיליון',
    selfTest: 'הרצת בדיקה עצמית',
  },
  busy: 'פעולה אחרת רצה כרגע בגיליון הזה. כדאי להמתין רגע ולנסות שוב.',
  selfTestDone: (c, tab, reason) =>
    msg`עברו: ${String(c.passed)}. נכשלו: ${String(c.failed)}. דולגו: ${String(c.skipped)}. ${tab ? msg`התוצאות נמצאות בכרטיסייה ${tab}: נשמח אם תשלחו אותן אלינו.` : msg`לא ניתן היה לכתוב את התוצאות לכרטיסייה: ${reason}`}`,
};
