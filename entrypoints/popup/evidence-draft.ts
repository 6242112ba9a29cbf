// The evidence form's draft: saved while the user types (debounced), at once when a field loses focus
// or the popup closes, and kept in step with storage when another window changes it. A plain object
// owned by the operator panel (no hooks: the popup's build leaves preact/hooks out, see main.tsx);
// `changed` asks the panel to render again.
import { effect } from '@preact/signals';
import type { EvidenceField, SaveStatus } from '@/components/popup/EvidenceForm';
import { saveEvidence } from '@/utils/client';
import { isSubmissionDate } from '@/utils/evidence-date';
import type { LiveState } from '@/utils/live-state';
import { keepEvidenceOnClose, type Evidence } from '@/utils/storage';
import { errorText } from '@/utils/error-text';

export type EvidenceValues = Readonly<Record<EvidenceField, string>>;

export const EVIDENCE_DEBOUNCE_MS = 400;
export const EMPTY_DRAFT: EvidenceValues = { requestNumber: '', submittedOn: '', place: '', notes: '' };

const fieldsOf = ({ requestNumber, submittedOn, place, notes }: Evidence): EvidenceValues => ({
  requestNumber,
  submittedOn,
  place,
  notes,
});

export class EvidenceDraft {
  draft: EvidenceValues;
  status: SaveStatus;
  /** The last failed save's error code (utils/popup-failure.ts words it). */
  error: string | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** updatedAt of our last save; storage values older than it are echoes of earlier saves. */
  private lastSent: number;

  /** `live` is the operator's live state, whose proof this is; `changed` asks for a render. */
  constructor(
    private readonly live: LiveState,
    private readonly changed: () => void,
  ) {
    const stored = live.evidence.peek();
    this.draft = fieldsOf(stored);
    this.status = stored.updatedAt > 0 ? 'saved' : 'idle';
    this.lastSent = stored.updatedAt;
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
      if (this.dirty || stored.updatedAt < this.lastSent) return;
      // A date held back (utils/evidence-date.ts) stays as typed: the echo of the other fields' save
      // carries the stored date, and would pull the field back under the user's fingers.
      const held = isSubmissionDate(this.draft.submittedOn) ? null : this.draft.submittedOn;
      const draft = held === null ? fieldsOf(stored) : { ...fieldsOf(stored), submittedOn: held };
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
    if (!this.dirty) return true;
    this.dirty = false;
    // Strictly increasing, so the worker never treats a newer save as older than the last one.
    const at = Math.max(Date.now(), this.lastSent + 1);
    this.lastSent = at;
    this.set({ status: 'saving' });
    // One bad field must not stop the others from saving.
    const proof = { ...this.draft, submittedOn: this.keptSubmittedOn() };
    if (closing) keepEvidenceOnClose(this.live.operator, { ...proof, updatedAt: at });
    try {
      const response = await saveEvidence(this.live.operator, proof, at);
      if (!response.ok) throw new Error(response.error);
      if (!this.dirty) this.set({ status: 'saved' });
      return true;
    } catch (e) {
      this.dirty = true;
      this.set({ error: errorText(e), status: 'error' });
      return false;
    }
  };

  readonly onInput = (field: EvidenceField, value: string): void => {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), EVIDENCE_DEBOUNCE_MS);
    this.set({ draft: { ...this.draft, [field]: value }, status: 'saving' });
  };

  /** Before a reset (the worker deletes the stored proof): drop what is pending and empty the form. */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
    this.lastSent = 0;
    this.set({ draft: EMPTY_DRAFT, status: 'idle' });
  }
}
