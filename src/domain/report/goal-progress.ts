// Where a goal stands, as one line in the client's language: now, the target, the start and how far
// along, for goals that go up and goals that go down. Used by the report and its cover email.

import { formatNumber, formatPercent } from '../format';
import { catalogue } from '../messages/client';
import type { Msg } from '../messages/core/msg';
import type { Goal, Language } from '../types';

/**
 * Share of the way from baseline to target, 0..1, or null when it cannot be told. Without a
 * baseline the count starts at 0; a value already past a target above 0 then says nothing about the
 * direction wanted (fewer complaints, or more sales?), so no share is claimed.
 */
export function goalProgress(goal: Goal): number | null {
  const { target, current, baseline } = goal;
  if (target === null || current === null) return null;
  if (baseline === null && current > target) return null;
  const from = baseline ?? 0;
  if (target === from) return current === target ? 1 : null;
  const share = (current - from) / (target - from);
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : null;
}

export function goalProgressLine(goal: Goal, language: Language): Msg | null {
  const c = catalogue(language);
  const unit = goal.unit.trim();
  const num = (v: number) => formatNumber(v, language);
  // Numbers beside the one that names the unit keep only its percent sign: "63 % abandonment, aiming for 55 %".
  const bare = (v: number) => c.quantity(num(v), unit.startsWith('%') ? '%' : '');
  const qty = (v: number) => c.quantity(num(v), unit);
  const { target, current, baseline } = goal;
  if (target !== null && current !== null) {
    const share = goalProgress(goal);
    return c.report.progress({
      now: bare(current),
      nowQty: qty(current),
      target: bare(target),
      targetQty: qty(target),
      start: baseline === null ? null : bare(baseline),
      startQty: baseline === null ? null : qty(baseline),
      lowerIsBetter: baseline !== null && target < baseline,
      change: baseline === null ? null : current > baseline ? 'up' : current < baseline ? 'down' : 'same',
      share: share === null ? null : formatPercent(share, language),
      reached: goal.status === 'achieved' || share === 1,
    });
  }
  if (target !== null) return c.report.targetOnly(qty(target));
  if (current !== null) return c.report.currentOnly(qty(current));
  return null;
}
