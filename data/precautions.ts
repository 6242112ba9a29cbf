// Steps to take before any operator is asked to end the contract. Most harm happens here: a number that
// still receives bank, Kaspi or eGov codes after it is given to a stranger, or a debt that blocks the exit.
// Shared by every operator; operator-specific facts live in data/operators/.
import type { Step } from './schema';
import { RESEARCH_READ, STORED_COPIES_READ, WRITTEN } from './dates';

export const PRECAUTIONS: readonly Step[] = [
  {
    id: 'before-backup',
    title: {
      en: 'Back up contacts and SMS',
      ru: 'Сделайте резервную копию контактов и SMS',
      kk: 'Контактілер мен SMS-тің сақтық көшірмесін жасаңыз',
      'zh-CN': '备份联系人和短信',
    },
    detail: {
      en: 'Copy contacts and any SMS you still need from the SIM card to the phone or a cloud account. If you hand the SIM in or it stops working, what was stored only on it may be lost.',
      ru: 'Перенесите контакты и нужные SMS с SIM-карты в память телефона или в облачный аккаунт. Если вы сдадите SIM-карту или она перестанет работать, то, что хранилось только на ней, может пропасть.',
      kk: 'Қажетті контактілер мен SMS хабарламаларды SIM-картадан телефон жадына немесе бұлттық аккаунтқа көшіріңіз. SIM-картаны тапсырсаңыз немесе ол істемей қалса, тек онда сақталған деректер жоғалуы мүмкін.',
      'zh-CN': '把 SIM 卡里的联系人和仍需要的短信复制到手机或云端账户。如果交回 SIM 卡或卡片无法使用，只存在卡上的数据可能会丢失。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
  },
  {
    id: 'before-list-iin-numbers',
    title: {
      en: 'Check how many numbers are registered to your IIN',
      ru: 'Проверьте, сколько номеров зарегистрировано на ваш ИИН',
      kk: 'ЖСН-іңізге қанша нөмір тіркелгенін тексеріңіз',
      'zh-CN': '查询您的个人识别号（IIN / ИИН）名下登记了多少个号码',
    },
    detail: {
      en: 'The registered owner answers for a number. A 2019 news report says the ministry launched a service that shows how many numbers are registered to your IIN; whether it still runs was not checked. If you have no IIN, skip the check. Either way, note every number you want to give up, so none is forgotten.',
      ru: 'За номер отвечает тот, на кого он зарегистрирован. По сообщению СМИ 2019\u00a0года, министерство запустило сервис, который показывает, сколько номеров оформлено на ваш ИИН; работает ли он сейчас, не проверялось. Если ИИН у вас нет, пропустите проверку. В любом случае запишите все номера, от которых хотите отказаться, чтобы не забыть ни одного.',
      kk: 'Нөмір үшін ол кімге тіркелсе, сол жауап береді. БАҚ-тағы 2019\u00a0жылғы хабарламаға сәйкес, министрлік ЖСН-іңізге қанша нөмір тіркелгенін көрсететін сервисті іске қосқан; ол қазір жұмыс істей ме, тексерілген жоқ. ЖСН-іңіз болмаса, бұл тексеруді өткізіп жіберіңіз. Қалай болғанда да, бас тартқыңыз келетін барлық нөмірді жазып алыңыз, біреуі де ұмыт қалмасын.',
      'zh-CN': '号码由登记人负责。据 2019 年的媒体报道，主管部门推出了一项服务，可显示您的 IIN 名下登记了多少个号码；该服务现在是否仍在运行，未经核实。如果您没有 IIN，可跳过这项查询。无论如何，都请把所有要注销的号码记下来，以免遗漏。',
    },
    channel: 'website',
    sources: [
      // Sputnik, 30 Oct 2019: the head of the ministry's telecoms committee says the ministry launched a
      // service that tells, among other things, how many numbers are registered to your name by IIN. A news
      // report of its launch, not the service itself: the text gives the year and does not say it still runs.
      'https://sputnik.kz/amp/20191030/telefon-nomer-tirkeu-11898972.html',
      // Zakon.kz: "if someone uses a number registered to you, you are responsible for it".
      'https://www.zakon.kz/sovety/4991547',
    ],
    verified: STORED_COPIES_READ,
    confidence: 'third-party',
  },
  {
    id: 'before-move-egov',
    title: {
      en: 'Move eGov to another number',
      ru: 'Привяжите eGov к другому номеру',
      kk: 'eGov-ты басқа нөмірге байланыстырыңыз',
      'zh-CN': '把 eGov 改绑到其他号码',
    },
    detail: {
      en: 'eGov, Kazakhstan’s e-government portal (egov.kz), sends its SMS codes (for example, to reissue a digital signature) to the number in the mobile citizens database. Have your new number put there before the old one is disconnected; how to change it was not found. A news report says non-residents are not in this database; if eGov sends you codes on this number all the same, move it too.',
      ru: 'eGov\u00a0— портал электронного правительства Казахстана (egov.kz)\u00a0— присылает SMS-коды (например, для перевыпуска ЭЦП) на номер из Базы мобильных граждан. Позаботьтесь, чтобы до отключения старого номера там уже был указан новый; как его сменить, найти не удалось. Согласно публикации в СМИ, нерезидентов в этой базе нет; но если eGov всё же присылает вам коды на этот номер, смените и его.',
      kk: 'eGov\u00a0— Қазақстанның электрондық үкімет порталы (egov.kz)\u00a0— SMS кодтарды (мысалы, ЭЦҚ-ны қайта шығару үшін) мобильді азаматтар базасындағы нөмірге жібереді. Ескі нөмір өшірілмей тұрып, сол базада жаңа нөміріңіз тұруы керек; оны қалай өзгертуге болатыны табылмады. БАҚ-тағы бір хабарламаға сәйкес, резидент еместер бұл базада жоқ; бірақ eGov сізге бұл нөмірге код жіберіп жүрсе, оны да ауыстырыңыз.',
      'zh-CN': 'eGov（哈萨克斯坦电子政府门户网站 egov.kz）会把短信验证码发送到“移动公民数据库”里登记的号码，例如重新签发电子数字签名（ЭЦП）时需要的验证码。请在旧号码注销之前，让数据库中登记的号码换成新号码；未找到更换方法。据媒体报道，非居民不在该数据库中；但如果 eGov 仍向这个号码发送验证码，也请一并更换。',
    },
    channel: 'website',
    sources: ['https://news.mail.ru/society/69233276/'],
    verified: RESEARCH_READ,
    confidence: 'third-party',
    service: 'egov',
  },
  {
    id: 'before-move-kaspi',
    title: {
      en: 'Change the phone number in Kaspi.kz',
      ru: 'Смените номер телефона в Kaspi.kz',
      kk: 'Kaspi.kz қосымшасында телефон нөмірін ауыстырыңыз',
      'zh-CN': '在 Kaspi.kz 中更换手机号',
    },
    detail: {
      en: 'Kaspi.kz is Kaspi Bank’s app for payments, banking and shopping, widely used in Kazakhstan. If Kaspi sends you codes on this number, change it in Kaspi first. In the Kaspi.kz app, whose menus the source names in Russian: «Сервисы» (services) → «Вход/Регистрация» (sign-in/registration) → «Настройки» (settings) → «Изменить номер телефона» (change phone number).',
      ru: 'Kaspi.kz\u00a0— приложение Kaspi Bank для платежей, банковских услуг и покупок, которым в Казахстане пользуются многие. Если Kaspi присылает коды на этот номер, заранее смените его в Kaspi. В приложении Kaspi.kz: «Сервисы» → «Вход/Регистрация» → «Настройки» → «Изменить номер телефона».',
      kk: 'Kaspi.kz\u00a0— Kaspi Bank-тің төлем жасауға, банк қызметтеріне және сауда жасауға арналған қосымшасы; оны Қазақстанда көп адам қолданады. Kaspi осы нөмірге код жіберсе, оны Kaspi-де алдын ала ауыстырыңыз. Kaspi.kz қосымшасында (дереккөзде мәзір атаулары орысша берілген): «Сервисы» (Сервистер) → «Вход/Регистрация» (Кіру/Тіркелу) → «Настройки» (Баптаулар) → «Изменить номер телефона» (Телефон нөмірін өзгерту).',
      'zh-CN': 'Kaspi.kz 是 Kaspi Bank 的支付、银行和购物应用，在哈萨克斯坦使用广泛。如果 Kaspi 向这个号码发送验证码，请提前在 Kaspi 中更换。在 Kaspi.kz 应用中（来源给出的是俄语菜单名）依次进入：«Сервисы»（服务）→ «Вход/Регистрация»（登录/注册）→ «Настройки»（设置）→ «Изменить номер телефона»（更改手机号）。',
    },
    channel: 'app',
    // The detail's first sentence says what Kaspi.kz is, for a reader new to Kazakhstan: general knowledge,
    // not from this source (which gives the menu path), as eGov's step says what eGov is.
    sources: ['https://guide.kaspi.kz/client/ru/auto_credit/seller/receiving_the_money/q13934'],
    verified: RESEARCH_READ,
    confidence: 'official',
    service: 'kaspi',
  },
  {
    id: 'before-move-banks-2fa',
    title: {
      en: 'Move banks, messengers and two-factor logins',
      ru: 'Смените номер в банках, мессенджерах и для двухфакторного входа',
      kk: 'Банктерде, мессенджерлерде және екі факторлы аутентификацияда нөмірді ауыстырыңыз',
      'zh-CN': '把银行、通讯软件和两步验证换绑到新号码',
    },
    detail: {
      en: 'Change the number in every bank, messenger (WhatsApp, Telegram, WeChat…), e-mail account and service that sends you login codes. Once the number goes to someone else, those codes would reach a stranger.',
      ru: 'Смените номер во всех банках, мессенджерах (WhatsApp, Telegram, WeChat…), почте и сервисах, которые присылают коды для входа. Когда номер перейдёт другому человеку, коды будут приходить постороннему.',
      kk: 'Барлық банкте, мессенджерде (WhatsApp, Telegram, WeChat…), электрондық поштада және кіру кодтарын жіберетін сервистерде нөмірді ауыстырыңыз. Нөмір басқа адамға өткенде, кодтар бөгде адамға келеді.',
      'zh-CN': '在所有银行、即时通讯软件（WhatsApp、Telegram、微信等）、邮箱以及会发送登录验证码的服务中更换手机号，解除绑定。号码一旦被分配给别人，验证码就会发到陌生人手里。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
  },
  {
    id: 'before-settle-debts',
    title: {
      en: 'Settle debts and device instalments',
      ru: 'Погасите долги и рассрочку за устройство',
      kk: 'Берешек пен құрылғы үшін бөліп төлеуді жабыңыз',
      'zh-CN': '结清欠费和设备分期',
    },
    detail: {
      en: 'Pay any unpaid bill and any remaining device instalment first. For example, activ’s porting page (activ is a Kcell JSC brand) says that, to avoid a refusal to port your number, you should make sure you owe the operator you are leaving nothing for its services or for a device bought from it; and Kcell’s router offer says leaving that contract early means paying the rest of the device’s value.',
      ru: 'Сначала погасите задолженность по счетам и остаток рассрочки за устройство, если они есть. Например, на странице activ о переносе номера (activ\u00a0— бренд АО «Кселл») сказано: чтобы избежать отказа в переносе номера, убедитесь, что у вас нет долга за услуги связи и обязательств по покупке устройства у оператора, от которого вы уходите; а в предложении Kcell с роутером сказано, что при досрочном выходе из этого контракта нужно доплатить оставшуюся стоимость устройства.',
      kk: 'Төленбеген шот немесе құрылғы үшін бөліп төлеудің қалдығы болса, алдымен соларды төлеңіз. Мысалы, activ-тің нөмірді көшіру бетінде (activ\u00a0— «Кселл» АҚ бренді) нөмірді көшіруден бас тартуды болдырмау үшін кетіп бара жатқан операторыңыз алдында байланыс қызметтері немесе одан сатып алынған құрылғы бойынша берешегіңіз болмауы керек екені айтылған; ал Kcell-дің роутер ұсынысында сол келісімшарттан мерзімінен бұрын шыққанда құрылғының қалған құнын төлеу керектігі айтылған.',
      'zh-CN': '先结清所有欠费和剩余的设备分期款。例如，activ（Kcell 股份公司旗下品牌）的携号转网页面提示：为避免被拒绝办理携号转网，请确认您在要离开的运营商处没有通信服务欠费，也没有购买设备的未了义务；Kcell 的路由器优惠页面还说明，提前退出该合约需付清设备的剩余价款。',
    },
    channel: 'self',
    sources: ['https://activ.kz/kk/service/mnp', 'https://www.kcell.kz/en/product/router'],
    verified: RESEARCH_READ,
    confidence: 'general',
    topics: ['termination', 'porting'],
  },
  {
    id: 'before-balance-refund',
    title: {
      en: 'Plan the refund of your balance',
      ru: 'Подготовьтесь к возврату остатка на балансе',
      kk: 'Баланстағы қалдықты қайтаруға дайындалыңыз',
      'zh-CN': '准备申请退还余额',
    },
    detail: {
      en: 'Note your current balance and ask the operator how the remainder is returned when the contract ends (to a card or bank account, and which form). For example, a 2016 Kcell notice says the remaining balance is returned when a contract is terminated; ask at the office whether this still applies.',
      ru: 'Запишите текущий баланс и спросите оператора, как возвращается остаток при расторжении договора (на карту или счёт, по какому заявлению). Например, в уведомлении Kcell 2016\u00a0года сказано, что при расторжении договора остаток средств возвращается; спросите в офисе, действует ли это сейчас.',
      kk: 'Ағымдағы балансты жазып алып, шарт бұзылғанда қалдық қалай қайтарылатынын оператордан сұраңыз (картаға ма, банк шотына ма, қандай бланк толтыру керек). Мысалы, Kcell-дің 2016\u00a0жылғы хабарламасында шарт бұзылғанда қалған қаражат қайтарылатыны айтылған; бұл әлі де қолданыла ма, кеңседен сұраңыз.',
      'zh-CN': '记下当前余额，并询问运营商注销时余额如何退还（退到银行卡还是银行账户、需填写什么申请）。例如，Kcell 2016 年的一则通知称，解除合同时会退还剩余余额；请在营业厅询问这一做法是否仍然适用。',
    },
    channel: 'self',
    sources: ['https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list'],
    verified: RESEARCH_READ,
    confidence: 'general',
    topics: ['refund'],
  },
  {
    id: 'before-keep-proof',
    title: {
      en: 'Get ready to keep proof',
      ru: 'Приготовьтесь сохранять подтверждения',
      kk: 'Растау деректерін сақтауға дайындалыңыз',
      'zh-CN': '准备好保留凭证',
    },
    detail: {
      en: 'Keep every receipt, signed application and confirmation, and take photos of them. Write down the request number, date and office. Without proof, a later bill or dispute is hard to answer.',
      ru: 'Сохраняйте все чеки, подписанные заявления и подтверждения, сфотографируйте их. Запишите номер обращения, дату и офис. Без подтверждений трудно оспорить счёт, который придёт позже, или отстоять свою позицию в споре.',
      kk: 'Барлық түбіртекті, қол қойылған өтініш пен растауды сақтап, суретке түсіріп алыңыз. Өтініш нөмірін, күнін және кеңсені жазып қойыңыз. Растау деректері болмаса, кейінгі шотқа немесе дауға жауап беру қиын.',
      'zh-CN': '保留所有收据、已签字的申请和确认单据，并拍照留存；记下受理编号、日期和办理的营业厅。没有凭证，日后出现账单或纠纷时很难说清。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
  },
];
