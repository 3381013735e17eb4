import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { hasNavigated } from '../navigation-focus';

interface PageHeadingProps {
  children: ReactNode;
  /** The document title; defaults to the heading text when it is a string. */
  title?: string;
  /** The heading's language when it is not the page's, e.g. a Norwegian title in the English interface. */
  lang?: string;
}

/**
 * The page's one h1. After a client-side navigation it takes focus, so a screen reader announces
 * the new page and the keyboard starts from it; it also names the browser tab.
 */
export function PageHeading({ children, title, lang }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const documentTitle = title ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    if (documentTitle) document.title = `${documentTitle} – Lokomotiv`;
  }, [documentTitle]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the page (path) changes
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, [pathname]);

  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading" lang={lang}>
      {children}
    </Heading>
  );
}
