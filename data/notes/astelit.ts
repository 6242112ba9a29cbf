// The source article named "Astelit (also called Taraztel)" as a Kazakhstan operator. It is not: users who
// search for it must be told the truth and pointed to the operators that exist.
import type { NoteEntry } from '../schema';
import { STORED_COPIES_READ } from '../dates';

export const astelit: NoteEntry = {
  kind: 'note',
  id: 'astelit-taraztel',
  names: ['Astelit', 'Taraztel', 'life:)', 'lifecell', 'Астелит', 'Таразтел'],
  explanation: {
    en: 'Astelit is not a Kazakhstan operator. It is the Ukrainian company behind life:) (now lifecell), named in the sources found as a Turkcell subsidiary. No operator called “Taraztel” was found. Officials speak of three mobile operators in Kazakhstan; they are Kcell (with its brand activ), Beeline, and Tele2/ALTEL. IZI, which this guide also covers, is a mobile brand run through its app; the sources found do not say whose network it uses. To give up your number, choose in the list above the operator named on your SIM card, your contract or your payment receipts.',
    ru: 'Astelit\u00a0— не казахстанский оператор. Это украинская компания, стоящая за life:) (сейчас lifecell); в найденных источниках она названа дочерней компанией Turkcell. Оператора под названием «Taraztel» найти не удалось. Официальные лица говорят о трёх мобильных операторах в Казахстане; это Kcell (вместе с брендом activ), Beeline и Tele2/ALTEL. IZI, о котором тоже рассказано в SimExit KZ,\u00a0— мобильный бренд, работающий через своё приложение; в найденных источниках не сказано, чью сеть он использует. Чтобы отказаться от номера, выберите в списке выше оператора, название которого указано на SIM-карте, в договоре или в чеках об оплате.',
    kk: 'Astelit\u00a0— Қазақстан операторы емес. Бұл life:) (қазір lifecell) брендінің артындағы украиналық компания; табылған дереккөздерде ол Turkcell-дің еншілес ұйымы деп аталады. «Taraztel» деген оператор табылмады. Ресми тұлғалар Қазақстандағы үш ұялы байланыс операторы туралы айтады; олар\u00a0— Kcell (activ брендімен бірге), Beeline және Tele2/ALTEL. Осы нұсқаулықта бар IZI\u00a0— өз қосымшасы арқылы жұмыс істейтін ұялы байланыс бренді; табылған дереккөздерде оның кімнің желісін пайдаланатыны айтылмаған. Нөмірден бас тарту үшін жоғарыдағы тізімнен SIM-картада, шартта немесе төлем түбіртектерінде аты жазылған операторды таңдаңыз.',
    'zh-CN': 'Astelit 不是哈萨克斯坦的运营商，而是乌克兰 life:)（现名 lifecell）背后的公司，已找到的来源称其为土耳其 Turkcell 的子公司。也未找到名为“Taraztel”的运营商。官方称哈萨克斯坦有三家移动运营商。它们是：Kcell（含旗下品牌 activ）、Beeline 和 Tele2/ALTEL。本指南也涵盖的 IZI 是通过自家应用运营的移动品牌；已找到的来源未说明它使用哪家的网络。如需注销号码，请在上方列表中选择您的 SIM 卡、合同或缴费凭证上写明的运营商。',
  },
  // What each stored page says, read on STORED_COPIES_READ:
  sources: [
    // "Turkcell's subsidiary Astelit … operates in Ukraine under the life:) brand" (2015).
    'https://developingtelecoms.com/telecom-technology/wireless-networks/5728-turkcell-subsidiary-astelit-wins-3g-licence-in-ukraine.html',
    // Interfax-Ukraine: «ООО "Астелит", 100% которого принадлежит … Turkcell», about life:). Cited at the
    // address of the stored copy (the research gave it without the page's ending).
    'https://ru.interfax.com.ua/news/economic/295150-amp.html',
    // "(now lifecell)": Turkcell "operates under the name Lifecell in Ukraine"; its markets are Turkey,
    // Ukraine, Belarus and North Cyprus (2022), so no Kazakhstan.
    'https://www.hurriyetdailynews.com/turkcells-central-network-in-ukraine-intact-172476',
    // The vice-minister: "if three operators do not satisfy our citizens…" (the count).
    'https://ust-kamenogorsk.city/novosti-kazakhstana/20234',
    // A report of the same statement names them: Kcell, Beeline and the new owner of Tele2 and Altel,
    // "the three existing operators". The list in the text is still ours, from the companies behind the
    // brands (each operator's `company` in data/operators/): Kcell and Tele2 as the market's operators,
    // Beeline's own offer naming KaR-Tel, Tele2 and ALTEL as one company.
    'https://inbusinesskz.com/en/news/mne-tozhe-ne-nravitsya-vitse-ministr-t-1',
    'https://kz.kursiv.media/en/2025-03-19/engk-nknk-kazakhstans-anti-monopoly-agency-wants-kcell-to-follow-tele2s-suit-and-go-private',
    'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta',
    'https://astanatimes.com/2024/06/qatar-holding-to-purchase-kazakh-telecommunications-company/',
    // IZI: its app lets a user "order IZI SIM-card …, register and activate a SIM-card"; whose network, not said.
    'https://content.izi.me/binaries/content/assets/docs/manual-en.html',
  ],
  verified: STORED_COPIES_READ,
};
