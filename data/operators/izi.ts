// IZI: temporary general procedure until the cited guide lands (same ids will stay).
import type { OperatorGuide } from '../schema';
import { generalSteps, terminationNotFound } from '../general';

const steps = generalSteps('izi', 'IZI');

export const izi: OperatorGuide = {
  kind: 'operator',
  id: 'izi',
  name: 'IZI',
  company: { en: 'IZI', ru: 'IZI', kk: 'IZI', 'zh-CN': 'IZI' },
  hosts: ['izi.me'],
  support: [],
  routes: {
    online: [steps.checkAccount, steps.prepareId, steps.submit, steps.refund],
    office: [steps.prepareId, steps.submit, steps.refund],
  },
  notFound: terminationNotFound('IZI'),
  summary: {
    en: 'General guidance only, for now.',
    ru: 'Пока только общие советы.',
    kk: 'Әзірге тек жалпы кеңестер.',
    'zh-CN': '目前仅为一般性建议。',
  },
};
