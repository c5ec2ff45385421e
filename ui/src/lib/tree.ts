// The library tree's shape and keyboard behaviour (WAI-ARIA tree pattern), kept free of the DOM
// so it can be unit-tested: which rows are visible, and what each key does.
import type { PackNode, TreeNode } from './bindings';

export interface Row {
  key: string; // pack rows: "pack/<id>"; item rows: the item ID
  itemId: string | null;
  depth: number;
  label: string;
  title: string;
  parentKey: string | null;
  hasChildren: boolean;
  expanded: boolean;
}

export const packKey = (id: string) => `pack/${id}`;

/** The rows a reader can see, given which rows are expanded. */
export function visibleRows(packs: PackNode[], expanded: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const addItems = (nodes: TreeNode[], depth: number, parentKey: string) => {
    for (const node of nodes) {
      const isOpen = expanded.has(node.id);
      rows.push({
        key: node.id,
        itemId: node.id,
        depth,
        label: node.label,
        title: node.title,
        parentKey,
        hasChildren: node.children.length > 0,
        expanded: isOpen,
      });
      if (isOpen) addItems(node.children, depth + 1, node.id);
    }
  };
  for (const pack of packs) {
    const key = packKey(pack.id);
    const isOpen = expanded.has(key);
    rows.push({
      key,
      itemId: null,
      depth: 0,
      label: '',
      title: pack.title,
      parentKey: null,
      hasChildren: pack.items.length > 0,
      expanded: isOpen,
    });
    if (isOpen) addItems(pack.items, 1, key);
  }
  return rows;
}

/** The keys of every ancestor of an item, so opening it can reveal it in the tree. */
export function ancestorKeys(packs: PackNode[], itemId: string): string[] {
  const walk = (nodes: TreeNode[], trail: string[]): string[] | null => {
    for (const node of nodes) {
      if (node.id === itemId) return trail;
      const found = walk(node.children, [...trail, node.id]);
      if (found) return found;
    }
    return null;
  };
  for (const pack of packs) {
    const found = walk(pack.items, [packKey(pack.id)]);
    if (found) return found;
  }
  return [];
}

export type TreeAction =
  | { kind: 'focus'; key: string }
  | { kind: 'expand'; key: string }
  | { kind: 'collapse'; key: string }
  | { kind: 'open'; key: string }
  | { kind: 'none' };

/** What a key press on the focused row does. */
export function keyAction(key: string, rows: Row[], focusedKey: string): TreeAction {
  const index = rows.findIndex((r) => r.key === focusedKey);
  if (index < 0) return rows.length ? { kind: 'focus', key: rows[0].key } : { kind: 'none' };
  const row = rows[index];
  const focus = (i: number): TreeAction =>
    i >= 0 && i < rows.length ? { kind: 'focus', key: rows[i].key } : { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return focus(index + 1);
    case 'ArrowUp':
      return focus(index - 1);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(rows.length - 1);
    case 'ArrowRight':
      if (!row.hasChildren) return { kind: 'none' };
      return row.expanded ? focus(index + 1) : { kind: 'expand', key: row.key };
    case 'ArrowLeft':
      if (row.expanded) return { kind: 'collapse', key: row.key };
      return row.parentKey ? { kind: 'focus', key: row.parentKey } : { kind: 'none' };
    case 'Enter':
    case ' ':
      if (row.itemId) return { kind: 'open', key: row.key };
      return row.expanded ? { kind: 'collapse', key: row.key } : { kind: 'expand', key: row.key };
    default:
      return { kind: 'none' };
  }
}
