import ReportsIcon from '@mui/icons-material/InsightsOutlined';
import ReviewIcon from '@mui/icons-material/RateReviewOutlined';
import KeyingIcon from '@mui/icons-material/KeyboardAltOutlined';
import { Divider } from '@mui/material';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { isRole, MENU } from '../roles';

/** The menu follows the role: each role sees only the screens it works with. */
export const Menu = () => {
  const { permissions, isPending } = usePermissions();
  const translate = useTranslate();
  if (isPending || !isRole(permissions)) return <RaMenu><RaMenu.DashboardItem /></RaMenu>;
  const entries = MENU[permissions];
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {entries.includes('key') && <RaMenu.Item to="/key" primaryText={translate('dk.keying.menu')} leftIcon={<KeyingIcon />} data-testid="menu-key" />}
      {entries.includes('review') && (
        <>
          <RaMenu.Item to="/review" primaryText={translate('dk.menu.review')} leftIcon={<ReviewIcon />} data-testid="menu-review" />
          {!entries.includes('reports') && <Divider sx={{ my: 0.5 }} />}
        </>
      )}
      {entries.includes('reports') && (
        <>
          <RaMenu.Item to="/reports" primaryText={translate('dk.menu.reports')} leftIcon={<ReportsIcon />} data-testid="menu-reports" />
          <Divider sx={{ my: 0.5 }} />
        </>
      )}
      {entries
        .filter((e) => e !== 'review' && e !== 'reports' && e !== 'key')
        .map((name) => (
          <RaMenu.ResourceItem key={name} name={name} />
        ))}
    </RaMenu>
  );
};
