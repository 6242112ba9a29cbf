import type { UiStrings } from './en';

export const ru: UiStrings = {
  'app.name': 'SimExit KZ',
  'lang.label': 'Язык',
  'route.online': 'Онлайн',
  'route.office': 'В офисе',
  'progress.count': 'Выполнено {done} из {total}',
  'confidence.official': 'Официальный источник',
  'confidence.third-party': 'Сторонний источник — проверьте',
  'confidence.general': 'Общая рекомендация',
  'step.verified': 'Проверено {date}',
  'step.source': 'Источник',
  'step.inPerson': 'Нужен визит в офис',
  'step.needsId': 'Возьмите удостоверение личности',
  'notFound.title': 'Не найдено',
  // overlay
  // popup
};
