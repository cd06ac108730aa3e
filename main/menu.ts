/**
 * The application menu: standard roles, so Electron supplies the items' behaviour and shortcuts.
 * Every label comes from the catalogues (Electron's own role labels are English only), so the
 * menus speak the interface language.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MessageId } from '../renderer/src/i18n/catalogues';
import type { Translate } from './interface-language';
import type { MenuCommand } from '../preload/api-contract';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools exist only while developing. */
  isDev: boolean;
  appName: string;
  /** The interface language's messages. */
  t: Translate;
  /** Carries out a menu item the page handles (Save as PDF…); those items are left out without it. */
  onCommand?: (command: MenuCommand) => void;
}

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/** The menu template for a platform; pure, so it is tested without Electron. */
export function buildMenuTemplate({ isMac, isDev, appName, t, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const item = (role: Role): MenuItemConstructorOptions => ({ role, label: t(`main.menu.role.${role}` as MessageId, { appName }) });
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [item('about'), separator, item('services'), separator, item('hide'), item('hideOthers'), item('unhide'), separator, item('quit')],
    });
  }

  const devItems: MenuItemConstructorOptions[] = isDev ? [item('reload'), item('toggleDevTools'), separator] : [];
  // The open article, printed by its print stylesheet (the page chooses the name and the notes).
  const pdfItems: MenuItemConstructorOptions[] = onCommand
    ? [
        { label: t('main.menu.savePdf'), accelerator: 'CmdOrCtrl+P', click: () => onCommand('save-pdf') },
        { label: t('main.menu.savePdfWithNotes'), click: () => onCommand('save-pdf-with-notes') },
        separator,
      ]
    : [];
  // Select All is the page's when it can take menu commands: in the reading view it selects the
  // whole document (most of a long book is not drawn), in a field the field's text, elsewhere the
  // page. Its shortcut reaches the page first: the reader takes it (and prevents the rest); in a
  // field the menu's command after the field's own selects the same text (macOS needs the menu's).
  const selectAll: MenuItemConstructorOptions = onCommand
    ? { label: t('main.menu.role.selectAll'), accelerator: 'CmdOrCtrl+A', click: () => onCommand('select-all') }
    : item('selectAll');
  template.push(
    // On macOS Quit lives in the app menu; elsewhere File ends with it.
    { label: t('main.menu.file'), submenu: [...pdfItems, ...(isMac ? [item('close')] : [item('close'), separator, item('quit')])] },
    {
      label: t('main.menu.edit'),
      submenu: [item('undo'), item('redo'), separator, item('cut'), item('copy'), item('paste'), selectAll],
    },
    {
      label: t('main.menu.view'),
      submenu: [...devItems, item('resetZoom'), item('zoomIn'), item('zoomOut'), separator, item('togglefullscreen')],
    },
    { role: 'windowMenu', label: t('main.menu.window') },
    // role 'help' gives macOS its menu search; About sits in the app menu there.
    { role: 'help', label: t('main.menu.help'), submenu: isMac ? [] : [item('about')] },
  );
  return template;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
