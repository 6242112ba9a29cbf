import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { OperatorId, Topic } from '@/data/schema';
import { classifyPage, operatorForHost, scorePage, TEXT_PREFIX_CHARS, urlOutlook } from '@/utils/detect';

interface Row {
  name: string;
  url: string;
  title: string;
  text: string;
  operator: OperatorId | null;
  /** The topics the overlay should show for the page; [] = not a support page. */
  topics: Topic[];
}

const sorted = (topics: readonly Topic[]) => [...topics].sort();

function check(rows: Row[]) {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = classifyPage(row.url, row.title, row.text);
    expect(result.operator).toBe(row.operator);
    expect(result.relevant).toBe(row.topics.length > 0);
    expect(sorted(result.topics)).toEqual(sorted(row.topics));
  });
}

describe('operatorForHost', () => {
  it.each([
    ['kcell.kz', 'kcell'],
    ['www.kcell.kz', 'kcell'],
    ['my.kcell.kz', 'kcell'],
    ['b2b.kcell.kz', 'kcell'],
    ['investors.kcell.kz', 'kcell'],
    ['WWW.KCELL.KZ', 'kcell'],
    ['www.kcell.kz.', 'kcell'],
    ['activ.kz', 'activ'],
    ['smart.activ.kz', 'activ'],
    ['izi.me', 'izi'],
    ['content.izi.me', 'izi'],
    ['www.beeline.kz', 'beeline'],
    ['new.beeline.kz', 'beeline'],
    ['shop.beeline.kz', 'beeline'],
    ['my.beeline.kz', 'beeline'],
    ['tele2.kz', 'tele2'],
    ['iself.tele2.kz', 'tele2'],
    ['altel.kz', 'altel'],
    ['altel4g.kz', 'altel'],
    ['www.altel4g.kz', 'altel'],
  ] as const)('%s → %s', (host, site) => {
    expect(operatorForHost(host)).toBe(site);
  });

  it.each([
    'kcell.kz.evil.com',
    'notkcell.kz',
    'kcellkz.com',
    'tele2.ru',
    't2.ru',
    'beeline.ru',
    'altel.kz.example',
    'kcell.kz@evil.com',
    'evil.com',
    'kz',
    '',
    '..kcell.kz',
    'kcell .kz',
    '127.0.0.1',
    'xn--kcell-9ua.kz',
    // Services the precautions send users to: the manifest reaches no page there, so none is classified.
    'egov.kz',
    'www.egov.kz',
    'kaspi.kz',
    'guide.kaspi.kz',
  ])('%s → null', (host) => {
    expect(operatorForHost(host)).toBeNull();
  });
});

describe('classifyPage: operator comes from the URL host, safely parsed', () => {
  it.each([
    ['http://www.kcell.kz/ru/product/documents', 'kcell'],
    ['https://www.kcell.kz/ru/product/documents', 'kcell'],
    ['https://www.kcell.kz:443/ru', 'kcell'],
    ['https://kcell.kz@evil.com/ru/product/documents', null],
    ['https://evil.com/kcell.kz', null],
    ['https://evil.com/?u=https://kcell.kz', null],
    ['https://kcell.kz.evil.com/ru', null],
    ['https://tele2.ru/help/rastorzhenie', null],
    ['not a url', null],
    ['', null],
    ['javascript:alert(1)//kcell.kz', null],
    ['file:///www.kcell.kz/ru', null],
    ['ftp://kcell.kz/', null],
  ] as const)('%s → %s', (url, site) => {
    expect(classifyPage(url, 'Расторжение договора', 'Расторжение договора').operator).toBe(site);
  });

  it('never calls a page on another site relevant, whatever it says', () => {
    const result = classifyPage(
      'https://tele2.ru/help/contract',
      'Расторжение договора',
      'Как расторгнуть договор и перенести номер. Заявление на расторжение договора.',
    );
    expect(result).toEqual({ operator: null, relevant: false, topics: [] });
  });
});

