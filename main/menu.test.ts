import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const setApplicationMenu = vi.fn();
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu },
}));

const { buildMenuTemplate, installApplicationMenu } = await import('./menu');
const { createTranslator } = await import('./interface-language');
const t = createTranslator('en');

type Item = MenuItemConstructorOptions;
const submenuOf = (template: Item[], label: string): Item[] =>
  (template.find((item) => item.label === label || item.role === label)?.submenu ?? []) as Item[];
const roles = (items: Item[]) => items.filter((item) => item.type !== 'separator').map((item) => item.role);

describe('buildMenuTemplate', () => {
  const mac = buildMenuTemplate({ isMac: true, isDev: false, appName: "Qira'a", t });
  const linux = buildMenuTemplate({ isMac: false, isDev: false, appName: "Qira'a", t });
  const linuxDev = buildMenuTemplate({ isMac: false, isDev: true, appName: "Qira'a", t });

  it('starts with the app menu on macOS only', () => {
    expect(mac[0]?.label).toBe("Qira'a");
    expect(roles(submenuOf(mac, "Qira'a"))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(linux[0]?.label).toBe('File');
  });

  it('has File, Edit, View, Window and Help in order', () => {
    expect(linux.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(linux.map((item) => item.role)).toEqual([undefined, undefined, undefined, 'windowMenu', 'help']);
  });

  it('puts Quit in File except on macOS', () => {
    expect(roles(submenuOf(linux, 'File'))).toEqual(['close', 'quit']);
    expect(roles(submenuOf(mac, 'File'))).toEqual(['close']);
  });

  it('has the usual edit roles', () => {
    expect(roles(submenuOf(linux, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only while developing', () => {
    expect(roles(submenuOf(linux, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(submenuOf(mac, 'View'))).not.toContain('toggleDevTools');
    expect(roles(submenuOf(linuxDev, 'View'))).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('puts About in Help except on macOS', () => {
    expect(roles(submenuOf(linux, 'Help'))).toEqual(['about']);
    expect(roles(submenuOf(mac, 'Help'))).toEqual([]);
  });
});

describe('buildMenuTemplate in Arabic', () => {
  const arabic = buildMenuTemplate({ isMac: true, isDev: true, appName: 'قراءة', t: createTranslator('ar') });
  const labels = (items: Item[]): string[] =>
    items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);

  it('names every menu and item in Arabic, the roles unchanged', () => {
    expect(arabic.slice(1).map((item) => item.label)).toEqual(['ملف', 'تحرير', 'عرض', 'نافذة', 'مساعدة']);
    expect(roles(submenuOf(arabic, 'تحرير'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenuOf(arabic, 'قراءة')[0]?.label).toBe('حول قراءة');
    for (const label of labels(arabic)) expect(label).not.toMatch(/[A-Za-z]/);
  });

  it('labels every item, so none falls back to Electron\'s English role label', () => {
    const unlabelled = (items: Item[]): Item[] =>
      items.flatMap((item) => [...(item.type !== 'separator' && !item.label ? [item] : []), ...(Array.isArray(item.submenu) ? unlabelled(item.submenu) : [])]);
    expect(unlabelled(arabic)).toEqual([]);
  });
});

describe('Save as PDF in the File menu', () => {
  it('offers Save as PDF… (Ctrl/⌘+P) and with notes, each sending its command to the page', () => {
    const onCommand = vi.fn();
    const file = submenuOf(buildMenuTemplate({ isMac: false, isDev: false, appName: "Qira'a", t, onCommand }), 'File');
    expect(file.slice(0, 2).map((item) => [item.label, item.accelerator])).toEqual([
      ['Save as PDF…', 'CmdOrCtrl+P'],
      ['Save as PDF with Notes…', undefined],
    ]);
    const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();
    click(file[0]);
    click(file[1]);
    expect(onCommand.mock.calls).toEqual([['save-pdf'], ['save-pdf-with-notes']]);
    expect(roles(file)).toEqual([undefined, undefined, 'close', 'quit']);
  });
});

describe('Select All in the Edit menu', () => {
  it('is sent to the page when the page takes menu commands', () => {
    const onCommand = vi.fn();
    const edit = submenuOf(buildMenuTemplate({ isMac: true, isDev: false, appName: "Qira'a", t, onCommand }), 'Edit');
    const selectAll = edit.at(-1)!;
    expect([selectAll.role, selectAll.label, selectAll.accelerator]).toEqual([undefined, 'Select All', 'CmdOrCtrl+A']);
    (selectAll.click as () => void)();
    expect(onCommand.mock.calls).toEqual([['select-all']]);
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', undefined]);
  });

  it('is the native one without a page to send it to', () => {
    const edit = submenuOf(buildMenuTemplate({ isMac: false, isDev: false, appName: "Qira'a", t }), 'Edit');
    expect(edit.at(-1)?.role).toBe('selectAll');
  });
});

describe('installApplicationMenu', () => {
  it('installs the built template', () => {
    installApplicationMenu({ isMac: false, isDev: false, appName: "Qira'a", t });
    expect(setApplicationMenu).toHaveBeenCalledWith({ template: buildMenuTemplate({ isMac: false, isDev: false, appName: "Qira'a", t }) });
  });
});
