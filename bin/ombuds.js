#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli to dist/cli (npm install runs the build).
import('../dist/cli/index.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli')) {
    console.error('ombuds: not built yet; run `npm run build` (npm install does this)');
    process.exit(2);
  }
  throw err;
});