describe('Kcell', () => {
  check([
    {
      // The stored page's 29th form, with the spelling Kcell uses (ресімдеу, not рәсімдеу), on its own.
      name: 'kk: re-registration spelled «ресімдеу», as Kcell spells it',
      url: 'https://www.kcell.kz/kk/product/documents',
      title: 'Құжаттар',
      text: 'Өтініш үлгілері. Ата-ана келісімі. Қайта ресімдеу туралы хабарлама.',
      operator: 'kcell',
      topics: ['documents', 're-registration'],
    },
    {
      name: 'kk forms page lists the termination, re-registration and refund forms',
      url: 'https://www.kcell.kz/kk/product/documents',
      title: 'Құжаттар | Kcell',
      text: 'Өтініш бланктері. Шартты бұзу өтініші. Kcell нөмірін қайта тіркеу өтініші. Ақша қаражатын алуға келісім. Қате төлемді қайтаруға арналған өтініш. Жүктеп алу (PDF).',
      operator: 'kcell',
      topics: ['documents', 'termination', 're-registration', 'refund'],
    },
    {
      name: 'ru forms page',
      url: 'https://www.kcell.kz/ru/product/documents',
      title: 'Документы | Kcell',
      text: 'Бланки заявлений. Заявление на расторжение договора. Заявление на переоформление номера Kcell на другое лицо. Согласие на получение денежных средств. Заявление на возврат ошибочного платежа. Скачать (PDF).',
      operator: 'kcell',
      topics: ['documents', 'termination', 're-registration', 'refund'],
    },
    {
      name: 'en forms page',
      url: 'https://www.kcell.kz/en/product/documents',
      title: 'Documents | Kcell',
      text: 'Application forms. Application to terminate the contract. Application to re-register a Kcell number to another person. Consent to receive funds. Application for a refund of a mistaken payment. Download (PDF).',
      operator: 'kcell',
      topics: ['documents', 'termination', 're-registration', 'refund'],
    },
    {
      name: 'ru help page about blocking a lost SIM',
      url: 'https://www.kcell.kz/ru/service/2901/140',
      title: 'Блокировка номера при утере SIM-карты',
      text: 'Если вы потеряли телефон, заблокируйте номер, чтобы им никто не воспользовался. Позвоните в контакт-центр или обратитесь в Kcell Center с удостоверением личности. Блокировка SIM-карты бесплатна.',
      operator: 'kcell',
      topics: ['blocking'],
    },
    {
      name: 'kk personal account login (Менің Kcell)',
      url: 'https://my.kcell.kz/kk/login',
      title: 'Менің Kcell — жеке кабинет',
      text: 'Жеке кабинетке кіру. Телефон нөмірі. Уақытша құпия сөзді алу үшін 245 қысқа нөміріне SMS жіберіңіз. Кіру.',
      operator: 'kcell',
      topics: ['personal-account'],
    },
    {
      name: 'NEG en router page on a contract plan: written request and early termination mentioned',
      url: 'https://www.kcell.kz/en/product/router',
      title: 'Router | Kcell',
      text: '4G router on a contract plan for 12 months. Unlimited internet for 9 990 ₸/month. To leave the contract plan early, file a written request at a Kcell Center to terminate the contract; the remaining value of the device is due. Buy online with delivery.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG ru router page with «договор» and «заявление»',
      url: 'https://www.kcell.kz/ru/product/router',
      title: 'Роутер 4G по контракту | Kcell',
      text: 'Безлимитный интернет дома за 9 990 ₸/мес. Договор заключается на 12 месяцев. Для досрочного расторжения договора подайте письменное заявление в Kcell Center и оплатите остаток стоимости устройства.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG en 2016 news item about balance refunds is news, not a support page',
      url: 'https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list',
      title: 'Kcell will return the remaining balance after contract termination',
      text: 'Kcell subscribers will receive a refund of the remaining balance when the contract is terminated. To get the refund, apply at a Kcell Center with your ID. The refund is paid to a bank account.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG ru tariff page with call barring',
      url: 'https://www.kcell.kz/ru/product/tariffs/kcell-plus',
      title: 'Тариф Kcell Plus',
      text: 'Безлимит на Kcell, 30 ГБ за 4 990 ₸/мес. Услуга «Запрет вызовов» подключается бесплатно. Блокировка входящих вызовов в роуминге. Тариф действует по договору.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG ru roaming page mentions blocking of calls',
      url: 'https://www.kcell.kz/ru/product/roaming',
      title: 'Роуминг | Kcell',
      text: 'Подключите роуминг перед поездкой. Чтобы не тратить деньги, установите запрет вызовов или блокировку номера для исходящих вызовов за границей. 1 990 ₸ в сутки.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG b2b page about terminating corporate contracts',
      url: 'https://b2b.kcell.kz/ru/support/contract',
      title: 'Расторжение договора для корпоративных клиентов',
      text: 'Для расторжения договора юридическому лицу нужно направить письмо на фирменном бланке. Расторжение договора оформляется менеджером.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG en investor relations documents',
      url: 'https://investors.kcell.kz/en/documents',
      title: 'Documents — Kcell Investor Relations',
      text: 'Annual reports. Financial statements. Articles of association. Documents of the general meeting of shareholders.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG ru shop subdomain',
      url: 'https://shop.kcell.kz/ru/smartphones/apple-iphone-16',
      title: 'Смартфон Apple iPhone 16 — купить в рассрочку',
      text: 'Купить в рассрочку на 24 месяца. Добавить в корзину. Возврат товара в течение 14 дней.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG kk service page with passing menu mentions',
      url: 'https://www.kcell.kz/kk/service/2886/138',
      title: 'Кейінгі төлем | Kcell',
      text: 'Жеке кабинет. MNP. Кейінгі төлемді тарифтер бойынша шот айдың 1-ші күні беріледі. Қарызды уақытында төлеңіз.',
      operator: 'kcell',
      topics: [],
    },
  ]);
});

