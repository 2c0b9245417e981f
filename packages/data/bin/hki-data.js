#!/usr/bin/env node
import { run } from '../dist/lib/cli.js';

process.exitCode = await run(process.argv.slice(2));
