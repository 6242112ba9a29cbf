// The summary page's guide and checklist, asked of the worker (`guide/get`) as the popup's are
// (utils/live-state.ts): the page bundles no guide data of its own.
import type { OperatorId } from '@/data/schema';
import { sendToWorker } from '@/utils/client';
import { errorText } from '@/utils/error-text';
import type { ResponseMap } from '@/utils/messages';

export type GuideAnswer = Pick<ResponseMap['guide/get'], 'guide' | 'sections' | 'route'>;

/** The worker could not be reached (sendToWorker gave up), or it could not compose the checklist. */
export class GuideUnavailable extends Error {}

/** The operator's guide and the checklist of the stored route, as the worker composed them. */
export async function askGuide(operator: OperatorId): Promise<GuideAnswer> {
  let response;
  try {
    // Retried while the worker is asleep or starting (utils/client.ts).
    response = await sendToWorker({ type: 'guide/get', operator });
  } catch (error) {
    throw new GuideUnavailable(errorText(error));
  }
  if (!response.ok) throw new GuideUnavailable(response.error);
  if (!Array.isArray(response.sections)) throw new GuideUnavailable('guide/get: unexpected response');
  const { guide, sections, route } = response;
  return { guide, sections, route };
}