describe('activ', () => {
  check([
    {
      name: 'en FAQ: registration data and SIMs bought from someone else',
      url: 'https://activ.kz/en/article/faq',
      title: 'FAQ | activ',
      text: 'How do I change my registration data? Submit a written application with a copy of your ID card or passport at a Kcell Center. I bought a SIM card from someone else. You must re-register the number in your name at a Kcell Center.',
      operator: 'activ',
      topics: ['faq', 're-registration', 'documents'],
    },
    {
      name: 'ru FAQ',
      url: 'https://activ.kz/ru/article/faq',
      title: 'Часто задаваемые вопросы | activ',
      text: 'Как изменить регистрационные данные? Подайте письменное заявление с копией удостоверения личности в Kcell Center. Я купил SIM-карту у другого человека — нужно переоформить номер на себя.',
      operator: 'activ',
      topics: ['faq', 're-registration', 'documents'],
    },
    {
      name: 'kk FAQ',
      url: 'https://activ.kz/kk/article/faq',
      title: 'Жиі қойылатын сұрақтар | activ',
      text: 'Тіркеу деректерін қалай өзгертуге болады? Kcell Center-ге жеке куәліктің көшірмесімен жазбаша өтініш беріңіз. SIM-картаны басқа адамнан сатып алсаңыз, нөмірді өз атыңызға қайта тіркеу керек.',
      operator: 'activ',
      topics: ['faq', 're-registration', 'documents'],
    },
    {
      name: 'kk MNP page',
      url: 'https://activ.kz/kk/service/mnp',
      title: 'Нөмірді көшіру (MNP) | activ',
      text: '2016 жылғы 1 қаңтардан бастап нөмірді сақтай отырып операторды ауыстыруға болады. Kcell Center немесе Kcell Store-ға жеке куәлікпен келіңіз. Бұрынғы операторда қарыз болса, нөмірді көшіру мүмкін емес.',
      operator: 'activ',
      topics: ['porting'],
    },
    {
      name: 'ru MNP page',
      url: 'https://activ.kz/ru/service/mnp',
      title: 'Перенос номера (MNP) | activ',
      text: 'С 1 января 2016 года можно сменить оператора, сохранив свой номер. Приходите в Kcell Center или Kcell Store с удостоверением личности. Долг у прежнего оператора или неоплаченная рассрочка за устройство препятствуют переносу номера.',
      operator: 'activ',
      topics: ['porting'],
    },
    {
      name: 'en MNP page',
      url: 'https://activ.kz/en/service/mnp',
      title: 'Mobile number portability | activ',
      text: 'Since 1 January 2016 you can switch operator and keep your number. Come to a Kcell Center or Kcell Store with your ID. A debt or an unpaid device instalment at your old operator blocks the port.',
      operator: 'activ',
      topics: ['porting'],
    },
    {
      name: 'ru Мой activ personal account help',
      url: 'https://smart.activ.kz/ru/help',
      title: 'Мой activ — личный кабинет',
      text: 'Как войти в личный кабинет? Получите временный пароль по SMS и введите номер телефона. В личном кабинете можно заблокировать номер и посмотреть расходы.',
      operator: 'activ',
      topics: ['personal-account', 'blocking'],
    },
    {
      name: 'URL alone is not enough: MNP path with no title or text',
      url: 'https://activ.kz/kk/service/mnp',
      title: '',
      text: '',
      operator: 'activ',
      topics: [],
    },
    {
      name: 'NEG shop FAQ about delivery and returns of goods',
      url: 'https://activ.kz/shop/faq/delivery',
      title: 'Вопросы и ответы — доставка и возврат',
      text: 'Как вернуть товар? Возврат денег за товар производится в течение 10 дней. Доставка по Алматы бесплатно.',
      operator: 'activ',
      topics: [],
    },
    {
      name: 'NEG en tariffs page',
      url: 'https://activ.kz/en/tariffs/activ-unlim',
      title: 'activ Unlim tariff',
      text: 'Unlimited calls to activ and Kcell, 50 GB for 3 490 ₸/month. Switch to the tariff in the app. Keep your number when moving to activ.',
      operator: 'activ',
      topics: [],
    },
    {
      name: 'NEG en legal page',
      url: 'https://activ.kz/en/service/legal',
      title: 'Legal information | activ',
      text: 'activ is a trademark of Kcell JSC. Public offer contract for communication services. Privacy policy.',
      operator: 'activ',
      topics: [],
    },
  ]);
});

describe('IZI', () => {
  check([
    {
      // A made-up address in the folder of IZI's documents (its manual-en.html there is the app's user
      // agreement, below): no help word in it, so the words decide.
      name: 'en document on blocking a lost SIM (made-up address under content.izi.me)',
      url: 'https://content.izi.me/binaries/content/assets/docs/lost-sim-en.html',
      title: 'IZI: lost SIM card',
      text: 'Order a SIM card in the IZI app and activate it. Lost your phone? Block your SIM in the app: Profile → SIM card → Block SIM. You can block the number at any time and unblock it later.',
      operator: 'izi',
      topics: ['blocking'],
    },
    {
      name: 'ru help page',
      url: 'https://izi.me/ru/help',
      title: 'Вопросы и ответы | IZI',
      text: 'Как перенести номер в IZI? Перенос номера оформляется в приложении. Как заблокировать SIM-карту? В приложении откройте профиль.',
      operator: 'izi',
      topics: ['faq', 'porting', 'blocking'],
    },
    {
      name: 'kk help page',
      url: 'https://izi.me/kk/help',
      title: 'Жиі қойылатын сұрақтар | IZI',
      text: 'Нөмірді IZI-ге қалай көшіруге болады? Нөмірді көшіру қосымшада рәсімделеді. SIM-картаны қалай бұғаттауға болады?',
      operator: 'izi',
      topics: ['faq', 'porting', 'blocking'],
    },
    {
      name: 'NEG en bundles page',
      url: 'https://content.izi.me/binaries/content/assets/docs/bundles-en.html',
      title: 'IZI bundles',
      text: 'Buy a bundle of minutes and gigabytes in the app. Leftover minutes reset after 6 months without use. Bundles from 990 ₸/month. Unlimited social networks.',
      operator: 'izi',
      topics: [],
    },
    {
      name: 'NEG ru home page',
      url: 'https://izi.me/ru',
      title: 'IZI — мобильная связь в приложении',
      text: 'Закажите SIM-карту с доставкой. Пакеты от 990 ₸/мес. Безлимитные соцсети. Скачать приложение.',
      operator: 'izi',
      topics: [],
    },
  ]);
});

