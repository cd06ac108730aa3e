/** The application menu: standard roles only, so Electron supplies labels and shortcuts. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools exist only while developing. */
  isDev: boolean;
  appName: string;
}

/** The menu template for a platform; pure, so it is tested without Electron. */
export function buildMenuTemplate({ isMac, isDev, appName }: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }

  const devItems: MenuItemConstructorOptions[] = isDev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator] : [];
  template.push(
    // On macOS Quit lives in the app menu; elsewhere File ends with it.
    { label: 'File', submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, separator, { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // role 'help' gives macOS its menu search; About sits in the app menu there.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  );
  return template;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
