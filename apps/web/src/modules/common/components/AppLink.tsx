import { Button, type ButtonProps, Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, type To } from 'react-router';

/** A Designsystemet link that navigates inside the app. */
export function AppLink({ to, children, className }: { to: To; children: ReactNode; className?: string }) {
  return (
    <Link asChild className={className}>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

/** A link that looks like a Designsystemet button. */
export function ButtonLink({
  to,
  children,
  variant = 'primary',
  ...rest
}: { to: To; children: ReactNode } & Pick<ButtonProps, 'variant' | 'data-size' | 'data-color'>) {
  return (
    <Button asChild variant={variant} {...rest}>
      <RouterLink to={to}>{children}</RouterLink>
    </Button>
  );
}
