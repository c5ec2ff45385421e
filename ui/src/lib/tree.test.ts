import { describe, expect, it } from 'vitest';
import type { PackNode } from './bindings';
import { ancestorKeys, keyAction, packKey, visibleRows } from './tree';

const packs: PackNode[] = [
  {
    id: 'csf2',
    title: 'CSF 2.0',
    items: [
      {
        id: 'csf2:GV',
        label: 'GV',
        title: 'Govern',
        kind: 'function',
        children: [{ id: 'csf2:GV.OC', label: 'GV.OC', title: 'Context', kind: 'category', children: [] }],
      },
    ],
  },
  { id: 'cmg3', title: 'CMG', items: [{ id: 'cmg3:D1', label: 'D1', title: 'D1', kind: 'directive', children: [] }] },
];

describe('visibleRows', () => {
  it('shows only packs until something is expanded', () => {
    expect(visibleRows(packs, new Set()).map((r) => r.key)).toEqual(['pack/csf2', 'pack/cmg3']);
  });

  it('shows children of expanded rows with their depth', () => {
    const rows = visibleRows(packs, new Set([packKey('csf2'), 'csf2:GV']));
    expect(rows.map((r) => [r.key, r.depth])).toEqual([
      ['pack/csf2', 0],
      ['csf2:GV', 1],
      ['csf2:GV.OC', 2],
      ['pack/cmg3', 0],
    ]);
  });
});

describe('keyAction', () => {
  const rows = visibleRows(packs, new Set([packKey('csf2')]));

  it('moves with the arrows and stops at the ends', () => {
    expect(keyAction('ArrowDown', rows, 'pack/csf2')).toEqual({ kind: 'focus', key: 'csf2:GV' });
    expect(keyAction('ArrowUp', rows, 'pack/csf2')).toEqual({ kind: 'none' });
    expect(keyAction('End', rows, 'pack/csf2')).toEqual({ kind: 'focus', key: 'pack/cmg3' });
  });

  it('expands, collapses and climbs to the parent', () => {
    expect(keyAction('ArrowRight', rows, 'csf2:GV')).toEqual({ kind: 'expand', key: 'csf2:GV' });
    expect(keyAction('ArrowLeft', rows, 'csf2:GV')).toEqual({ kind: 'focus', key: 'pack/csf2' });
    expect(keyAction('ArrowLeft', rows, 'pack/csf2')).toEqual({ kind: 'collapse', key: 'pack/csf2' });
  });

  it('opens items and toggles packs with Enter', () => {
    expect(keyAction('Enter', rows, 'csf2:GV')).toEqual({ kind: 'open', key: 'csf2:GV' });
    expect(keyAction('Enter', rows, 'pack/cmg3')).toEqual({ kind: 'expand', key: 'pack/cmg3' });
  });
});

describe('ancestorKeys', () => {
  it('lists the pack and parents of an item', () => {
    expect(ancestorKeys(packs, 'csf2:GV.OC')).toEqual(['pack/csf2', 'csf2:GV']);
    expect(ancestorKeys(packs, 'nope:x')).toEqual([]);
  });
});
