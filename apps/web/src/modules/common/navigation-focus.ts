/**
 * Whether the user has moved between pages in this tab. The first page load keeps the browser's
 * own focus (top of the document); every later page moves focus to its heading.
 */
let navigated = false;
let firstPath: string | null = null;

export function recordPath(pathname: string): void {
  if (firstPath === null) firstPath = pathname;
  else if (pathname !== firstPath) navigated = true;
}

export function hasNavigated(): boolean {
  return navigated;
}
