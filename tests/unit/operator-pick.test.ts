import { describe, expect, it } from 'vitest';
import { OPERATORS } from '@/data';
import { OPERATOR_CHOICES } from '@/utils/operator-names';
import { operatorOfUrl, pickOperator } from '@/utils/operator-pick';
import { isOperatorId } from '@/utils/progress';

describe('operatorOfUrl', () => {
  it.each([
    ['https://www.kcell.kz/ru/product/documents', 'kcell'],
    ['https://kcell.kz/', 'kcell'],
    ['https://www.activ.kz/kk/support', 'activ'],
    ['https://izi.me/ru/faq', 'izi'],
    ['https://beeline.kz/ru/customers/help', 'beeline'],
    ['https://tele2.kz/en/', 'tele2'],
    ['https://altel.kz/', 'altel'],
    ['https://shop.altel4g.kz/', 'altel'],
    ['http://www.beeline.kz/', 'beeline'],
  ])('%s → %s', (url, operator) => expect(operatorOfUrl(url)).toBe(operator));

  it.each([
    // Services are sites we guide on, not operators to leave.
    'https://egov.kz/cms/ru',
    'https://kaspi.kz/shop',
    'https://example.com/',
    'https://kcell.kz.example.com/',
    'https://notkcell.kz/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'chrome://newtab/',
    'file:///home/user/kcell.kz',
    'not a url',
    '',
    null,
    undefined,
  ])('%s → null', (url) => expect(operatorOfUrl(url)).toBeNull());
});

describe('OPERATOR_CHOICES', () => {
  it('lists every operator of the data, with its name, in display order', () => {
    expect(OPERATOR_CHOICES).toEqual(OPERATORS.map(({ id, name }) => ({ id, name })));
  });
});

describe('pickOperator', () => {
  it('prefers the operator of the active tab over the one in progress', () => {
    expect(pickOperator({ tabUrl: 'https://www.tele2.kz/ru', inProgress: 'kcell' })).toEqual({ operator: 'tele2', reason: 'tab' });
  });

  it('falls back to the operator in progress when the tab is not an operator site (or its URL is hidden)', () => {
    expect(pickOperator({ tabUrl: 'https://news.example.com/', inProgress: 'beeline' })).toEqual({
      operator: 'beeline',
      reason: 'in-progress',
    });
    // Without the "tabs" permission Chrome gives no URL for other sites.
    expect(pickOperator({ tabUrl: undefined, inProgress: 'izi' })).toEqual({ operator: 'izi', reason: 'in-progress' });
  });

  it('asks when nothing tells it which operator', () => {
    expect(pickOperator({ tabUrl: 'https://egov.kz/', inProgress: null })).toEqual({ operator: null, reason: 'ask' });
    expect(pickOperator({})).toEqual({ operator: null, reason: 'ask' });
  });

  it('honours an explicit ?operator= request first, but only for a real operator id', () => {
    expect(pickOperator({ requested: 'altel', tabUrl: 'https://kcell.kz/', inProgress: 'beeline' })).toEqual({
      operator: 'altel',
      reason: 'query',
    });
    expect(pickOperator({ requested: 'astelit', tabUrl: 'https://kcell.kz/', inProgress: null })).toEqual({
      operator: 'kcell',
      reason: 'tab',
    });
    expect(pickOperator({ requested: '__proto__', inProgress: null })).toEqual({ operator: null, reason: 'ask' });
  });

  it('ignores a stored operator id that is not one of the six', () => {
    expect(pickOperator({ inProgress: 'taraztel' as never })).toEqual({ operator: null, reason: 'ask' });
  });
});

describe('isOperatorId', () => {
  it('accepts the six operators only', () => {
    for (const id of ['kcell', 'activ', 'izi', 'beeline', 'tele2', 'altel']) expect(isOperatorId(id)).toBe(true);
    for (const id of ['egov', 'kaspi', 'Kcell', '', 'constructor', 1, null]) expect(isOperatorId(id)).toBe(false);
  });
});
