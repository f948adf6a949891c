import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

const Heading = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', px: 3, pt: 0.5 }}>
      {/* The language is chosen before signing in too (remembered, as in the app bar). */}
      <Box sx={{ position: 'absolute', top: 8, right: 8 }} data-testid="login-language">
        <LocalesMenuButton />
      </Box>
      <Typography variant="h6" sx={{ fontWeight: 700 }}>
        dualkey
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 300, mx: 'auto', textWrap: 'balance' }}>
        {translate('dk.app.tagline')}
      </Typography>
    </Box>
  );
};

/** react-admin's login form under the product name, with the language switch; a local gradient, no remote background image. */
export const LoginPage = () => (
  <Login
    avatarIcon={<span style={{ fontWeight: 800, fontSize: 15 }}>2K</span>}
    sx={{ backgroundImage: 'linear-gradient(160deg, #12345e 0%, #1d4e89 55%, #2f6db3 100%)', '& .RaLogin-card': { position: 'relative', width: 360, maxWidth: 'calc(100vw - 32px)', borderRadius: 2 }, '& .RaLogin-card .RaLoginForm-content': { width: 'auto' } }}
  >
    <Heading />
    <LoginForm />
  </Login>
);
