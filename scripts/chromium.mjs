/**
 * How the browser tests and `npm run bench` start Debian's Chromium (the machine's browser
 * downloads are blocked): the executable, and the flags that keep it from reaching the network or
 * updating itself while it is measured.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
