import { userEvent } from 'vitest/browser';

/** Waits until React has rendered and the browser has painted (image errors, effects). */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits until `find` returns something, for at most `ms`. */
export async function waitFor<T>(find: () => T | null | undefined, what: string, ms = 5000): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const openDialogs = () => [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')];

/**
 * Presses every button under `root` once, as a user would (each expander, toggle, thumbnail), and
 * in every dialog a press opens, every button but the one that closes it; the dialog is then
 * closed with Escape. `inspect` runs after each press, while what it showed is on screen.
 * Returns how many buttons were pressed.
 */
export async function pressEveryButton(root: Element, inspect: () => void, skip: (button: HTMLButtonElement) => boolean = () => false): Promise<number> {
  let pressed = 0;
  for (const button of [...root.querySelectorAll('button')]) {
    if (!button.isConnected || button.disabled || skip(button)) continue;
    const before = openDialogs();
    button.click();
    pressed += 1;
    await nextFrame();
    // A button that says it opens a dialog does (the gallery's loads on its first open).
    if (button.getAttribute('aria-haspopup') === 'dialog') {
      await waitFor(() => openDialogs().some((dialog) => !before.includes(dialog)), 'the dialog the button opens');
    }
    inspect();
    const opened = openDialogs().filter((dialog) => !before.includes(dialog));
    for (const dialog of opened) {
      for (const inner of [...dialog.querySelectorAll('button')]) {
        if (!inner.isConnected || inner.disabled || /close/i.test(inner.getAttribute('aria-label') ?? inner.textContent ?? '')) continue;
        inner.click();
        pressed += 1;
        await nextFrame();
        inspect();
      }
      await userEvent.keyboard('{Escape}');
      await waitFor(() => !dialog.isConnected || dialog.getAttribute('data-state') === 'closed', 'the dialog to close');
    }
  }
  return pressed;
}

const TEXT_FIELDS = 'input:not([type]), input[type="text"], input[type="search"], input[type="url"], input[type="email"], textarea';

/**
 * Types into every text field under `root`, one value after the other from `values` (cycling), as
 * a user would (Playwright's fill: focus, input events). Returns how many fields were filled.
 */
export async function fillEveryTextField(root: Element, values: readonly string[], inspect: () => void): Promise<number> {
  let filled = 0;
  for (const field of [...root.querySelectorAll<HTMLInputElement>(TEXT_FIELDS)]) {
    if (!field.isConnected || field.disabled || field.readOnly) continue;
    await userEvent.fill(field, values[filled % values.length] ?? '');
    filled += 1;
    await nextFrame();
    inspect();
  }
  return filled;
}

/** Checks every radio button and checkbox under `root` in turn. Returns how many were clicked. */
export async function clickEveryChoice(root: Element, inspect: () => void): Promise<number> {
  let clicked = 0;
  for (const choice of [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]) {
    if (!choice.isConnected || choice.disabled) continue;
    choice.click();
    clicked += 1;
    await nextFrame();
    inspect();
  }
  return clicked;
}
