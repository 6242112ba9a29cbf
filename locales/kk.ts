import type { UiStrings } from './en';

export const kk: UiStrings = {
  'app.name': 'SimExit KZ',
  'lang.label': 'Тіл',
  'route.online': 'Онлайн',
  'route.office': 'Кеңседе',
  'progress.count': '{total} ішінен {done} орындалды',
  'confidence.official': 'Ресми дереккөз',
  'confidence.third-party': 'Бөгде дереккөз — тексеріңіз',
  'confidence.general': 'Жалпы ұсыным',
  'step.verified': 'Тексерілді: {date}',
  'step.source': 'Дереккөз',
  'step.inPerson': 'Кеңсеге бару керек',
  'step.needsId': 'Жеке куәлікті алыңыз',
  'notFound.title': 'Табылмады',
  // overlay
  // popup
};
