// Steps after the request was filed. A person who believes it worked but never checks can be billed later,
// lose the balance refund, or leave a live number that still receives their codes.
import type { Step } from './schema';
import { WRITTEN } from './dates';

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
      en: 'Check the final bill and the refund',
      ru: 'Проверьте итоговый счёт и возврат средств',
      kk: 'Соңғы шот пен қаражаттың қайтарылуын тексеріңіз',
      'zh-CN': '核对最后一期账单和余额退款',
    },
    detail: {
      en: 'Make sure no charges appear after the termination date and that the remaining balance was returned as promised. If not, contact the operator with your proof.',
      ru: 'Убедитесь, что после даты расторжения не было начислений, а остаток на балансе вернули, как обещали. Если нет\u00a0— обратитесь к оператору с подтверждениями.',
      kk: 'Шарт бұзылған күннен кейін ақы алынбағанына және баланстағы қалдық уәде етілгендей қайтарылғанына көз жеткізіңіз. Олай болмаса, растау деректеріңізбен операторға жүгініңіз.',
      'zh-CN': '确认注销日期之后没有新的扣费，剩余余额也已按承诺退还。如有问题，带上凭证联系运营商。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
    topics: ['refund'],
  },
  {
    id: 'after-check-disconnected',
    title: {
      en: 'Check the number is really disconnected',
      ru: 'Убедитесь, что номер действительно отключён',
      kk: 'Нөмірдің шынымен өшірілгенін тексеріңіз',
      'zh-CN': '确认号码确实已注销',
    },
    detail: {
      en: 'A few days later, call the number from another phone and check again how many numbers are registered to your IIN. If it is still active or still on your IIN, go back to the operator with your proof.',
      ru: 'Через несколько дней позвоните на номер с другого телефона и снова проверьте, сколько номеров зарегистрировано на ваш ИИН. Если номер ещё работает или числится за вами, обратитесь к оператору с подтверждениями.',
      kk: 'Бірнеше күннен кейін басқа телефоннан нөмірге қоңырау шалып, ЖСН-іңізге қанша нөмір тіркелгенін қайта тексеріңіз. Нөмір әлі жұмыс істеп тұрса немесе сіздің атыңызда болса, растау деректеріңізбен операторға қайта барыңыз.',
      'zh-CN': '几天后用另一部手机拨打该号码，并再次查询您 IIN 名下登记的号码数量。如果号码仍能接通或仍登记在您名下，请携带凭证再次联系运营商。',
    },
    channel: 'self',
    sources: [],
    verified: WRITTEN,
    confidence: 'general',
    topics: ['termination'],
  },
];
