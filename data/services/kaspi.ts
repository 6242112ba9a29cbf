// Kaspi may send codes to the number being given up; its guide documents where the number is changed
// in the app.
import type { ServiceGuide } from '../schema';
import { RESEARCH_READ, WRITTEN } from '../dates';

export const kaspi: ServiceGuide = {
  kind: 'service',
  id: 'kaspi',
  name: 'Kaspi.kz',
  hosts: ['kaspi.kz'],
  steps: [
    {
      id: 'kaspi-change-number',
      title: {
        en: 'Change the phone number in the Kaspi.kz app',
        ru: 'Смените номер телефона в приложении Kaspi.kz',
        kk: 'Kaspi.kz қосымшасында телефон нөмірін ауыстырыңыз',
        'zh-CN': '在 Kaspi.kz 应用中更换手机号',
      },
      detail: {
        en: 'In the app (the source names its menus in Russian) open «Сервисы» (services), then «Вход/Регистрация» (sign-in/registration), then «Настройки» (settings), and choose «Изменить номер телефона» (change phone number). Do it while the old number still receives SMS.',
        ru: 'В приложении откройте «Сервисы» → «Вход/Регистрация» → «Настройки» и выберите «Изменить номер телефона». Сделайте это, пока на старый номер ещё приходят SMS.',
        kk: 'Қосымшада (дереккөзде мәзір атаулары орысша берілген) «Сервисы» (Сервистер) → «Вход/Регистрация» (Кіру/Тіркелу) → «Настройки» (Баптаулар) бөлімін ашып, «Изменить номер телефона» (Телефон нөмірін өзгерту) тармағын таңдаңыз. Мұны ескі нөмірге SMS әлі келіп тұрғанда жасаңыз.',
        'zh-CN': '在应用中（来源给出的是俄语菜单名）依次打开 «Сервисы»（服务）→ «Вход/Регистрация»（登录/注册）→ «Настройки»（设置），选择 «Изменить номер телефона»（更改手机号）。请趁旧号码还能收到短信时操作。',
      },
      channel: 'app',
      // Kaspi's own guide, an answer in its car-loan sellers' section ("no SMS?", updated 17.06.2022) that
      // gives the app's path for a changed number; re-read 2026-11-27 after a review asked whether it was.
      sources: ['https://guide.kaspi.kz/client/ru/auto_credit/seller/receiving_the_money/q13934'],
      verified: RESEARCH_READ,
      confidence: 'official',
      topics: ['phone-change'],
      targets: [{ labels: ['Изменить номер телефона'] }],
    },
    {
      id: 'kaspi-verify-number',
      title: {
        en: 'Check that Kaspi codes reach the new number',
        ru: 'Проверьте, что коды Kaspi приходят на новый номер',
        kk: 'Kaspi кодтары жаңа нөмірге келетінін тексеріңіз',
        'zh-CN': '确认 Kaspi 验证码发送到新号码',
      },
      detail: {
        en: 'Sign out and sign in again, or make a small action that needs a code, and see that the code arrives on the new number.',
        ru: 'Выйдите и войдите снова или выполните действие, требующее кода, и убедитесь, что код пришёл на новый номер.',
        kk: 'Шығып, қайта кіріңіз немесе код қажет ететін әрекет жасап, код жаңа нөмірге келгеніне көз жеткізіңіз.',
        'zh-CN': '退出后重新登录，或进行一次需要验证码的操作，确认验证码发到了新号码。',
      },
      channel: 'app',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      topics: ['phone-change'],
    },
  ],
  notFound: [
    {
      what: {
        en: 'A way to change the number on the kaspi.kz website (only the app path was found)',
        ru: 'Способ сменить номер на сайте kaspi.kz (найден только путь в приложении)',
        kk: 'kaspi.kz сайтында нөмірді ауыстыру тәсілі (тек қосымшадағы жол табылды)',
        'zh-CN': '在 kaspi.kz 网站上更换号码的方式（只找到了应用内的路径）',
      },
      verified: RESEARCH_READ,
    },
  ],
};
