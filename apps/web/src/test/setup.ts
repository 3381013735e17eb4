import '@testing-library/jest-dom';

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
