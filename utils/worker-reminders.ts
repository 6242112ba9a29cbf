// The worker's reminders: one alarm per submitted request, a notification when it is due to check
// that the number really ended, and the popup opened from that notification. Each operator's
// reminder record changes only inside its own queue (storage.ts `serialized`).
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';
import { OPERATOR_IDS } from '@/data/schema';
import { getOperator } from '@/data';
import { AFTER_STEPS } from '@/data/after';
import { userLang } from './worker-lang';
import { openPopupWindow } from './popup-window';
import { reminderDay } from './reminder-day';
import { alarmServes, parseReminderAlarm, planReminder, reminderAlarmName, reminderNotification, shownDayOf } from './reminders';
import {
  checkReminder,
  readEvidence,
  readProgress,
  readRaw,
  readReminder,
  readSettings,
  reminderKey,
  removeItems,
  serialized,
  writeItems,
  type StorageChange,
} from './storage';
import { writeFailure } from './worker-failure';
import type { Shown } from './messages';

/**
 * Brings the reminder record and alarm of one operator in line with its evidence and the settings.
 * `forget`: the checklist was reset, so a reminder shown before is forgotten too. `typedAt`: the date
 * was just typed in the popup, or the days changed beside it, at that time (planReminder).
 */
export function syncReminder(operator: OperatorId, now = Date.now(), forget = false, typedAt = 0): Promise<void> {
  const key = reminderKey(operator);
  const name = reminderAlarmName(operator);
  return serialized(key, async () => {
    const [evidence, settings, existing] = await Promise.all([readEvidence(operator), readSettings(), readRaw(key)]);
    const current = checkReminder(existing).value;
    const plan = planReminder(evidence.submittedOn, settings.reminderDays, current, now, typedAt);
    // A notification already shown names a date and asks for a check: once its reminder is cancelled
    // (reset, date cleared) or replaced (another date or number of days), it pointed to a check no
    // longer needed or to an old date, and stayed in the notification centre until clicked.
    const shown = shownDayOf(current);
    if (shown !== null && !(plan.kind === 'fired' && plan.reminder.shownDay === shown)) await browser.notifications.clear(name);
    if (plan.kind === 'cancel') {
      if (existing !== undefined && (forget || !plan.remembered)) await removeItems([key]);
      await browser.alarms.clear(name);
      return;
    }
    // A record from before the shown day was kept, or one a passing date left unfired, is brought in line.
    if (!current || current.dueAt !== plan.reminder.dueAt || current.fired !== plan.reminder.fired || current.shownDay !== plan.reminder.shownDay) {
      const written = await writeItems({ [key]: plan.reminder });
      if (!written.ok) await writeFailure(written, key);
    }
    if (plan.kind === 'fired') {
      await browser.alarms.clear(name);
      return;
    }
    const alarm = await browser.alarms.get(name);
    if (!alarmServes(alarm?.scheduledTime, plan, now)) await browser.alarms.create(name, { when: plan.when });
  });
}

/**
 * After any start, or the number of days changed: every submitted request has its reminder (alarms may
 * not survive a restart), none is left over. `shown`: the days were changed in the popup beside this
 * operator's reminder line, at that time by the popup's clock (syncReminder's `typedAt` for it alone:
 * the others' lines are not on screen).
 */
export async function resyncReminders(now = Date.now(), shown?: Shown): Promise<void> {
  await Promise.all(OPERATOR_IDS.map((operator) => syncReminder(operator, now, false, operator === shown?.operator ? shown.at : 0)));
}

/** The after-step the reminder asks about, as the popup finds it (Step.reminderAsks). */
const DISCONNECTION_CHECKED = AFTER_STEPS.find((step) => step.reminderAsks)!.id;

/** The alarm went off: show the notification once, and remember that it was shown. */
export function fireReminder(operator: OperatorId, now = Date.now()): Promise<void> {
  const key = reminderKey(operator);
  return serialized(key, async () => {
    const [reminder, evidence, settings, progress] = await Promise.all([
      readReminder(operator),
      readEvidence(operator),
      readSettings(),
      readProgress(operator),
    ]);
    if (!reminder || reminder.fired || !evidence.submittedOn) return;
    // An alarm left over from an earlier schedule (the date or days changed): put it right instead.
    if (reminder.dueAt > now + 1_000) {
      await browser.alarms.create(reminderAlarmName(operator), { when: reminder.dueAt });
      return;
    }
    // Asking whether the number really ended, of someone who has ticked that they checked: said anyway
    // until now (helper-66). Such a reminder is kept as shown, so it does not come later either.
    if (progress[DISCONNECTION_CHECKED]?.done !== true) {
      const text = reminderNotification(userLang(settings), getOperator(operator).name, evidence.submittedOn);
      await browser.notifications.create(reminderAlarmName(operator), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/notification.png'),
        title: text.title,
        message: text.message,
      });
    }
    // A stored date is an ISO date here (checked above and by evidenceFrom), so it has a due day.
    await writeItems({ [key]: { ...reminder, fired: true, shownDay: reminderDay(evidence.submittedOn, settings.reminderDays)! } });
  });
}

/**
 * The check the reminder asks for is ticked (by a message, or by a closing page writing the tick
 * itself): a notification still up asks about what the user has just said is done.
 */
export async function clearWhenChecked(changes: readonly StorageChange[]): Promise<void> {
  for (const change of changes) {
    if (change.item === 'progress' && change.stepId === DISCONNECTION_CHECKED && change.value?.done) {
      await browser.notifications.clear(reminderAlarmName(change.operator));
    }
  }
}

/** The notification for the reminder stored now: shown for today's due day, and its check not ticked yet. */
async function stillAsked(operator: OperatorId): Promise<boolean> {
  const [reminder, evidence, settings, progress] = await Promise.all([readReminder(operator), readEvidence(operator), readSettings(), readProgress(operator)]);
  const day = reminderDay(evidence.submittedOn, settings.reminderDays);
  return reminder?.fired === true && day !== null && shownDayOf(reminder) === day && progress[DISCONNECTION_CHECKED]?.done !== true;
}

export async function openFromNotification(notificationId: string): Promise<void> {
  const operator = parseReminderAlarm(notificationId);
  if (!operator) return;
  // At the step the reminder asks about, not at the top of the list. A notification left from before
  // (shown by an earlier version, or one the browser kept) whose reminder was since cancelled, moved or
  // answered opens the list as it is now, at its top: the step it would point to is not asked any more.
  const asked = await stillAsked(operator).catch(() => true);
  await openPopupWindow(operator, asked ? `step-${DISCONNECTION_CHECKED}` : undefined);
  await browser.notifications.clear(notificationId);
}
