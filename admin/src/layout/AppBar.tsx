import { Box, Chip, Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton, usePermissions, useTranslate } from 'react-admin';

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

/** Product name, page title, role, language switch, theme switch, user menu. */
export const AppBar = () => (
  <RaAppBar
    color="primary"
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
