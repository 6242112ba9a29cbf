// `?full`: a language with every string, for the popup's rarely shown parts (notices, the reset
// dialog, the export), whose strings its first load leaves out (entrypoints/popup/build.ts).
declare module '@/locales/en?full' {
  export { en } from '@/locales/en';
}
declare module '@/locales/ru?full' {
  export { ru } from '@/locales/ru';
}
declare module '@/locales/kk?full' {
  export { kk } from '@/locales/kk';
}
declare module '@/locales/zh-CN?full' {
  export { zhCN } from '@/locales/zh-CN';
}
