// The ScriptApp fake keeps the add-on trigger rules and refuses what the references leave open.

import { describe, expect, it } from 'vitest';
import { RuntimeContext } from '../../runtime/fakes/context';
import { FakeScriptApp } from '../../runtime/fakes/script-app';

function setup() {
  const ctx = new RuntimeContext(new Date('2026-12-01T12:00:00Z'));
  let doc = 'sheet-1';
  const app = new FakeScriptApp(
    ctx,
    () => doc,
    () => ['prepareMorningReminders', 'onOpen'],
  );
  const sheet = (id: string) => ({ getId: () => id });
  return { ctx, app, sheet, open: (id: string) => (doc = id) };
}

const morning = (app: FakeScriptApp) =>
  app
    .newTrigger('prepareMorningReminders')
    .timeBased()
    .everyDays(1)
    .atHour(7)
    .inTimezone('Europe/Oslo')
    .create();

describe('ScriptApp fake', () => {
  it('makes a daily clock trigger for the file in use, listed for it and for the project', () => {
    const { app, sheet } = setup();
    const trigger = morning(app);
    expect(trigger.getHandlerFunction()).toBe('prepareMorningReminders');
    expect(String(trigger.getEventType())).toBe('CLOCK');
    expect(String(app.EventType.CLOCK)).toBe('CLOCK');
    expect(app.getUserTriggers(sheet('sheet-1') as never).map((t) => t.getUniqueId())).toEqual([
      trigger.getUniqueId(),
    ]);
    expect(app.getProjectTriggers()).toHaveLength(1);
    expect(app.triggers[0]).toMatchObject({
      everyDays: 1,
      atHour: 7,
      timeZone: 'Europe/Oslo',
      documentId: 'sheet-1',
    });
  });

  it('one clock trigger per user per document, the add-on rule; another document may have its own', () => {
    const { app, open } = setup();
    morning(app);
    expect(() => morning(app)).toThrow(/too many time-based triggers in this document/);
    open('sheet-2');
    expect(() => morning(app)).not.toThrow();
    expect(app.getProjectTriggers()).toHaveLength(2);
  });

  it('an add-on reads only the triggers of the file it is used in', () => {
    const { app, sheet } = setup();
    expect(() => app.getUserTriggers(sheet('sheet-9') as never)).toThrow(/file it is used in/);
    expect(() => app.getUserTriggers(null as never)).toThrow(/Invalid argument/);
  });

  it('deletes a trigger once; a second delete throws', () => {
    const { app } = setup();
    const trigger = morning(app);
    app.deleteTrigger(trigger);
    expect(app.getProjectTriggers()).toEqual([]);
    expect(() => app.deleteTrigger(trigger)).toThrow(/does not exist/);
  });

  it('strict: no clock without an interval, no handler the bundle lacks, no bad hour or zone', () => {
    const { app } = setup();
    expect(() => app.newTrigger('prepareMorningReminders').timeBased().atHour(7).create()).toThrow(
      /everyDays/,
    );
    expect(() => app.newTrigger('missing').timeBased().everyDays(1).create()).toThrow(
      /no top-level function missing/,
    );
    expect(() => app.newTrigger('x').timeBased().everyDays(0)).toThrow(/Invalid argument/);
    expect(() => app.newTrigger('x').timeBased().atHour(24)).toThrow(/Invalid argument/);
    expect(() => app.newTrigger('x').timeBased().inTimezone('Mars/Olympus')).toThrow(/Invalid argument/);
    expect(() => app.newTrigger('')).toThrow(/Invalid argument/);
    expect(() => morning(app).getTriggerSourceId()).toThrow(/source id/);
  });

  it('refuses every call in AuthMode.NONE', () => {
    const { app, ctx } = setup();
    ctx.authMode = 'NONE';
    expect(() => app.getProjectTriggers()).toThrow(/AuthMode.NONE/);
    expect(() => app.newTrigger('prepareMorningReminders')).toThrow(/AuthMode.NONE/);
  });

  it('hands a firing trigger the time-driven event, and keeps its triggers across a snapshot', () => {
    const { app, ctx } = setup();
    morning(app);
    const event = app.eventFor(app.triggers[0]!, new Date('2026-12-03T06:20:00Z'));
    expect(event).toMatchObject({
      authMode: 'FULL',
      triggerUid: app.triggers[0]!.id,
      hour: 6,
      'day-of-month': 3,
    });
    const copy = new FakeScriptApp(
      ctx,
      () => 'sheet-1',
      () => ['prepareMorningReminders'],
    );
    copy.restore(app.snapshot());
    expect(copy.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([app.triggers[0]!.id]);
    expect(() => morning(copy)).toThrow(/too many/);
  });
});
