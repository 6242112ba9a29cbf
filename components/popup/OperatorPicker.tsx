import type { Lang, OperatorId } from '@/data/schema';
import { t } from '@/utils/i18n';
import { choiceHandlers } from '@/utils/select-choice';
import type { PickReason } from '@/utils/operator-pick';

/** What the picker shows: an operator, the Astelit/Taraztel explanation, or nothing chosen yet. */
export type PickerValue = OperatorId | 'note' | '';

interface Props {
  lang: Lang;
  value: PickerValue;
  operators: readonly { id: OperatorId; name: string }[];
  /** Why the current operator was chosen, shown so the user knows they can change it. */
  reason: PickReason;
  onChange: (value: PickerValue) => void;
}

/** A native select: type-ahead, arrow keys and screen readers work as they do everywhere; a choice by key applies once confirmed (utils/select-choice.ts). */
export function OperatorPicker({ lang, value, operators, reason, onChange }: Props) {
  const hint = value === 'note' ? null : reason === 'tab' ? 'popup.operator.fromTab' : reason === 'ask' ? 'popup.operator.ask' : null;
  return (
    <div class="sx-picker">
      <label for="sx-operator" class="sx-picker__label">
        {t(lang, 'popup.operator.label')}
      </label>
      <select
        id="sx-operator"
        class="sx-select sx-picker__select"
        value={value}
        aria-describedby={hint ? 'sx-operator-hint' : undefined}
        {...choiceHandlers(value, (next) => onChange(next as PickerValue))}
      >
        {value === '' && (
          <option value="" disabled>
            {t(lang, 'popup.operator.choose')}
          </option>
        )}
        {operators.map((op) => (
          <option key={op.id} value={op.id}>
            {op.name}
          </option>
        ))}
        <option value="note">{t(lang, 'popup.operator.note')}</option>
      </select>
      {hint && (
        <p id="sx-operator-hint" class="sx-picker__hint">
          {t(lang, hint)}
        </p>
      )}
    </div>
  );
}
