import { Component } from 'preact';
import type { Lang } from '@/data/schema';
import { SUBMITTED_FROM, isSubmissionDate, latestSubmissionDate } from '@/utils/evidence-date';
import { formatDate, t } from '@/utils/i18n';
import { saveFailure } from '@/utils/popup-failure';
import { parseReminderDays } from '@/utils/reminder-day';
import { EVIDENCE_FIELD_MAX, NOTES_MAX } from '@/utils/storage';

export type EvidenceField = 'phoneNumber' | 'requestNumber' | 'submittedOn' | 'place' | 'notes';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

interface Props {
  lang: Lang;
  values: Readonly<Record<EvidenceField, string>>;
  status: SaveStatus;
  error: string | null;
  /** YYYY-MM-DD the reminder is due, when a submission date is set. */
  reminderOn: string | null;
  reminderDays: number;
  /** The step the reminder asks about is ticked: the worker shows no reminder (utils/worker-reminders.ts). */
  checked?: boolean;
  onInput: (field: EvidenceField, value: string) => void;
  /** Leaving a field saves at once instead of waiting for the debounce. */
  onFlush: () => void;
  onReminderDays: (days: number) => void;
}

/**
 * The user's proof: kept on this device, saved as they type, with the save state always visible.
 * A class, not hooks: the popup's build leaves preact/hooks out.
 */
export class EvidenceForm extends Component<Props, { daysText: string }> {
  override state = { daysText: String(this.props.reminderDays) };

  override componentDidUpdate(previous: Props): void {
    // Another context (or a reset) may change the setting while the popup is open.
    if (previous.reminderDays !== this.props.reminderDays) this.setState({ daysText: String(this.props.reminderDays) });
  }

  override render({ lang, values, status, error, reminderOn, reminderDays, checked, onInput, onFlush, onReminderDays }: Props, { daysText }: { daysText: string }) {
    const setDaysText = (text: string) => this.setState({ daysText: text });
    const daysValid = parseReminderDays(daysText) !== null;
    const dateInvalid = !isSubmissionDate(values.submittedOn);

    const text = (field: Exclude<EvidenceField, 'notes' | 'submittedOn'>, key: 'popup.evidence.phoneNumber' | 'popup.evidence.requestNumber' | 'popup.evidence.place') => (
      <div class="sx-field">
        <label for={`sx-ev-${field}`}>{t(lang, key)}</label>
        <input
          id={`sx-ev-${field}`}
          class="sx-input"
          type="text"
          autoComplete="off"
          maxLength={EVIDENCE_FIELD_MAX}
          value={values[field]}
          onInput={(e) => onInput(field, (e.currentTarget as HTMLInputElement).value)}
          onBlur={onFlush}
        />
      </div>
    );

    return (
      <section class="sx-evidence" aria-labelledby="sx-evidence-title">
        <div class="sx-evidence__head">
          <h2 id="sx-evidence-title" class="sx-h2">
            {t(lang, 'popup.evidence.title')}
          </h2>
          {/* Live regions keyed by language: see ProgressMeter. */}
          <span key={lang} class={`sx-save sx-save--${status}`} role="status" aria-live="polite">
            {status === 'saving' && t(lang, 'popup.evidence.saving')}
            {status === 'saved' && t(lang, 'popup.evidence.saved')}
            {status === 'error' && saveFailure(lang, error)}
          </span>
        </div>
        <p class="sx-muted">{t(lang, 'popup.evidence.private')}</p>
        {text('phoneNumber', 'popup.evidence.phoneNumber')}
        {text('requestNumber', 'popup.evidence.requestNumber')}
        <div class="sx-field">
          <label for="sx-ev-submittedOn">{t(lang, 'popup.evidence.submittedOn')}</label>
          <input
            id="sx-ev-submittedOn"
            class="sx-input"
            type="date"
            min={SUBMITTED_FROM}
            max={latestSubmissionDate()}
            // Again on focus: a popup window left open past midnight would grey out the new day.
            onFocus={(e) => ((e.currentTarget as HTMLInputElement).max = latestSubmissionDate())}
            value={values.submittedOn}
            aria-invalid={dateInvalid ? 'true' : undefined}
            aria-describedby={dateInvalid ? 'sx-ev-date-error sx-reminder-text' : 'sx-reminder-text'}
            // A date picker commits on change; saving at once schedules the reminder without a delay.
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              // A part emptied to type it again (the value reads "" meanwhile) is not the date removed:
              // saved, it would lose the date if the popup closed now, and the reminder with it.
              if (input.validity.badInput) return;
              onInput('submittedOn', input.value);
              onFlush();
            }}
            onBlur={onFlush}
          />
          {/* No live region: typing a year digit by digit passes through "0002", "0020"… */}
          {dateInvalid && (
            <p id="sx-ev-date-error" class="sx-error-text">
              {t(lang, 'popup.evidence.dateInvalid')}
            </p>
          )}
        </div>
        {text('place', 'popup.evidence.place')}
        <div class="sx-field">
          <label for="sx-ev-notes">{t(lang, 'popup.evidence.notes')}</label>
          <textarea
            id="sx-ev-notes"
            class="sx-input sx-textarea"
            rows={3}
            maxLength={NOTES_MAX}
            value={values.notes}
            onInput={(e) => onInput('notes', (e.currentTarget as HTMLTextAreaElement).value)}
            onBlur={onFlush}
          />
        </div>
        <div class="sx-reminder">
          <p key={lang} id="sx-reminder-text" class="sx-reminder__text" aria-live="polite">
            {checked
              ? t(lang, 'popup.reminder.checked')
              : reminderOn
              ? t(
                  lang,
                  // A day already behind (a date typed day-first in a month-first field, or proof kept late): say to check now.
                  reminderOn < latestSubmissionDate() ? 'popup.reminder.past' : 'popup.reminder.scheduled',
                  { date: formatDate(reminderOn, lang) },
                )
              : t(lang, 'popup.reminder.hint')}
          </p>
          <div class="sx-field sx-field--inline">
            <label for="sx-reminder-days">{t(lang, 'popup.reminder.days')}</label>
            <input
              id="sx-reminder-days"
              class="sx-input sx-input--days"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              step={1}
              value={daysText}
              aria-invalid={daysValid ? undefined : 'true'}
              aria-describedby={daysValid ? undefined : 'sx-reminder-days-error'}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setDaysText(value);
                const days = parseReminderDays(value);
                if (days !== null && days !== reminderDays) onReminderDays(days);
              }}
            />
          </div>
          {!daysValid && (
            <p id="sx-reminder-days-error" class="sx-error-text">
              {t(lang, 'popup.reminder.daysInvalid')}
            </p>
          )}
        </div>
      </section>
    );
  }
}