describe('Beeline', () => {
  check([
    {
      name: 'kk blanks page under Blanki-dokumenty',
      url: 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/blanki',
      title: 'Бланкілер мен құжаттар | Beeline Қазақстан',
      text: 'Өтініш бланктерін жүктеп алыңыз. Шартты бұзу туралы өтініш. Нөмірді басқа адамға қайта рәсімдеу өтініші. Қаражатты қайтару туралы өтініш.',
      operator: 'beeline',
      topics: ['documents', 'termination', 're-registration', 'refund'],
    },
    {
      name: 'ru blanks page',
      url: 'https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/blanki',
      title: 'Бланки документов | Beeline Казахстан',
      text: 'Скачайте бланк заявления. Заявление на расторжение договора. Заявление на переоформление номера. Заявление на возврат денежных средств.',
      operator: 'beeline',
      topics: ['documents', 'termination', 're-registration', 'refund'],
    },
    {
      name: 'kk personal-account offer under Blanki-dokumenty',
      url: 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta',
      title: '«Менің Beeline» жеке кабинетін пайдалану офертасы',
      text: 'Осы оферта «Менің Beeline» жеке кабинеті мен қосымшасын пайдалану шарттарын белгілейді. Жеке кабинетке кіру үшін уақытша құпия сөз SMS арқылы жіберіледі.',
      operator: 'beeline',
      topics: ['personal-account', 'documents'],
    },
    {
      name: 'en help page on blocking a number',
      url: 'https://beeline.kz/en/customers/help/number-block',
      title: 'How to block your number | Beeline',
      text: 'You can block your number temporarily, change your plan or terminate the contract. To block the number, visit an office with your ID, or use my.beeline.kz, or call 116. The number is kept for a year after blocking.',
      operator: 'beeline',
      topics: ['blocking', 'termination'],
    },
    {
      name: 'ru re-registration page on new.beeline.kz',
      url: 'https://new.beeline.kz/ru/support/pereoformlenie',
      title: 'Переоформление номера на другого человека',
      text: 'Если вы продаёте или дарите номер, его нужно переоформить на нового владельца. Приходите в офис вместе с новым владельцем, возьмите удостоверения личности обоих. Смена владельца номера бесплатна.',
      operator: 'beeline',
      topics: ['re-registration'],
    },
    {
      name: 'ru personal account login',
      url: 'https://my.beeline.kz/ru/login',
      title: 'Личный кабинет Beeline',
      text: 'Войти в личный кабинет. Номер телефона. Пароль. Забыли пароль? Получите временный пароль по SMS.',
      operator: 'beeline',
      topics: ['personal-account'],
    },
    {
      name: 'ru help section page: two mentions are enough under /Help/',
      url: 'https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile/lost-sim',
      title: 'Что делать, если потеряли SIM-карту | Beeline',
      text: 'Сразу заблокируйте номер: позвоните на 116 или зайдите в личный кабинет. Блокировка номера бесплатна, номер сохраняется за вами.',
      operator: 'beeline',
      topics: ['blocking'],
    },
    {
      name: 'NEG ru help index that only lists links is not yet a topic page',
      url: 'https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile',
      title: 'Помощь | Beeline Казахстан',
      text: 'Популярные вопросы. Настройка интернета. Блокировка номера. Перенос номера в Beeline. Бланки документов. Роуминг. Оплата связи.',
      operator: 'beeline',
      topics: [],
    },
    {
      name: 'NEG kk archived contract tariff page',
      url: 'https://beeline.kz/kk/products/archived/tariffs/yarkiy-za-3990-kontrakt.html',
      title: 'Жарқын 3990 (келісімшарт) | Beeline',
      text: 'Келісімшарт 3, 6 немесе 12 айға жасалады, содан кейін нөмір базалық тарифке ауысады. Шартты мерзімінен бұрын бұзған жағдайда айыппұл төленеді. Айына 3 990 ₸.',
      operator: 'beeline',
      topics: [],
    },
    {
      name: 'NEG ru archived contract tariff page',
      url: 'https://beeline.kz/ru/products/archived/tariffs/yarkiy-za-3990-kontrakt.html',
      title: 'Яркий за 3990 (контракт)',
      text: 'Контракт на 3, 6 или 12 месяцев, затем номер переходит на базовый тариф. При досрочном расторжении договора взимается неустойка. 3 990 ₸/мес.',
      operator: 'beeline',
      topics: [],
    },
    {
      name: 'NEG kk news about refunds',
      url: 'https://beeline.kz/kk/events/news/2024/qarazhat-qaytaru',
      title: 'Beeline абоненттерге қаражатты қайтарады',
      text: 'Beeline ақаулық кезінде зардап шеккен абоненттерге қаражатты қайтарады. Қаражатты қайтару автоматты түрде жүргізіледі.',
      operator: 'beeline',
      topics: [],
    },
    {
      name: 'NEG en b2b page',
      url: 'https://beeline.kz/b2b/en/mobile/contract',
      title: 'Mobile connection for business',
      text: 'Sign a contract for your company. Terminate the contract at any time with 30 days notice. Block lost SIM cards of employees in the business account.',
      operator: 'beeline',
      topics: [],
    },
    {
      name: 'NEG ru shop smartphone page',
      url: 'https://shop.beeline.kz/ru/catalog/smartphones/samsung-galaxy-a56',
      title: 'Смартфон Samsung Galaxy A56 — купить',
      text: 'Купить в рассрочку. В корзину. Перенос номера в Beeline при покупке — бесплатно.',
      operator: 'beeline',
      topics: [],
    },
  ]);
});

