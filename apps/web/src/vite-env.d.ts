/// <reference types="vite/client" />
import type {} from '@digdir/designsystemet-theme';
