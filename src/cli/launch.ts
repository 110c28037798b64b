#!/usr/bin/env node
/**
 * The `variorum` command (bundled as `dist/variorum.mjs`, the package's `bin`): runs the CLI bundle
 * `dist/variorum.cjs` (src/cli/main.ts and everything it imports, in one CommonJS file) with V8's
 * code cache.
 *
 * Most of a short run is V8 compiling the bundle's functions the first time they are called; a
 * code cache made after a run holds them compiled, and the next run of the same command starts
 * ~100 ms sooner (what Node 22's `module.enableCompileCache()` does for ES modules; Node 20 has no
 * cache for ES modules, hence the CommonJS bundle run through `vm.Script`).
 *
 * The cache is one file per command in `dist/.cache/`, named after the bundle's size and
 * modification time (V8 checks a cache against the source's length only: a rebuilt bundle must not
 * meet an old cache) and the Node version. It is written at the exit of a run that succeeded (exit
 * code 0, or 1: differences found) when it was missing or V8 rejected it (made under other V8
 * flags), atomically (a temporary file renamed); the caches of an older bundle or another Node are
 * removed then. Any failure to read or write it is ignored: the
 * cache only saves time. `VARIORUM_CODE_CACHE=0` runs without it; `VARIORUM_CACHE_DIR` puts it
 * elsewhere (an install directory the user cannot write).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'variorum.cjs');
const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');

const useCache = process.env.VARIORUM_CODE_CACHE !== '0';
const command = /^[a-z][a-z-]*$/.test(process.argv[2] ?? '') ? process.argv[2] : 'none';
const dir = process.env.VARIORUM_CACHE_DIR || join(here, '.cache');
let cacheFile = '';
let key = '';
let cached: Buffer | undefined;
if (useCache) {
  try {
    const st = statSync(bundle);
    key = `${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}`;
    cacheFile = join(dir, `${command}-${key}.bin`);
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
}

// CommonJS wrapper, as Node's own loader runs a .cjs file. The bundle has no dynamic import(): a
// function compiled from the cache would have lost the callback it needs (the HTML reader's
// modules are chunks the bundle loads with require, on demand)
const script = new vm.Script((Module as unknown as { wrap(s: string): string }).wrap(source), { filename: bundle, cachedData: cached });

if (useCache && cacheFile && (cached === undefined || script.cachedDataRejected)) {
  process.on('exit', (code) => {
    // a run that failed (bad input, unknown command) compiled little: no cache from it
    if (code !== 0 && code !== 1) return;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      const data = script.createCachedData();
      mkdirSync(dir, { recursive: true });
      const name = cacheFile.slice(dir.length + 1);
      // caches of an older bundle or another Node (any command): never read again
      const ours = /^[a-z][a-z-]*-\d+-\d+-v[\d.]+-\w+\.bin$/;
      for (const f of readdirSync(dir)) if (f !== name && ours.test(f) && !f.endsWith(`-${key}.bin`)) rmSync(join(dir, f), { force: true });
      writeFileSync(tmp, data);
      renameSync(tmp, cacheFile);
    } catch {
      // a read-only install, a full disk: no cache (and no half-written file left)
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing to remove
      }
    }
  });
}

type Wrapped = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
const run = script.runInThisContext() as Wrapped;
const mod = new Module(bundle);
mod.filename = bundle;
mod.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(here);
// registered as Node's loader would: a chunk loaded on demand (the HTML reader) requires the bundle
// for the code they share, and must get this module, not a second copy of the CLI that runs again
const req = Module.createRequire(bundle);
req.cache[bundle] = mod;
run.call(mod.exports, mod.exports, req, mod, bundle, here);
mod.loaded = true;
