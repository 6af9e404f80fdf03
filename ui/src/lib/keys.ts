// Clickable table rows: a click anywhere on the row opens it (a mouse convenience); the
// row's title is also a button, which is how the keyboard reaches it.
export function rowClick(open: () => void) {
  return {
    onclick: (e: MouseEvent) => {
      // Clicks on the row's own buttons and links do their own thing.
      if (e.target instanceof Element && e.target.closest("button, a, input, label")) return;
      open();
    },
  };
}
