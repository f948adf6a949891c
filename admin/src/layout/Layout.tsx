import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH, mustChangePassword } from '../authProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { useSidebarLeftCollapsed } from './sidebar';

export const Layout = ({ children }: { children: ReactNode }) => {
  useSidebarLeftCollapsed();
  // A session opened with a one-time password may only change it: no screen of the layout loads.
  if (mustChangePassword()) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return (
    <RaLayout
      appBar={AppBar}
      menu={Menu}
      sx={{
        // react-admin lets the page grow to its widest table (min-width: fit-content): at 1280 px the
        // task and discrepancy lists and the reports widened the whole page. The page keeps the
        // window's width instead; a wide table scrolls sideways in its own card.
        minWidth: 0,
        '& .RaLayout-content': { px: { xs: 1, sm: 2 }, pb: 1, minWidth: 0 },
        '& .RaList-main': { minWidth: 0 },
        '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
        // react-admin sizes the docked menu 100vh - 3em, a few pixels taller than the space under the
        // 48px app bar: every page scrolled by 3px. Fill exactly that space instead.
        '& .RaSidebar-docked, & .RaSidebar-docked .MuiDrawer-paper, & .RaSidebar-fixed': { height: { sm: 'calc(100dvh - 48px)' } },
      }}
    >
      {children}
    </RaLayout>
  );
};