describe('Tele2 (no known help paths: title and text decide)', () => {
  check([
    {
      name: 'ru page titled how to terminate the contract',
      url: 'https://tele2.kz/ru/page/abonentam',
      title: 'Как расторгнуть договор | Tele2',
      text: 'Чтобы расторгнуть договор, владелец номера приходит в салон связи с удостоверением личности. Перед расторжением договора погасите задолженность. Остаток средств можно вернуть по заявлению.',
      operator: 'tele2',
      topics: ['termination', 'refund'],
    },
    {
      name: 'kk page with a neutral title whose text keeps returning to termination',
      url: 'https://tele2.kz/kk/page/abonentterge',
      title: 'Tele2 Қазақстан',
      text: 'Шартты бұзу үшін нөмір иесі жеке куәлікпен байланыс салонына келеді. Шартты бұзу алдында қарызды өтеңіз. Нөмірден бас тарту туралы өтініш салонда толтырылады.',
      operator: 'tele2',
      topics: ['termination', 'documents'],
    },
    {
      name: 'en page on blocking a number',
      url: 'https://tele2.kz/en/page/block',
      title: 'Blocking a number | Tele2',
      text: 'If your SIM card is lost or stolen, block the number straight away. Call the contact centre or visit a Tele2 shop with your ID. Blocking is free.',
      operator: 'tele2',
      topics: ['blocking'],
    },
    {
      name: 'ru re-registration page',
      url: 'https://tele2.kz/ru/page/pereoformlenie',
      title: 'Переоформление номера | Tele2',
      text: 'Переоформить номер на другого человека можно в салоне связи. Нужны оба владельца и их удостоверения личности.',
      operator: 'tele2',
      topics: ['re-registration'],
    },
    {
      name: 'NEG ru tariffs',
      url: 'https://tele2.kz/ru/tariffs',
      title: 'Тарифы Tele2',
      text: 'Мой онлайн: безлимит на соцсети, 25 ГБ за 2 990 ₸/мес. Мой разговор: 500 минут за 1 990 ₸/мес. Перейти на тариф можно в личном кабинете.',
      operator: 'tele2',
      topics: [],
    },
    {
      name: 'NEG ru tariff with neutral URL and title, many prices, «договор» once',
      url: 'https://tele2.kz/ru/main/moy-online',
      title: 'Мой онлайн+ | Tele2',
      text: 'Безлимит на соцсети. 25 ГБ за 2 990 ₸/мес. 50 ГБ за 3 990 ₸/мес. 100 ГБ за 4 990 ₸/мес. Безлимит на Tele2 и ALTEL. Условия в договоре. Купить SIM-карту.',
      operator: 'tele2',
      topics: [],
    },
    {
      name: 'NEG kk tariffs with a neutral URL',
      url: 'https://tele2.kz/kk/main',
      title: 'Тарифтер | Tele2',
      text: 'Менің онлайным: 25 ГБ айына 2 990 ₸. Тарифке жеке кабинетте ауысуға болады. Нөмірді көшіру тегін.',
      operator: 'tele2',
      topics: [],
    },
    {
      name: 'NEG ru travel page titled roaming, neutral URL, mentions blocking the number',
      url: 'https://tele2.kz/ru/page/travel',
      title: 'Роуминг для путешествий | Tele2',
      text: 'Перед поездкой подключите роуминг. Чтобы не тратить деньги, можно заблокировать номер на время поездки. Блокировка номера в роуминге бесплатна.',
      operator: 'tele2',
      topics: [],
    },
    {
      name: 'NEG en about page mentions terminating a contract once',
      url: 'https://tele2.kz/en/page/about',
      title: 'About Tele2 Kazakhstan',
      text: 'Tele2 and ALTEL are brands of one company. We serve millions of subscribers. You can terminate the contract in any shop.',
      operator: 'tele2',
      topics: [],
    },
    {
      name: 'NEG ru home page whose menu repeats personal account and porting',
      url: 'https://tele2.kz/ru',
      title: 'Tele2 Казахстан — мобильная связь',
      text: 'Личный кабинет. Тарифы. Услуги. Перенос номера. Роуминг. Личный кабинет. Выгодные предложения: 25 ГБ за 2 990 ₸/мес. Приложение Мой Tele2. Личный кабинет.',
      operator: 'tele2',
      topics: [],
    },
  ]);
});

describe('ALTEL (altel.kz and altel4g.kz)', () => {
  check([
    {
      name: 'ru porting page',
      url: 'https://altel.kz/ru/page/mnp-info',
      title: 'Переход в ALTEL со своим номером',
      text: 'Перенос номера в ALTEL бесплатный. Подайте заявку в салоне связи с удостоверением личности. Перенос номера занимает до 8 дней.',
      operator: 'altel',
      topics: ['porting'],
    },
    {
      name: 'kk blocking page',
      url: 'https://altel.kz/kk/page/bugattau',
      title: 'Нөмірді бұғаттау | ALTEL',
      text: 'SIM-карта жоғалса, нөмірді дереу бұғаттаңыз. Байланыс орталығына қоңырау шалыңыз немесе жеке куәлікпен салонға келіңіз.',
      operator: 'altel',
      topics: ['blocking'],
    },
    {
      name: 'en refund page',
      url: 'https://altel.kz/en/page/balance',
      title: 'Refund of the balance | ALTEL',
      text: 'When you terminate the contract, you can ask for a refund of the remaining balance. Bring your ID to an ALTEL shop and fill in an application form.',
      operator: 'altel',
      topics: ['refund', 'termination', 'documents'],
    },
    {
      name: 'NEG ru altel4g tariffs',
      url: 'https://altel4g.kz/tariffs/unlim',
      title: 'Безлимитный интернет ALTEL 4G',
      text: 'Безлимитный интернет за 5 990 ₸/мес. Роутер в подарок. Подключение по договору.',
      operator: 'altel',
      topics: [],
    },
    {
      name: 'NEG ru altel4g home with prices',
      url: 'https://altel4g.kz/',
      title: 'ALTEL 4G — интернет для дома',
      text: 'Безлимит 4 990 ₸/мес. Безлимит+ 6 990 ₸/мес. Купить роутер. Безлимитный интернет по всему Казахстану. Личный кабинет.',
      operator: 'altel',
      topics: [],
    },
    {
      name: 'NEG en roaming page mentions call barring and blocking',
      url: 'https://altel.kz/en/roaming',
      title: 'Roaming | ALTEL',
      text: 'Turn on roaming before your trip. Call barring blocks outgoing calls abroad. Block the number for calls in roaming to avoid charges.',
      operator: 'altel',
      topics: [],
    },
  ]);
});

