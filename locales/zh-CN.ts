import type { UiStrings } from './en';

export const zhCN: UiStrings = {
  'app.name': 'SimExit KZ',
  'lang.label': '语言',
  'route.online': '线上',
  'route.office': '营业厅办理',
  'progress.count': '已完成 {done}/{total}',
  'confidence.official': '官方来源',
  'confidence.third-party': '第三方来源——请核实',
  'confidence.general': '一般性建议',
  'step.verified': '核实于 {date}',
  'step.source': '来源',
  'step.inPerson': '需前往营业厅',
  'step.needsId': '携带身份证件',
  'notFound.title': '未找到',
  // overlay
  // popup
};
