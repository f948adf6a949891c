import PasswordIcon from '@mui/icons-material/PasswordOutlined';
import { Box, Chip, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { forwardRef } from 'react';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, TitlePortal, ToggleThemeButton, UserMenu, usePermissions, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH } from '../authProvider';

const Brand = () => (
  <Box sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 1, mr: 2 }}>
    <Box sx={{ width: 26, height: 26, borderRadius: 1, bgcolor: 'rgba(255,255,255,0.16)', display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 12, letterSpacing: 0.5 }}>2K</Box>
    <Typography variant="subtitle1" sx={{ fontWeight: 700, letterSpacing: 0.2 }}>
      dualkey
    </Typography>
    <Box sx={{ width: '1px', height: 20, bgcolor: 'rgba(255,255,255,0.3)', ml: 1 }} />
  </Box>
);

const RoleChip = () => {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  if (!permissions) return null;
  return (
    <Chip
      size="small"
      label={translate(`dk.enums.Role.${permissions}`, { _: String(permissions) })}
      sx={{ display: { xs: 'none', sm: 'inline-flex' }, mr: 1, color: 'inherit', borderColor: 'rgba(255,255,255,0.45)' }}
      variant="outlined"
    />
  );
};

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem {...props} ref={ref} component={Link} to={CHANGE_PASSWORD_PATH} onClick={() => userMenu?.onClose()} data-testid="menu-change-password">
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('dk.password.menu')}</ListItemText>
    </MenuItem>
  );
});

/** Everyone's own account: change the password, sign out (which revokes the token on the server). */
const AccountMenu = () => (
  <UserMenu>
    <ChangePasswordItem />
    <Logout />
  </UserMenu>
);

/** Product name, page title, role, language switch, theme switch, user menu. */
export const AppBar = () => (
  <RaAppBar
    color="primary"
    userMenu={<AccountMenu />}
    toolbar={
      <>
        <RoleChip />
        <LocalesMenuButton />
        <ToggleThemeButton />
        <LoadingIndicator />
      </>
    }
  >
    <Brand />
    <TitlePortal variant="subtitle1" sx={{ fontWeight: 500 }} />
  </RaAppBar>
);
