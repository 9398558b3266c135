import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NODES, references, restoreFormula, type FormulaNode } from './index';

const ref = (name: string): FormulaNode => ({ k: 'ref', name });
const per1000: FormulaNode = {
  k: 'op',
  op: '*',
  a: { k: 'op', op: '/', a: ref('执业(助理)医师数'), b: ref('常住人口') },
  b: { k: 'num', v: 1000 },
};

/** A chain of unary minus `levels` deep around a number. */
function nested(levels: number): unknown {
  let n: unknown = { k: 'num', v: 1 };
  for (let i = 0; i < levels; i++) n = { k: 'neg', x: n };
  return n;
}

const refusedCode = (raw: unknown) => {
  const r = restoreFormula(raw);
  return r.ok ? 'accepted' : r.reason.code;
};

describe('restoreFormula', () => {
  it('takes a valid formula from JSON and rebuilds it', () => {
    const raw: unknown = JSON.parse(JSON.stringify(per1000));
    const r = restoreFormula(raw);
    expect(r).toEqual({ ok: true, value: per1000 });
    expect(r.ok && r.value).not.toBe(raw);
  });

  it('keeps names such as constructor and __proto__ as plain names', () => {
    for (const name of ['constructor', '__proto__', 'prototype', 'toString']) {
      expect(restoreFormula({ k: 'ref', name })).toEqual({ ok: true, value: ref(name) });
    }
  });

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['a list', [{ k: 'num', v: 1 }]],
    ['an unknown kind', { k: 'call', f: 'eval' }],
    ['a kind only inherited', Object.create({ k: 'num', v: 1 }) as unknown],
    ['NaN', { k: 'num', v: NaN }],
    ['Infinity', { k: 'num', v: Infinity }],
    ['a number as text', { k: 'num', v: '1' }],
    ['a name that is not text', { k: 'ref', name: 5 }],
    ['an unknown operation', { k: 'op', op: '**', a: { k: 'num', v: 2 }, b: { k: 'num', v: 3 } }],
    ['a missing operand', { k: 'op', op: '+', a: { k: 'num', v: 2 } }],
    ['an extra key', { k: 'num', v: 1, f: 'x' }],
    ['a constructor key', { k: 'ref', name: 'a', constructor: { name: 'x' } }],
  ])('refuses %s', (_what, raw) => {
    expect(refusedCode(raw)).toBe('badField');
  });

  it('reads a name by the rule for every indicator name: trimmed, a blank one refused', () => {
    expect(restoreFormula({ k: 'ref', name: ' 床位数 ' })).toEqual({
      ok: true,
      value: { k: 'ref', name: '床位数' },
    });
    expect(refusedCode({ k: 'ref', name: ' ' })).toBe('noIndicator');
  });

  it('refuses a __proto__ key coming from JSON (own property), deep inside', () => {
    const raw: unknown = JSON.parse(
      '{"k":"op","op":"+","a":{"k":"num","v":1},"b":{"k":"num","v":2,"__proto__":{"polluted":1}}}',
    );
    const r = restoreFormula(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatchObject({ code: 'badField', path: 'formula.b' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names the path of a bad node', () => {
    const r = restoreFormula({ k: 'neg', x: { k: 'num', v: NaN } }, 'catalog[2].formula');
    expect(r.ok || r.reason).toMatchObject({ code: 'badField', path: 'catalog[2].formula.x.v' });
  });

  it('refuses a formula nested too deep, without exhausting the stack', () => {
    expect(refusedCode(nested(MAX_DEPTH - 1))).toBe('accepted');
    expect(refusedCode(nested(MAX_DEPTH))).toBe('formulaTooDeep');
    expect(refusedCode(nested(100_000))).toBe('formulaTooDeep');
  });

  it('refuses a formula with too many nodes', () => {
    // A balanced sum of 256 numbers: shallow, but 511 nodes.
    let layer: unknown[] = Array.from({ length: 256 }, () => ({ k: 'num', v: 1 }));
    while (layer.length > 1) {
      const next: unknown[] = [];
      for (let i = 0; i < layer.length; i += 2)
        next.push({ k: 'op', op: '+', a: layer[i], b: layer[i + 1] });
      layer = next;
    }
    expect(MAX_NODES).toBeLessThan(511);
    expect(refusedCode(layer[0])).toBe('formulaTooLarge');
  });
});

describe('references', () => {
  it('lists each name once, in the order written', () => {
    const f: FormulaNode = {
      k: 'op',
      op: '+',
      a: per1000,
      b: { k: 'neg', x: ref('常住人口') },
    };
    expect(references(f)).toEqual(['执业(助理)医师数', '常住人口']);
  });
});
