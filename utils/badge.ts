// What the toolbar badge says. Pure; the worker reads the tab and storage and applies the result.
import type { Lang, OperatorId } from '@/data/schema';
import { t } from './i18n';

export interface Badge {
  readonly text: string;
  readonly color: string;
  /** The toolbar button's tooltip, read by screen readers. */
  readonly title: string;
}

export const BADGE_COLORS = {
  /** Work left to do. */
  progress: '#1d4ed8',
  /** Every step of the checklist done. */
  complete: '#15803d',
} as const;

/**
 * Whose progress a tab's badge shows: nobody's until a cancellation is under way; then the operator
 * whose site the tab shows, else the one the user is leaving (`tabOperator` null: the default badge of
 * every other tab, eGov's and Kaspi's included).
 */
export function badgeOperator(tabOperator: OperatorId | null, inProgress: OperatorId | null): OperatorId | null {
  if (inProgress === null) return null;
  return tabOperator ?? inProgress;
}

/** "3/9"; empty when there is no checklist to count. */
export function badgeText(done: number, total: number): string {
  if (!Number.isInteger(total) || total <= 0) return '';
  return `${Math.min(Math.max(0, done), total)}/${total}`;
}

export function badgeFor(
  operator: { readonly name: string } | null,
  done: number,
  total: number,
  lang: Lang,
  fallbackTitle: string,
): Badge {
  const text = operator ? badgeText(done, total) : '';
  if (!operator || !text) return { text: '', color: BADGE_COLORS.progress, title: fallbackTitle };
  return {
    text,
    color: done >= total ? BADGE_COLORS.complete : BADGE_COLORS.progress,
    title: t(lang, 'bg.badge.title', { operator: operator.name, done: Math.min(done, total), total }),
  };
}

/**
 * The badge of a tab whose page kept removing the on-page guide (utils/worker-lost.ts): the title says so
 * and where the checklist is, and a badge with no count shows "!", so that there is something to see.
 */
export function withLostGuide(badge: Badge, note: string): Badge {
  return { ...badge, text: badge.text || '!', title: `${badge.title}\n${note}` };
}

/** The host of a tab's URL, or null when there is none (no URL, or a URL the browser hid from us). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? hostname : null;
  } catch {
    return null;
  }
}
