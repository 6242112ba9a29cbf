// The evidence form's draft: saved while the user types (debounced), at once when a field loses focus
// or the popup closes, and kept in step with storage when another window changes it.
import { effect } from '@preact/signals';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OperatorId } from '@/data/schema';
import type { EvidenceField, SaveStatus } from '@/components/popup/EvidenceForm';
import { saveEvidence } from '@/utils/client';
import type { LiveState } from '@/utils/live-state';
import type { Evidence } from '@/utils/storage';

export type EvidenceDraft = Readonly<Record<EvidenceField, string>>;

export const EVIDENCE_DEBOUNCE_MS = 400;
export const EMPTY_DRAFT: EvidenceDraft = { requestNumber: '', submittedOn: '', place: '', notes: '' };

const fieldsOf = ({ requestNumber, submittedOn, place, notes }: Evidence): EvidenceDraft => ({
  requestNumber,
  submittedOn,
  place,
  notes,
});

export function useEvidenceDraft(operator: OperatorId, live: LiveState) {
  const [draft, setDraft] = useState<EvidenceDraft>(() => fieldsOf(live.evidence.value));
  const [status, setStatus] = useState<SaveStatus>(live.evidence.value.updatedAt > 0 ? 'saved' : 'idle');
  const [error, setError] = useState<string | null>(null);
  const current = useRef(draft);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** updatedAt of our last save; storage values older than it are echoes of earlier saves. */
  const lastSent = useRef(live.evidence.value.updatedAt);

  useEffect(
    () =>
      effect(() => {
        const stored = live.evidence.value;
        if (dirty.current || stored.updatedAt < lastSent.current) return;
        current.current = fieldsOf(stored);
        setDraft(current.current);
        if (stored.updatedAt > 0) setStatus((s) => (s === 'error' ? s : 'saved'));
      }),
    [live],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return true;
    dirty.current = false;
    // Strictly increasing, so the worker never treats a newer save as older than the last one.
    const at = Math.max(Date.now(), lastSent.current + 1);
    lastSent.current = at;
    setStatus('saving');
    try {
      const response = await saveEvidence(operator, current.current, at);
      if (!response.ok) throw new Error(response.error);
      if (!dirty.current) setStatus('saved');
      setError(null);
      return true;
    } catch (e) {
      dirty.current = true;
      setError(e instanceof Error ? e.message : String(e));
      setStatus('error');
      return false;
    }
  }, [operator]);

  const onInput = useCallback(
    (field: EvidenceField, value: string) => {
      current.current = { ...current.current, [field]: value };
      setDraft(current.current);
      dirty.current = true;
      setStatus('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), EVIDENCE_DEBOUNCE_MS);
    },
    [flush],
  );

  /** Before a reset (the worker deletes the stored proof): drop what is pending and empty the form. */
  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    dirty.current = false;
    lastSent.current = 0;
    current.current = EMPTY_DRAFT;
    setDraft(EMPTY_DRAFT);
    setStatus('idle');
    setError(null);
  }, []);

  useEffect(() => {
    // Closing the popup unloads the page: send what is pending while the page still exists.
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { draft, status, error, onInput, flush, discard };
}
