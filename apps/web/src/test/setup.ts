import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The machine is shared: give async queries room under load.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these browser APIs that Designsystemet's web components touch.
if (!('ResizeObserver' in globalThis)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Designsystemet's Spinner synchronises its animation through document.getAnimations.
if (!('getAnimations' in document)) {
  Object.assign(document, { getAnimations: () => [] });
}

afterEach(() => {
  localStorage.clear();
});
