import { describe, expect, it } from 'vitest';
import { cssString } from '@/utils/css-string';

describe('cssString', () => {
  it('quotes plain text in any script', () => {
    expect(cssString('摘要：Kcell · 2026年11月27日')).toBe('"摘要：Kcell · 2026年11月27日"');
  });
  it('escapes what would end the string or start an escape', () => {
    expect(cssString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });
  it('keeps a line break as a CSS line break', () => {
    expect(cssString('a\nb\r\nc')).toBe('"a\\a b\\a c"');
  });
});
