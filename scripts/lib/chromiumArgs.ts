/**
 * How the bench and the browser tests start Debian's Chromium (nothing here downloads a
 * browser): one list, so a page measured by the bench runs under the same flags as the tests.
 */

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65.1, chromiumSwitches.ts). Chromium
 * reads only the last `--disable-features` switch of its command line, so a list of ours replaces
 * Playwright's unless it repeats it.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The browser window's own WebUI omnibox popups. Chromium 156's headless mode is the whole browser
 * with its windows unseen, and every new browser context (the bench opens one per load) gets a
 * window whose omnibox popup is a WebUI page preloaded in a renderer process of its own: about
 * 1 s of CPU of Chrome's own JavaScript, in parallel with the page being measured (trace, 20k
 * first load: 1,100 ms of that renderer's CPU between navigation and the map's first paint against
 * 670 ms of the app's main thread). A page opened in a tab of a running browser does not pay it.
 */
const BROWSER_UI_FEATURES = process.env.BENCH_OMNIBOX_POPUP === '1' ? [] : ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(',')}`,
];

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
