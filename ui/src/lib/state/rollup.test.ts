// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedFile, Rollup, RollupCell } from '../bindings';
import { errors } from './errors.svelte';
import { cellMarks, GroupPicture } from './rollup.svelte';

const api = vi.hoisted(() => ({ rollup: vi.fn(), saveRollup: vi.fn() }));
vi.mock('../ipc', async (importOriginal) => ({ ...(await importOriginal<typeof import('../ipc')>()), api }));

const file = (name: string): ImportedFile => ({ file_name: name, text: '{}' });
const matrix = (names: string[]): Rollup => ({
  columns: [],
  units: names.map((name) => ({ name, sector: '', unknowns: 0, cells: [] })),
});
const cell = (lowest: boolean, far_below: boolean): RollupCell => ({
  item: 'cmg3:D1',
  score: 25,
  target: 75,
  unknowns: 0,
  lowest,
  far_below,
});

describe("the group's picture", () => {
  beforeEach(() => {
    errors.length = 0;
    api.rollup.mockReset().mockImplementation(async (files: ImportedFile[]) => matrix(files.map((f) => f.file_name)));
    api.saveRollup.mockReset();
  });

  it('marks weak cells in text as well as colour', () => {
    expect(cellMarks(cell(true, true))).toBe('▼!');
    expect(cellMarks(cell(false, true))).toBe('!');
    expect(cellMarks(cell(false, false))).toBe('');
  });

  it('adds picked files, a file picked again replacing its copy, and asks for the matrix', async () => {
    const group = new GroupPicture();
    await group.add([{ ok: file('hq.json') }, { ok: file('rail.json') }], 'ja');
    await group.add([{ ok: file('rail.json') }, { ok: file('east.json') }], 'ja');
    expect(group.files.map((f) => f.file_name)).toEqual(['hq.json', 'rail.json', 'east.json']);
    expect(group.matrix?.units.map((u) => u.name)).toEqual(['hq.json', 'rail.json', 'east.json']);
    expect(api.rollup).toHaveBeenLastCalledWith(group.files, 'ja');
  });

  it('changes nothing when a picked file is too large or the Rust side refuses one', async () => {
    const group = new GroupPicture();
    await group.add([{ ok: file('hq.json') }], 'en');
    await group.add([{ ok: file('a.json') }, { error: { code: 'import-invalid', message: 'big.json: too large' } }], 'en');
    api.rollup.mockRejectedValueOnce({ code: 'import-invalid', message: 'bad.json: schema' });
    await group.add([{ ok: file('bad.json') }], 'en');
    expect(group.files.map((f) => f.file_name)).toEqual(['hq.json']);
    expect(group.matrix?.units.map((u) => u.name)).toEqual(['hq.json']);
    expect(errors.map((e) => e.message)).toEqual(['big.json: too large', 'bad.json: schema']);
  });

  it('removes a file, saves with the files it shows, and forgets the last save on a change', async () => {
    const group = new GroupPicture();
    await group.add([{ ok: file('hq.json') }, { ok: file('rail.json') }], 'en');
    api.saveRollup.mockResolvedValueOnce('/home/u/Downloads/group-picture.xlsx');
    await group.save('xlsx', 'en');
    expect(api.saveRollup).toHaveBeenCalledWith(group.files, 'en', 'xlsx');
    expect(group.saved).toBe('/home/u/Downloads/group-picture.xlsx');
    await group.remove('hq.json', 'en');
    expect(group.files.map((f) => f.file_name)).toEqual(['rail.json']);
    expect(group.saved).toBe('');
    await group.remove('rail.json', 'en');
    expect(group.matrix).toBeNull();
  });
});
