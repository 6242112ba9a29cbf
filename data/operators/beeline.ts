// Beeline: temporary general procedure until the cited guide lands (same ids will stay).
import type { OperatorGuide } from '../schema';
import { generalSteps, terminationNotFound } from '../general';

const steps = generalSteps('beeline', 'Beeline');

export const beeline: OperatorGuide = {
  kind: 'operator',
  id: 'beeline',
  name: 'Beeline',
  company: { en: 'Beeline', ru: 'Beeline', kk: 'Beeline', 'zh-CN': 'Beeline' },
  hosts: ['beeline.kz'],
  support: [],
  routes: {
    online: [steps.checkAccount, steps.prepareId, steps.submit, steps.refund],
    office: [steps.prepareId, steps.submit, steps.refund],
  },
  notFound: terminationNotFound('Beeline'),
  summary: {
    en: 'General guidance only, for now.',
    ru: 'Пока только общие советы.',
    kk: 'Әзірге тек жалпы кеңестер.',
    'zh-CN': '目前仅为一般性建议。',
  },
};
