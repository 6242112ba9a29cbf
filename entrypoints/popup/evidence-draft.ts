// The evidence form's draft: saved while the user types (debounced), at once when a field loses focus
// or the popup closes, and kept in step with storage when another window changes it. A plain object
// owned by the operator panel (no hooks: the popup's build leaves preact/hooks out, see main.tsx);
// `changed` asks the panel to render again.
import { effect } from '@preact/signals';
import type { EvidenceField, SaveStatus } from '@/components/popup/EvidenceForm';
import { saveEvidence } from '@/utils/client';
import { isSubmissionDate } from '@/utils/evidence-date';
import type { LiveState } from '@/utils/live-state';
import { EMPTY_EVIDENCE, evidenceKey, keepOnClose, type Evidence } from '@/utils/storage';
import { errorText } from '@/utils/error-text';

export type EvidenceValues = Readonly<Record<EvidenceField, string>>;

export const EVIDENCE_DEBOUNCE_MS = 400;

const fieldsOf = ({ phoneNumber, requestNumber, submittedOn, place, notes }: Evidence): Record<EvidenceField, string> => ({
  phoneNumber,
  requestNumber,
  submittedOn,
  place,
  notes,
});

// The fields set in the constructor are `declare`d: a field declared without a value is written into the
// build as one more line (`draft;`), which only sets it to undefined before the constructor sets it.
export class EvidenceDraft {
  declare draft: EvidenceValues;
  declare status: SaveStatus;
  /** The last failed save's error code (utils/popup-failure.ts words it). */
  error: string | null = null;
  /**
   * The fields typed in since the last save (none: nothing to save). Only they are sent as typed; the
   * others as stored now (see flush): the whole form was sent, and a window that had not seen another's
   * save put its old copy back over it (two checklist windows; the place typed in one lost to notes typed
   * in the other, helper-65).
   */
  private typed: EvidenceField[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** updatedAt of our last save; storage values older than it are echoes of earlier saves. */
  declare private lastSent: number;
  /** Our last save (until then, what was stored). */
  declare private sent: Evidence;
  /** The operator's live state, whose proof this is. */
  declare private readonly live: LiveState;
  /** Asks for a render. */
  declare private readonly changed: () => void;

  constructor(live: LiveState, changed: () => void) {
    this.live = live;
    this.changed = changed;
    const stored = live.evidence.peek();
    this.draft = fieldsOf(stored);
    this.status = stored.updatedAt > 0 ? 'saved' : 'idle';
    this.lastSent = stored.updatedAt;
    this.sent = stored;
  }

  /**
   * The submission date the proof keeps: the one typed when it can be a submission date, else the
   * stored one (a date held back stays in the form, marked, and is never sent: utils/evidence-date.ts).
   */
  keptSubmittedOn(): string {
    const typed = this.draft.submittedOn;
    return isSubmissionDate(typed) ? typed : this.live.evidence.peek().submittedOn;
  }

  /** Follows storage and saves when the popup closes; returns the stop, which saves what is pending. */
  start(): () => void {
    const stopFollowing = effect(() => {
      const stored = this.live.evidence.value;
      if (this.typed[0] || stored.updatedAt < this.lastSent) return;
      // A date held back (utils/evidence-date.ts) stays as typed: the echo of the other fields' save
      // carries the stored date, and would pull the field back under the user's fingers.
      const draft = fieldsOf(stored);
      if (!isSubmissionDate(this.draft.submittedOn)) draft.submittedOn = this.draft.submittedOn;
      const status = stored.updatedAt > 0 && this.status !== 'error' ? 'saved' : this.status;
      // The first run (and any echo of what is shown) changes nothing: no render for it.
      if (status !== this.status || JSON.stringify(draft) !== JSON.stringify(this.draft)) this.set({ draft, status });
    });
    // Closing the popup unloads the page: send what is pending while the page still exists. An unloading
    // page turns hidden first (HTML's unload steps), so this one event also covers `pagehide`.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void this.flush(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopFollowing();
      document.removeEventListener('visibilitychange', onVisibility);
      void this.flush();
    };
  }

  private set(patch: Partial<Pick<EvidenceDraft, 'draft' | 'status' | 'error'>>): void {
    Object.assign(this, patch);
    this.changed();
  }

  /** `closing`: the page is going away, and with it any message still waiting for a worker to start. */
  readonly flush = async (closing = false): Promise<boolean> => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const typed = this.typed;
    const stored = this.live.evidence.peek();
    const at = Math.max(Date.now(), this.lastSent + 1);
    if (typed[0]) {
      this.typed = [];
      // The fields not typed as stored, or as this window last sent them until that save is back from storage.
      const proof = fieldsOf(stored.updatedAt < this.lastSent ? this.sent : stored);
      // One bad field must not stop the others from saving: a date that cannot be a submission date is not sent.
      for (const field of typed) proof[field] = field === 'submittedOn' ? this.keptSubmittedOn() : this.draft[field];
      // Strictly increasing, so the worker never treats a newer save as older than the last one.
      this.lastSent = at;
      this.sent = { ...proof, updatedAt: at };
      this.set({ status: 'saving' });
    }
    // Not back from storage yet: this save, or one sent earlier (a field left with Tab just before
    // closing) and still on its way to a worker that must first be started, which a closing page drops.
    // `typedAt` (the save's time) tells the worker a date in it was typed here, as the message would
    // have: its reminder line has just said "check now" for a day already past (KeptEvidence).
    if (closing && stored.updatedAt < this.lastSent) keepOnClose({ [evidenceKey(this.live.operator)]: { ...this.sent, typedAt: this.lastSent } });
    if (!typed[0]) return true;
    try {
      const response = await saveEvidence(this.live.operator, this.sent, at);
      if (!response.ok) throw new Error(response.error);
      if (!this.typed[0]) this.set({ status: 'saved' });
      return true;
    } catch (e) {
      this.typed.push(...typed);
      this.set({ error: errorText(e), status: 'error' });
      return false;
    }
  };

  readonly onInput = (field: EvidenceField, value: string): void => {
    this.typed.push(field);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), EVIDENCE_DEBOUNCE_MS);
    this.set({ draft: { ...this.draft, [field]: value }, status: 'saving' });
  };

  /** Before a reset (the worker deletes the stored proof): drop what is pending and empty the form. */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.typed = [];
    this.lastSent = 0;
    this.set({ draft: fieldsOf(EMPTY_EVIDENCE), status: 'idle' });
  }
}
