// Steps after the request was filed. A person who believes it worked but never checks can be billed later,
// lose the balance refund, or leave a live number that still receives their codes.
import type { Step } from './schema';
import { STORED_COPIES_READ, WRITTEN } from './dates';
import { KCELL_REFUND_NEWS } from './kcell-jsc';

export const AFTER_STEPS: readonly Step[] = [
  {
    id: 'after-keep-confirmation',
    title: {
      en: 'Keep the confirmation',
      ru: 'Сохраните подтверждение',
      kk: 'Растауды сақтаңыз',
      'zh-CN': '保存确认信息',
    },
    detail: {
      en: 'Keep your copy of the application, any confirmation you are given (paper or message), and note the request number, date and office under “Your proof” in this checklist.',
      ru: 'Сохраните свой экземпляр заявления, любое выданное вам подтверждение (бумагу или сообщение) и запишите номер обращения, дату и офис в разделе «Ваши подтверждения» этого списка.',
      kk: 'Өтініштің өз данаңызды, берілген кез келген растауды (қағаз немесе хабарлама) сақтап, өтініш нөмірін, күнін және кеңсені осы тізімнің «Растау деректеріңіз» бөліміне жазыңыз.',
      'zh-CN': '保留申请书副本和对方提供的任何确认材料（纸质单据或消息），并在本清单的“您的凭证”部分记下受理编号、日期和营业厅。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
    topics: ['termination'],
  },
  {
    id: 'after-check-final-bill',
    title: {
      en: 'Check the final bill and any refund',
      ru: 'Проверьте итоговый счёт и возврат средств, если он был',
      kk: 'Соңғы шот пен қаражаттың қайтарылуын тексеріңіз',
      'zh-CN': '核对最后一期账单及可能的余额退款',
    },
    detail: {
      en: 'Make sure no charges appear after the termination date. If the operator said your remaining balance would be returned, check that it was: the only refund rule found is in a 2016 Kcell notice. If something is wrong, contact the operator with your proof.',
      ru: 'Убедитесь, что после даты расторжения не было начислений. Если оператор сказал, что вернёт остаток на балансе, проверьте, что его вернули: о возврате нашлось только уведомление Kcell 2016\u00a0года. Если что-то не так, обратитесь к оператору с подтверждениями.',
      kk: 'Шарт бұзылған күннен кейін ақы алынбағанына көз жеткізіңіз. Оператор баланстағы қалдықты қайтаратынын айтса, оның қайтарылғанын тексеріңіз: қайтару туралы тек Kcell-дің 2016\u00a0жылғы хабарламасы табылды. Бірдеңе дұрыс болмаса, растау деректеріңізбен операторға жүгініңіз.',
      'zh-CN': '确认注销日期之后没有新的扣费。如果运营商说过会退还剩余余额，请核对是否已退还：关于退款，只查到 Kcell 2016 年的一则通知。如有问题，带上凭证联系运营商。',
    },
    channel: 'self',
    // General advice that names the one refund rule found: the notice it names is linked, so a reader can
    // check it (it showed no link and "Written", task 132); its stored copy was read on STORED_COPIES_READ.
    sources: [KCELL_REFUND_NEWS],
    verified: STORED_COPIES_READ,
    confidence: 'general',
    topics: ['refund'],
  },
  {
    id: 'after-check-disconnected',
    reminderAsks: true,
    title: {
      en: 'Check the number is really disconnected',
      ru: 'Убедитесь, что номер действительно отключён',
      kk: 'Нөмірдің шынымен өшірілгенін тексеріңіз',
      'zh-CN': '确认号码确实已注销',
    },
    detail: {
      en: 'A few days later, call the number from another phone. If you could see how many numbers are registered to your IIN (see the step before you started), check that again. If the number is still active or still on your IIN, go back to the operator with your proof.',
      ru: 'Через несколько дней позвоните на номер с другого телефона. Если вам удалось узнать, сколько номеров зарегистрировано на ваш ИИН (см. шаг перед началом), проверьте это снова. Если номер ещё работает или числится за вами, обратитесь к оператору с подтверждениями.',
      kk: 'Бірнеше күннен кейін басқа телефоннан нөмірге қоңырау шалыңыз. ЖСН-іңізге қанша нөмір тіркелгенін біле алған болсаңыз (бастар алдындағы қадамды қараңыз), мұны қайта тексеріңіз. Нөмір әлі жұмыс істеп тұрса немесе сіздің атыңызда болса, растау деректеріңізбен операторға қайта барыңыз.',
      'zh-CN': '几天后用另一部手机拨打该号码。如果您之前查到了 IIN 名下登记的号码数量（见开始前的那一步），请再查一次。如果号码仍能接通或仍登记在您名下，请携带凭证再次联系运营商。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
    topics: ['termination'],
  },
];