describe('stored copies of real operator pages (search corpus "pages"; each text cut to the sentences that decide it, title = the page heading)', () => {
  check([
    {
      name: 'activ en FAQ: registration details and number ownership (activ.kz/en/article/faq)',
      url: 'https://activ.kz/en/article/faq',
      title: 'Frequently asked questions',
      text: 'Frequently asked questions. How can I find out what Tariff Plan I am on? To find out your tariff plan, dial *166*2#. How can I change my tariff plan? Submit your Application attached with a copy of your ID card or passport to any of our service points. What documents are required to have my registration details changed? Apply to Kcell Center or your dealer point with a written request for change of customer details attached with supporting documents. If I let someone use my mobile number does this involve the change of mobile number ownership? If you sell or let other persons use your SIM, such other persons must have it registered in their names.',
      operator: 'activ',
      topics: ['faq', 're-registration', 'documents'],
    },
    {
      name: 'Kcell kk forms list (www.kcell.kz/kk/product/documents)',
      url: 'https://www.kcell.kz/kk/product/documents',
      title: 'Құжаттар',
      text: 'Құжаттар. Өтініш үлгілері. 1-қосымша нөмірді қайта тіркеуге өтініш; Жабдықты қабылдау-қайтару актісі; Ағымдағы шотқа қате аударылған қаражатты қайтару; Қате төлемді ауыстыруға өтініш; Роумингті қосуға кепілдік хат; SIM ауыстыру, пайдаланушы атына тіркеу; Шартты бұзу өтініші; Kcell нөмірін қайта тіркеу; Телефонды бұғаттан шығару; Өтініштің еркін нысаны; Қайта тіркеуге келісім; Қаражат алуға келісім; Қайта ресімдеу туралы хабарлама;',
      operator: 'kcell',
      topics: ['documents', 're-registration', 'refund', 'termination'],
    },
    {
      name: 'activ kk number porting (activ.kz/kk/service/mnp)',
      url: 'https://activ.kz/kk/service/mnp',
      title: 'Өз нөміріңмен activ-ке көшу',
      text: 'Өз нөміріңмен activ-ке көшу. FAQ. MNP деген не? MNP қызметі (Mobile Number Portability, мобильді нөмірді аудару) қолданыстағы мобильді нөмірді сақтай отырып, абонентке ұялы байланыс операторыны ауыстыруға мүмкіндік береді. Нөмірді аудару процесі Kcell Center абоненттік бөлімшелерінде жүзеге асырылады.',
      operator: 'activ',
      topics: ['porting'],
    },
    {
      name: 'NEG Kcell en data service: "your Mobile Contract is terminated" (www.kcell.kz/en/service/mobile-internet-plus)',
      url: 'https://www.kcell.kz/en/service/mobile-internet-plus',
      title: 'Mobile Internet+',
      text: 'Daily 10 MB data allowance 29 ₸. Any unused data will roll over and be valid until: you unsubscribe from the service; your Mobile Contract is terminated; this promotional offer expires. How to unsubscribe: text stop to 2002.',
      operator: 'kcell',
      topics: [],
    },
    {
      name: 'NEG activ en data pack: "no refund" when the service is terminated (activ.kz/en/service/yearly-plus)',
      url: 'https://activ.kz/en/service/yearly-plus',
      title: 'Yearly Internet +',
      text: 'Data allowance 20 GB × 12 month. Fee 14 970 ₸. If payment was not collected after 92 days, Service will be terminated. To activate Service, dial *444*8*1#, or by written statement in Kcell Center. If Service is terminated by subscriber, there will be no refund for any unused portion of data allowance.',
      operator: 'activ',
      topics: [],
    },
    {
      name: 'NEG activ en contract-phone terms: a written request to change the tariff (activ.kz/en/service/3877/2559)',
      url: 'https://activ.kz/en/service/3877/2559',
      title: 'Terms and conditions',
      text: 'Under the contract, the Company shall transfer the device to the customer after the upfront payment. The contract phone comes with Basic+ as default tariff. To change the tariff, customer must submit a written request to that effect.',
      operator: 'activ',
      topics: [],
    },
    {
      name: 'NEG IZI en app user agreement, at an address that says "manual" (content.izi.me/binaries/content/assets/docs/manual-en.html)',
      url: 'https://content.izi.me/binaries/content/assets/docs/manual-en.html',
      title: 'IZI app User agreement',
      text: 'IZI app User agreement. This IZI Mobile App User Agreement describes the terms and conditions of use of IZI Mobile Application. 1.1. IZI App allows the User to order IZI SIM-card, join the Public Contract on IZI cellular communication services, register and activate a SIM-card, manage services, including roaming, top up. IZI App provides the User with an opportunity to: order a SIM card; select a number; register and activate a SIM card; select and pay for services; communicate with the Operator\'s support service; check the balance; change a SIM card.',
      operator: 'izi',
      topics: [],
    },
    {
      name: 'NEG Beeline kk call barring (beeline.kz/kk/products/services/zapreshhenie-vizovov)',
      url: 'https://beeline.kz/kk/products/services/zapreshhenie-vizovov',
      title: 'Қоңырауға тыйым салу',
      text: 'Қоңырауға тыйым салу. Құны 0 ₸. Барлық кіріс қоңырауға тыйым салу. Барлық шығыс қоңырауға тыйым салу. Роумингте кіріс қоңырауларға тыйым.',
      operator: 'beeline',
      topics: [],
    },
  ]);
});

