import { runCommand, type CommandName } from './commands';
import { back, forward, returnTo, useNavigation } from './navigate';
import { sections, sectionOf } from './route';
import { isMac } from './shortcut';
import { lockNow } from './vault';

/** Inputs where a letter is a click, not text: the calendar's letter keys still work there. */
const notTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !notTextInputs.has(target.type);
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Where arrow keys already mean something: lists, tabs, and the controls of a side panel. */
function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="grid"], [role="tablist"], .side-panel, .fc-popover') !== null;
}

/** One-letter keys of the screens that listen for them (the calendar's views and "today"). */
const letterCommands: Record<string, CommandName> = {
  t: 'today',
  m: 'viewMonth',
  w: 'viewWeek',
  d: 'viewDay',
  a: 'viewAgenda',
  y: 'viewYear',
};

/** App-wide keys; screens and panels say what "new", "save", "search", "close" and the rest mean for them. */
export function onGlobalKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  // Locking wins over everything, an open dialog and unsaved edits included: it is for when someone walks up.
  if (mod && !event.altKey && !event.shiftKey && key === 'l') {
    event.preventDefault();
    void lockNow();
    return;
  }
  // A modal dialog owns the keyboard until it closes.
  if (document.querySelector('dialog[open]')) return;
  const plain = !mod && !event.altKey;
  const sectionKeys = new RegExp(`^[1-${sections.length}]$`);

  if (mod && !event.altKey && !event.shiftKey && sectionKeys.test(key)) {
    event.preventDefault();
    const target = sections[Number(key) - 1]!;
    if (target !== sectionOf(useNavigation.getState().route)) returnTo(target);
  } else if (mod && !event.altKey && !event.shiftKey && key === 'k') {
    if (runCommand('palette')) event.preventDefault();
  } else if (event.altKey && !mod && !event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
    // On a Mac, Option+arrow moves by word in a text field.
    if (isMac && isTyping(event.target)) return;
    event.preventDefault();
    if (key === 'ArrowLeft') back();
    else forward();
  } else if (mod && (key === 's' || key === 'Enter')) {
    event.preventDefault();
    runCommand('save');
  } else if ((mod && key === 'f') || (plain && key === '/' && !isTyping(event.target))) {
    if (runCommand('search')) event.preventDefault();
  } else if ((mod && !event.shiftKey && key === 'n') || (plain && key === 'n' && !isTyping(event.target))) {
    if (runCommand('new')) event.preventDefault();
  } else if (key === 'Escape') {
    if (runCommand('close')) event.preventDefault();
  } else if (mod && !event.altKey && !event.shiftKey && key === 'z' && !isTyping(event.target)) {
    // In a text field Ctrl+Z stays the field's own undo.
    if (runCommand('undo')) event.preventDefault();
  } else if (plain && !event.shiftKey && !isTyping(event.target)) {
    const letter = letterCommands[key];
    let command: CommandName | null = letter ?? null;
    if (!command && !ownsArrows(event.target)) {
      if (key === 'ArrowLeft' || key === 'PageUp') command = 'previous';
      else if (key === 'ArrowRight' || key === 'PageDown') command = 'next';
    }
    if (command && runCommand(command)) event.preventDefault();
  }
}
