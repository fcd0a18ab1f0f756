import { addons } from 'storybook/manager-api';
import { esignKitTheme } from './theme.js';

// The catalogue's name, mark and colours in the manager (sidebar, toolbar, panels).
addons.setConfig({ theme: esignKitTheme, sidebar: { showRoots: true } });
