// activ: temporary general procedure until the cited guide lands (same ids will stay).
import type { OperatorGuide } from '../schema';
import { generalSteps, terminationNotFound } from '../general';

const steps = generalSteps('activ', 'activ');

export const activ: OperatorGuide = {
  kind: 'operator',
  id: 'activ',
  name: 'activ',
  company: { en: 'activ', ru: 'activ', kk: 'activ', 'zh-CN': 'activ' },
  hosts: ['activ.kz'],
  support: [],
  routes: {
    online: [steps.checkAccount, steps.prepareId, steps.submit, steps.refund],
    office: [steps.prepareId, steps.submit, steps.refund],
  },
  notFound: terminationNotFound('activ'),
  summary: {
    en: 'General guidance only, for now.',
    ru: 'Пока только общие советы.',
    kk: 'Әзірге тек жалпы кеңестер.',
    'zh-CN': '目前仅为一般性建议。',
  },
};