describe('Chinese, mixed scripts, emoji, RTL noise and invisible characters', () => {
  check([
    {
      name: 'zh Kcell termination page (browser-translated)',
      url: 'https://www.kcell.kz/ru/service/2900/139',
      title: '解除合同 | Kcell',
      text: '如何解除合同：本人携带身份证前往 Kcell Center 提交书面申请。解除合同前请结清欠款，并申请退还余额。',
      operator: 'kcell',
      topics: ['termination', 'refund'],
    },
    {
      name: 'zh Beeline porting page',
      url: 'https://beeline.kz/zh/customers/help/mnp',
      title: '携号转网 | Beeline',
      text: '携号转网：保留您的号码更换运营商。请携带身份证前往营业厅。',
      operator: 'beeline',
      topics: ['porting'],
    },
    {
      name: 'NEG zh Tele2 tariffs page',
      url: 'https://tele2.kz/zh/main',
      title: '资费套餐 | Tele2',
      text: '每月 2990 坚戈，25 GB 流量。解除合同请前往营业厅。',
      operator: 'tele2',
      topics: [],
    },
    {
      name: 'mixed ru/en with emoji in title and text',
      url: 'https://tele2.kz/ru/page/block-en',
      title: '📵 Блокировка номера / Block your number 🔒',
      text: '🔒 Потеряли SIM-карту? Заблокируйте номер 👉 в салоне связи. Lost your SIM? Block the number 🙏 at a Tele2 shop.',
      operator: 'tele2',
      topics: ['blocking'],
    },
    {
      name: 'RTL noise around a relevant kk page',
      url: 'https://altel.kz/kk/page/shart',
      title: 'Шартты бұзу | ALTEL',
      text: 'مرحبا بكم \u202Eשלום עולם\u202C Шартты бұзу үшін жеке куәлікпен салонға келіңіз. \u200Fإنهاء العقد\u200F Шартты бұзу туралы өтініш толтырылады.',
      operator: 'altel',
      topics: ['termination', 'documents'],
    },
    {
      name: 'NEG RTL noise on a tariff page stays a tariff page',
      url: 'https://altel.kz/ru/tariffs',
      title: 'Тарифы ALTEL',
      text: '\u202Bإنهاء العقد\u202C Безлимит 2 990 ₸/мес. ‏שלום‏ Перенос номера бесплатно.',
      operator: 'altel',
      topics: [],
    },
    {
      name: 'Kazakh typed with the Latin i',
      url: 'https://tele2.kz/kk/page/qayta-tirkeu',
      title: 'Нөмірді қайта тiркеу | Tele2',
      text: 'Нөмiрдi басқа адамға қайта тiркеу үшiн екі иесі де жеке куәлiкпен келедi.',
      operator: 'tele2',
      topics: ['re-registration'],
    },
    {
      name: 'soft hyphens and zero-width spaces inside words',
      url: 'https://beeline.kz/ru/customers/help/contract',
      title: 'Растор\u00adже\u00adние до\u200bго\u200bво\u00adра',
      text: 'Растор\u00adжение договора оформляется в офисе. Для растор\u00adжения договора возьмите удостоверение личности.',
      operator: 'beeline',
      topics: ['termination'],
    },
    {
      name: 'upper-case title and ё',
      url: 'https://activ.kz/ru/article/vozvrat',
      title: 'ВОЗВРАТ ОСТАТКА СРЕДСТВ',
      text: 'Возврат остатка средств возможен после расторжения договора. Её оформляют по заявлению владельца.',
      operator: 'activ',
      topics: ['refund', 'termination'],
    },
  ]);
});

describe('ordering', () => {
  it('lists the topic the page is mainly about first', () => {
    const result = classifyPage(
      'https://activ.kz/ru/service/mnp',
      'Перенос номера (MNP) | activ',
      'Перенос номера выполняется в Kcell Center. Для переноса номера нужно заявление.',
    );
    expect(result.topics[0]).toBe('porting');
  });
});

describe('bounded work on huge pages', () => {
  const url = 'https://tele2.kz/ru/page/x';
  const title = 'Tele2 Казахстан';
  const filler =
    'Абонент может обратиться в салон связи с удостоверением личности. The subscriber may visit any shop. Абонент жеке куәлігімен салонға келеді. ';
  const repeat = (size: number) => filler.repeat(Math.ceil(size / filler.length)).slice(0, size);

  it('reads only the first TEXT_PREFIX_CHARS characters of the text', () => {
    const relevantTail = ' Расторжение договора. Как расторгнуть договор. Заявление на расторжение договора.';
    const before = repeat(TEXT_PREFIX_CHARS - 5) + relevantTail;
    const inside = repeat(TEXT_PREFIX_CHARS - relevantTail.length - 10) + relevantTail;
    expect(classifyPage(url, title, inside).relevant).toBe(true);
    // The same phrases starting just before the bound are cut off and no longer count.
    expect(classifyPage(url, title, before)).toEqual(classifyPage(url, title, repeat(TEXT_PREFIX_CHARS)));
    expect(classifyPage(url, title, before).relevant).toBe(false);
    // Far beyond the bound nothing counts either.
    expect(classifyPage(url, title, repeat(1_000_000) + relevantTail).relevant).toBe(false);
  });
});

