#!/usr/bin/env node
'use strict';
// Launcher for the bundled checker (dist/cli.js, built by `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`policy-lens: ${path.relative(process.cwd(), cli) || cli} is missing; run npm run build\n`);
  process.exit(2);
}
require(cli).run(process.argv.slice(2));
