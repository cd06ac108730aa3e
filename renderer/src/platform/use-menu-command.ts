import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../preload/api-contract';
import { getApi } from './get-api';

/**
 * Calls `onCommand` with each command the desktop app's menu sends, for as long as the component
 * is mounted (nothing comes in the browser). The latest `onCommand` is called, so it need not be
 * stable.
 */
export function useMenuCommand(onCommand: (command: MenuCommand) => void): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    void getApi().then((api) => {
      if (!gone) unsubscribe = api.onMenuCommand((command) => latest.current(command));
    });
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, []);
}
