/**
 * The flags every headless Chromium of the project runs with (test runner, scripts, node tests):
 * root needs --no-sandbox; background tabs keep their timers and animation frames, so several can
 * render at once; and no connections to Google's services, which this network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
