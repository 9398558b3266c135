// The app's test API as the pages see it. Only types cross over from src (erased at build),
// so page-side functions that name them still run in the browser as they are.
import type { PresentApi, TestApi } from '../../src/ui/testApi';

export type { PresentApi, TestApi };

/**
 * The page's window with the app's hooks (`window as AppWindow` inside page functions):
 * __app once the app is ready, __present while a deck is presented.
 */
export type AppWindow = Window & { __app?: TestApi; __present?: PresentApi };