describe('price words in the text count against a page, more as there are more', () => {
  it('up to 3 cost nothing, 4 to 7 one point, 8 or more two', () => {
    const penalty = (n: number) => scorePage('https://www.kcell.kz/ru/about', 'Kcell', 'тариф 1000 ₸ в месяц. '.repeat(n)).penalty;
    expect([0, 3, 4, 7, 8, 20].map(penalty)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('classifyPage reads the title and text only while they can change its answer', () => {
  // It stops once the URL (a sales path) or the title rules a page out, where scorePage reads
  // everything; the two must always agree, or a shortcut has changed a page's classification.
  const urls = [
    'https://www.kcell.kz/ru/product/tariffs',
    'https://www.kcell.kz/ru/product/tariffs/documents',
    'https://shop.activ.kz/ru/faq',
    'https://investors.kcell.kz/en/documents',
    'https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/blanki',
    'https://tele2.kz/ru/page/x',
    'https://altel.kz/kk/news/mnp',
    'https://example.com/help',
  ];
  const titles = [
    '',
    'Тарифы | Kcell',
    'Документы | Kcell',
    'Помощь',
    'Как расторгнуть договор',
    'FAQ — часто задаваемые вопросы',
    'Как изменить номер телефона?',
    'Новости: возврат средств',
  ];
  const texts = [
    '',
    'Расторжение договора. Заявление на расторжение договора. Бланки заявлений. Часто задаваемые вопросы. Вопросы и ответы.',
    'Безлимит за 2 990 ₸/мес. Купить в корзину. 4 990 ₸/мес. Безлимитный интернет. Расторжение договора.',
    'Изменить номер телефона в базе мобильных граждан. Обновите номер телефона. Номер телефона.',
    'Перенос номера. Блокировка номера. Возврат остатка средств. Refund. Шартты бұзу. Өтініш.'.repeat(3),
  ];

  it.each(urls)('%s: same answer as the full scores, whatever the title and text', (url) => {
    for (const title of titles) {
      for (const text of texts) {
        const { operator, scores } = scorePage(url, title, text);
        const relevant = (scores[0]?.score ?? 0) >= 3;
        const topics = relevant ? scores.filter((s) => s.score >= 1).map((s) => s.topic) : [];
        expect(classifyPage(url, title, text), `${title} / ${text.slice(0, 40)}`).toEqual({ operator, relevant, topics });
      }
    }
  });

  it('includes pages of every kind: ruled out by the URL, by the title, by the text, and relevant', () => {
    const seen = new Set<string>();
    for (const url of urls) {
      for (const title of titles) {
        for (const text of texts) {
          const { scores } = scorePage(url, title, text);
          const best = scores[0]?.score ?? 0;
          seen.add(best >= 3 ? 'relevant' : best > -3 ? 'close' : 'far');
        }
      }
    }
    expect([...seen].sort()).toEqual(['close', 'far', 'relevant']);
  });

  it('collects the page text (given as a function) only when the URL and title leave the answer open', () => {
    const text = texts[1]!;
    const sampled: string[] = [];
    const lazily = (url: string, title: string) =>
      classifyPage(url, title, () => {
        sampled.push(url);
        return text;
      });
    // A tariff page is ruled out by its path: the content script never walks its DOM.
    expect(lazily('https://www.kcell.kz/ru/product/tariffs', 'Тарифы | Kcell').relevant).toBe(false);
    expect(sampled).toEqual([]);
    // A help page needs its words, and the answer is the one the text itself gives.
    const url = 'https://www.kcell.kz/ru/product/documents';
    expect(lazily(url, 'Документы | Kcell')).toEqual(classifyPage(url, 'Документы | Kcell', text));
    expect(sampled).toEqual([url]);
  });
});

describe('urlOutlook: what the address alone says (the detector wakes the worker early, or loads the overlay ahead)', () => {
  it.each([
    ['https://www.kcell.kz/kk/product/documents', 'help'],
    ['https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/blanki', 'help'],
    ['https://activ.kz/en/article/faq', 'help'],
    // "manual" in the address, but the page is IZI's app user agreement: nothing is loaded ahead for it.
    ['https://content.izi.me/binaries/content/assets/docs/manual-en.html', 'open'],
    ['https://www.kcell.kz/ru/support', 'help'],
    ['https://tele2.kz/ru/page/abonentam', 'open'],
    ['https://www.beeline.kz/ru', 'open'],
    ['https://www.kcell.kz/', 'open'],
    ['https://www.kcell.kz/ru/product/tariffs', 'ruled-out'],
    ['https://example.org/support/terminate', 'ruled-out'],
    // A stored ALTEL tariff page: its section is transliterated «тарифные планы».
    ['https://altel4g.kz/tarifnye-plany/city/megacity', 'ruled-out'],
    ['not a url', 'ruled-out'],
  ])('%s → %s', (url, expected) => {
    expect(urlOutlook(url)).toBe(expected);
  });

  it('never rules out a page the full classification finds relevant', () => {
    const url = 'https://tele2.kz/ru/page/abonentam';
    expect(classifyPage(url, 'Как расторгнуть договор | Tele2', 'расторжение договора, возврат остатка').relevant).toBe(true);
    expect(urlOutlook(url)).not.toBe('ruled-out');
  });

  it('rules out no page of the detection fixtures that is relevant', () => {
    for (const line of readFileSync('tests/fixtures/detect/pages.jsonl', 'utf8').split('\n').filter(Boolean)) {
      const page = JSON.parse(line) as { url: string; title: string; text: string };
      if (classifyPage(page.url, page.title, page.text).relevant) expect(urlOutlook(page.url), page.url).not.toBe('ruled-out');
    }
  });
});
