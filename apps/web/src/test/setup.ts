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

// jsdom has <dialog> without its methods: open and close it as a browser would, minus the top layer.
if (!HTMLDialogElement.prototype.showModal) {
  Object.assign(HTMLDialogElement.prototype, {
    show(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

afterEach(() => {
  localStorage.clear();
});
