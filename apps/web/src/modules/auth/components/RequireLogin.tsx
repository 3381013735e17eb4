import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { Loading } from '../../common/components/QueryState';
import { useSession } from '../hooks/SessionProvider';

/** Renders its children for a logged-in user (a platform admin when `admin`), else sends to login. */
export function RequireLogin({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  const { viewer, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer || (admin && !viewer.isPlatformAdmin)) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`${paths.login}?neste=${encodeURIComponent(next)}`} replace />;
  }
  // A temporary password an administrator set is replaced before anything else.
  if (viewer.mustChangePassword && location.pathname !== paths.profile)
    return <Navigate to={paths.profile} replace />;
  return children;
}
