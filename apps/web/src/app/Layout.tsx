import { useQuery } from '@apollo/client/react';
import { Button, SkipLink } from '@digdir/designsystemet-react';
import {
  type KeyboardEvent,
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { NavLink, Outlet, Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { type PluralKeys, useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/nb';
import { SiteFooter } from '../modules/about/components/SiteFooter';
import { useSession } from '../modules/auth/hooks/SessionProvider';
import { useSwitchLanguage } from '../modules/auth/hooks/useSwitchLanguage';
import { Loading } from '../modules/common/components/QueryState';
import { NARROW, useMediaQuery } from '../modules/common/hooks/useMediaQuery';
import { recordPath } from '../modules/common/navigation-focus';
import { UnreadCountQuery } from '../modules/notifications/graphql/notifications';
import { PageMain } from './PageMain';
import { paths } from './paths';

interface NavItem {
  to: string;
  label: MessageKey;
  show: 'always' | 'viewer' | 'admin';
}

const NAV: NavItem[] = [
  { to: paths.search(), label: 'nav.search', show: 'always' },
  { to: paths.needs, label: 'nav.needs', show: 'always' },
  { to: paths.notices, label: 'nav.notices', show: 'always' },
  { to: paths.statistics, label: 'nav.statistics', show: 'always' },
  { to: paths.newSolution, label: 'nav.publish', show: 'viewer' },
  { to: paths.myOrganization, label: 'nav.myOrganization', show: 'viewer' },
  { to: paths.admin, label: 'nav.admin', show: 'admin' },
];

export function Layout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  // Layout effects run before the page's effects, so its heading knows a navigation happened.
  useLayoutEffect(() => recordPath(pathname), [pathname]);

  return (
    <>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <RouterLink to="/" className="site-logo">
            <span aria-hidden="true" className="site-logo__mark">
              L
            </span>
            Lokomotiv
          </RouterLink>
          <HeaderMenu>
            <MainNav />
            <div className="site-header__tools">
              <LanguageSwitch />
              <AccountMenu />
            </div>
          </HeaderMenu>
        </div>
      </header>
      <PageMain>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </PageMain>
      <SiteFooter />
    </>
  );
}

/**
 * On a narrow screen the navigation and account tools fold behind a "Meny" button (WCAG 1.4.10: nothing
 * may fall off a 320 px wide screen); the menu closes on navigation and with Escape, giving the focus back.
 */
function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const narrow = useMediaQuery(NARROW);
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const button = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a navigation, i.e. a new pathname, closes the menu
  useEffect(() => setOpen(false), [pathname]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the menu from the button or any control inside it
    <div
      className="site-header__menu-area"
      onKeyDown={onKeyDown}
      data-media-pending={narrow === null || undefined}
    >
      {narrow !== false && (
        <Button
          ref={button}
          variant="secondary"
          data-size="sm"
          className="site-header__menu-button"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'layout.closeMenu' : 'layout.menu')}
        </Button>
      )}
      <div id="site-menu" className="site-header__menu" hidden={narrow === true && !open}>
        {children}
      </div>
    </div>
  );
}

function MainNav() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const visible = NAV.filter(
    (item) =>
      item.show === 'always' ||
      (item.show === 'viewer' && viewer) ||
      (item.show === 'admin' && viewer?.isPlatformAdmin),
  );
  return (
    <nav aria-label={t('nav.label')} className="site-nav">
      <ul>
        {visible.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="site-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { t, language } = useI18n();
  const switchLanguage = useSwitchLanguage();
  const other = language === 'nb' ? 'en' : 'nb';
  return (
    <Button variant="tertiary" data-size="sm" lang={other} onClick={() => switchLanguage(other)}>
      {t('layout.switchLanguage')}
    </Button>
  );
}

function AccountMenu() {
  const { t } = useI18n();
  const { viewer, logOut } = useSession();
  const navigate = useNavigate();
  if (!viewer) {
    return (
      <Button asChild variant="secondary" data-size="sm">
        <RouterLink to={paths.login}>{t('nav.login')}</RouterLink>
      </Button>
    );
  }
  // Leave pages that need a login first, so their queries are not refetched without one.
  const onLogOut = async () => {
    navigate('/');
    await logOut();
  };
  return (
    <div className="account">
      <span className="account__name">
        {viewer.name}
        <span className="account__org">{viewer.organization.name}</span>
      </span>
      <NotificationsLink />
      <RouterLink to={paths.profile} className="site-nav__link">
        {t('nav.profile')}
      </RouterLink>
      <RouterLink to={paths.savedSearches} className="site-nav__link">
        {t('nav.savedSearches')}
      </RouterLink>
      <Button variant="secondary" data-size="sm" onClick={onLogOut}>
        {t('nav.logout')}
      </Button>
    </div>
  );
}

const UNREAD: PluralKeys = { one: 'nav.notificationsUnreadOne', other: 'nav.notificationsUnread' };

/** "Varsler (n)" with the unread count, checked every minute. */
function NotificationsLink() {
  const { t, plural } = useI18n();
  const { data } = useQuery(UnreadCountQuery, { pollInterval: 60_000 });
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <RouterLink to={paths.notifications} className="site-nav__link">
      {unread > 0 ? plural(UNREAD, unread) : t('nav.notifications')}
    </RouterLink>
  );
}
