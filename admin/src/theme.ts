import type { RaThemeOptions } from 'react-admin';

/**
 * A calm, dense theme for all-day work. The font stack uses fonts installed with the operating
 * system that cover Vietnamese (precomposed letters and stacked tone marks): no web fonts.
 */
export const FONT_STACK = '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif';
export const MONO_STACK = '"Cascadia Mono", "Segoe UI Mono", "Noto Sans Mono", "DejaVu Sans Mono", Consolas, monospace';

const shared = (mode: 'light' | 'dark'): RaThemeOptions => {
  const border = mode === 'light' ? '#dfe3e8' : '#2f3a46';
  const headBg = mode === 'light' ? '#f3f5f8' : '#1c242d';
  return {
    sidebar: { width: 240, closedWidth: 52 },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: FONT_STACK,
      fontSize: 13,
      h5: { fontWeight: 600, fontSize: '1.3rem' },
      h6: { fontWeight: 600, fontSize: '1.05rem' },
      subtitle2: { fontWeight: 600 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiAppBar: { defaultProps: { elevation: 0 } },
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      MuiCard: {
        defaultProps: { elevation: 0 },
        styleOverrides: { root: { border: `1px solid ${border}` } },
      },
      MuiButton: { defaultProps: { size: 'small', disableElevation: true } },
      MuiIconButton: { defaultProps: { size: 'small' } },
      MuiChip: { defaultProps: { size: 'small' }, styleOverrides: { root: { fontWeight: 500 } } },
      MuiTable: { defaultProps: { size: 'small' } },
      MuiTableCell: {
        styleOverrides: {
          root: { borderColor: border, paddingTop: 5, paddingBottom: 5 },
          head: { fontWeight: 600, backgroundColor: headBg, whiteSpace: 'nowrap' },
        },
      },
      MuiTextField: { defaultProps: { variant: 'outlined', size: 'small', margin: 'dense', fullWidth: true } },
      MuiFormControl: { defaultProps: { variant: 'outlined', size: 'small', margin: 'dense', fullWidth: true } },
      MuiAutocomplete: { defaultProps: { fullWidth: true } },
      MuiListItemIcon: { styleOverrides: { root: { minWidth: 38 } } },
      MuiTooltip: { defaultProps: { arrow: true } },
      MuiTab: { styleOverrides: { root: { minHeight: 40, textTransform: 'none', fontWeight: 600 } } },
      MuiTabs: { styleOverrides: { root: { minHeight: 40 } } },
      RaMenuItemLink: {
        styleOverrides: {
          root: {
            borderRadius: 6,
            margin: '1px 6px',
            '&.RaMenuItemLink-active': {
              fontWeight: 700,
              backgroundColor: mode === 'light' ? 'rgba(29,78,137,0.10)' : 'rgba(144,186,240,0.14)',
            },
          },
        },
      },
      RaDatagrid: {
        styleOverrides: {
          root: {
            '& .RaDatagrid-headerCell': { backgroundColor: headBg },
            '& .RaDatagrid-row:hover': { backgroundColor: mode === 'light' ? '#f0f5fb' : '#22303d' },
          },
        },
      },
      RaList: { styleOverrides: { root: { '& .RaList-content': { border: `1px solid ${border}`, boxShadow: 'none' } } } },
      RaShow: { styleOverrides: { root: { '& .RaShow-card': { border: `1px solid ${border}`, boxShadow: 'none' } } } },
      RaCreate: { styleOverrides: { root: { '& .RaCreate-card': { border: `1px solid ${border}`, boxShadow: 'none' } } } },
      RaToolbar: { styleOverrides: { root: { backgroundColor: headBg } } },
      RaLabeled: { styleOverrides: { root: { '& .RaLabeled-label': { fontSize: '0.78rem' } } } },
    },
  } as RaThemeOptions;
};

export const lightTheme: RaThemeOptions = {
  ...shared('light'),
  palette: {
    mode: 'light',
    primary: { main: '#1d4e89', light: '#4f79b6', dark: '#12345e', contrastText: '#fff' },
    secondary: { main: '#0f766e', contrastText: '#fff' },
    background: { default: '#f4f6f9', paper: '#ffffff' },
    text: { primary: '#1f2933', secondary: '#5f6b7a' },
    warning: { main: '#b45309' },
  },
};

export const darkTheme: RaThemeOptions = {
  ...shared('dark'),
  palette: {
    mode: 'dark',
    primary: { main: '#90baf0', contrastText: '#0b1b2e' },
    secondary: { main: '#5eead4' },
    background: { default: '#12181f', paper: '#182029' },
  },
};
