// Where the worker may load the overlay: only into the tab and frame of the content script that
// asked, and only when that frame shows an operator's page. Nothing in the message itself can
// name a tab, so no page and no other part of the extension can aim the overlay elsewhere.
import type { OperatorId } from '@/data/schema';
import { operatorForHost } from './detect';
import { isOperatorId } from './progress';
import type { SenderLike } from './messages';

/** The unlisted script with the overlay UI (entrypoints/overlay), as the build writes it. */
export const OVERLAY_SCRIPT = '/overlay.js';

export interface InjectionTarget {
  readonly tabId: number;
  readonly frameId: number;
  /** Whose site the frame shows. */
  readonly operator: OperatorId;
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The sender's own tab and frame when it is a content script on an operator's https page; otherwise null. */
export function injectionTarget(sender: SenderLike | null | undefined): InjectionTarget | null {
  const tabId = sender?.tab?.id;
  const frameId = sender?.frameId;
  if (!isId(tabId) || !isId(frameId) || typeof sender?.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const operator = operatorForHost(url.hostname);
  if (url.protocol !== 'https:' || !isOperatorId(operator)) return null;
  return { tabId, frameId, operator };
}
