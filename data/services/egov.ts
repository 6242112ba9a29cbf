// eGov sends SMS codes (e.g. to reissue a digital signature) to the number in the mobile citizens
// database, so that number must be changed before the old one can reach a stranger.
import type { ServiceGuide } from '../schema';
import { RESEARCH_READ, WRITTEN } from '../dates';

const DATABASE = {
  labels: ['База мобильных граждан', 'Мобильді азаматтар базасы', 'Mobile citizens database'],
};

export const egov: ServiceGuide = {
  kind: 'service',
  id: 'egov',
  name: 'eGov',
  hosts: ['egov.kz'],
  steps: [
    {
      id: 'egov-check-number',
      title: {
        en: 'Find the number eGov sends codes to',
        ru: 'Узнайте, на какой номер eGov присылает коды',
        kk: 'eGov кодтарды қай нөмірге жіберетінін біліңіз',
        'zh-CN': '查看 eGov 向哪个号码发送验证码',
      },
      detail: {
        en: 'eGov sends SMS codes, for example to reissue a digital signature (EDS), to the number registered in the mobile citizens database. Where to see or change that number was not found in the research; as general advice, sign in to egov.kz and look for the database there. Non-residents are not in it.',
        ru: 'eGov присылает SMS-коды, например для перевыпуска ЭЦП, на номер, зарегистрированный в Базе мобильных граждан. Где посмотреть или изменить этот номер, выяснить не удалось; общий совет\u00a0— войдите на egov.kz и поищите базу там. Нерезидентов в ней нет.',
        kk: 'eGov SMS кодтарды, мысалы ЭЦҚ-ны қайта шығару үшін, мобильді азаматтар базасында тіркелген нөмірге жібереді. Бұл нөмірді қай жерден көруге не өзгертуге болатыны зерттеу барысында табылмады; жалпы кеңес\u00a0— egov.kz сайтына кіріп, базаны сол жерден іздеңіз. Резидент еместер онда жоқ.',
        'zh-CN': 'eGov 会把短信验证码发送到“移动公民数据库”中登记的号码，例如重新签发电子数字签名（ЭЦП）时需要的验证码。调研中未查明在哪里查看或更改该号码；一般性建议：登录 egov.kz 后在网站上查找该数据库。非居民不在其中。',
      },
      channel: 'website',
      sources: ['https://news.mail.ru/society/69233276/'],
      verified: RESEARCH_READ,
      confidence: 'third-party',
      topics: ['phone-change'],
      targets: [DATABASE],
    },
    {
      id: 'egov-change-number',
      title: {
        en: 'Register your new number in the mobile citizens database',
        ru: 'Зарегистрируйте новый номер в Базе мобильных граждан',
        kk: 'Жаңа нөміріңізді мобильді азаматтар базасына тіркеңіз',
        'zh-CN': '在移动公民数据库中登记新号码',
      },
      detail: {
        en: 'Do this while the old number still works. Follow the instructions eGov shows in that section; eGov’s own page on changing the number was not among the pages the research read, so this is general guidance.',
        ru: 'Сделайте это, пока старый номер ещё работает. Следуйте инструкциям eGov в этом разделе; собственную страницу eGov о смене номера мы не изучали, поэтому это общий совет.',
        kk: 'Мұны ескі нөмір әлі жұмыс істеп тұрғанда жасаңыз. Сол бөлімде eGov көрсететін нұсқауларды орындаңыз; eGov-тың нөмірді ауыстыру туралы өз беті зерттелген беттердің арасында болмады, сондықтан бұл жалпы кеңес.',
        'zh-CN': '请趁旧号码还能使用时办理，并按照 eGov 在该栏目中的提示操作。本项目调研时没有读到 eGov 关于更换号码的官方页面，因此这是一般性建议。',
      },
      channel: 'website',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      topics: ['phone-change'],
      targets: [DATABASE],
    },
    {
      id: 'egov-verify-number',
      title: {
        en: 'Check that eGov shows the new number',
        ru: 'Проверьте, что в eGov указан новый номер',
        kk: 'eGov-та жаңа нөмір көрсетілгенін тексеріңіз',
        'zh-CN': '确认 eGov 中显示的是新号码',
      },
      detail: {
        en: 'Open the mobile citizens database again and make sure it lists the new number, not the one you are giving up.',
        ru: 'Снова откройте Базу мобильных граждан и убедитесь, что в ней указан новый номер, а не тот, от которого вы отказываетесь.',
        kk: 'Мобильді азаматтар базасын қайта ашып, онда бас тартатын нөміріңіз емес, жаңа нөмір көрсетілгеніне көз жеткізіңіз.',
        'zh-CN': '再次打开移动公民数据库，确认其中登记的是新号码，而不是要注销的旧号码。',
      },
      channel: 'website',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      topics: ['phone-change'],
    },
  ],
  notFound: [
    {
      what: {
        en: 'eGov’s own instructions for changing the number in the mobile citizens database',
        ru: 'Собственная инструкция eGov по смене номера в Базе мобильных граждан',
        kk: 'eGov-тың мобильді азаматтар базасындағы нөмірді ауыстыру туралы өз нұсқаулығы',
        'zh-CN': 'eGov 官方关于在移动公民数据库中更换号码的说明',
      },
      verified: RESEARCH_READ,
    },
  ],
};
