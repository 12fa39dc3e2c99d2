// Written as CommonJS like the rest of this package: Vite warns about ESM syntax in a CommonJS package.
module.exports = { test: { include: ['src/**/*.spec.ts'] } } satisfies import('vitest/config').UserConfig;
