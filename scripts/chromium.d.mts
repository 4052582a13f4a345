/** How tests and the bench start Debian's Chromium (chromium.mjs). */
export const chromiumLaunchOptions: { executablePath: string; args: string[] };
