// Which operator the popup opens on. The active tab wins because the user is looking at that
// operator's site right now; then the exit already in progress; otherwise the popup asks.
// Hosts come straight from data/hosts.ts (not the page classifier, whose phrase tables would ride
// along into the popup's bundle for one host lookup).
import { OPERATOR_HOSTS } from '@/data/hosts';
import { OPERATOR_IDS, type OperatorId } from '@/data/schema';
import { isOperatorId } from '@/utils/progress';

export type PickReason = 'query' | 'tab' | 'in-progress' | 'ask';

export interface OperatorPick {
  operator: OperatorId | null;
  reason: PickReason;
}

export interface PickInput {
  /** `?operator=` of the popup page: an explicit request (links from the overlay, tests). */
  requested?: string | null;
  /** URL of the active tab; Chrome only reveals it for hosts we have permission for (the operators). */
  tabUrl?: string | null;
  /** `settings.operator`: the exit in progress. */
  inProgress?: OperatorId | null;
}

/** The operator whose site a URL is on; services (eGov, Kaspi) and other sites give null. */
export function operatorOfUrl(url: string | null | undefined): OperatorId | null {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  const lower = host.toLowerCase();
  for (const operator of OPERATOR_IDS) {
    if (OPERATOR_HOSTS[operator].some((base) => lower === base || lower.endsWith(`.${base}`))) return operator;
  }
  return null;
}

export function pickOperator({ requested, tabUrl, inProgress }: PickInput): OperatorPick {
  if (isOperatorId(requested)) return { operator: requested, reason: 'query' };
  const fromTab = operatorOfUrl(tabUrl);
  if (fromTab) return { operator: fromTab, reason: 'tab' };
  if (isOperatorId(inProgress)) return { operator: inProgress, reason: 'in-progress' };
  return { operator: null, reason: 'ask' };
}
