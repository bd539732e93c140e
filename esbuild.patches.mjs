// Small fixes to the hot paths of dependencies bundled into the server (esbuild.config.mjs), applied as
// esbuild reads their files. Each names the file and the exact text it replaces: the build fails when
// the text is not there (a new version changed it), so that whoever upgrades looks again whether the
// fix is still needed, instead of it silently dropping out. The libraries in node_modules stay as
// installed; only Newsdesk's bundle carries these.
import { readFile } from 'node:fs/promises';

export const DEPENDENCY_PATCHES = [
  {
    file: '@slack/bolt/dist/receivers/HTTPModuleFunctions.js',
    // Bolt decodes every form-encoded request body once only to look for Slack's `ssl_check=1`, then again
    // for the request itself: a pasted article was decoded twice, a few percent of the acking thread in a
    // burst. The check now runs only on a body that names ssl_check. Slack spells the key plainly; a body
    // hiding it behind percent-encoding is no longer taken for an ssl_check, so its signature is verified
    // (and without one it is refused), the safe side.
    replace: "if (contentType === 'application/x-www-form-urlencoded') {\n        // Slack sends `ssl_check=1`",
    with: "if (contentType === 'application/x-www-form-urlencoded' && textBody.includes('ssl_check')) {\n        // Slack sends `ssl_check=1`",
  },
  {
    file: '@slack/bolt/dist/receivers/verify-request.js',
    // Bolt compared each request's signature with tsscmp, which draws 32 random bytes and computes two more
    // HMACs to compare two strings: about 2 % of the acking thread in a burst. Node's timingSafeEqual compares
    // in constant time without them (a signature of another length is refused, as before).
    replace: '(0, tsscmp_1.default)(signatureHash, ourSignatureHash)',
    with: '((given, ours) => given.length === ours.length && (0, node_crypto_1.timingSafeEqual)(given, ours))(Buffer.from(signatureHash), Buffer.from(ourSignatureHash))',
  },
  // Bolt loads every receiver at start-up: the Socket Mode one brings @slack/socket-mode and undici (a
  // megabyte of the bundle, and Node's own fetch with it), the Express one express and body-parser. An
  // HTTP app (most installs) needs neither, a Socket Mode one not Express. Each now loads on first use.
  ...['ExpressReceiver', 'SocketModeReceiver'].map((name) => ({
    file: '@slack/bolt/dist/index.js',
    replace: `const ${name}_1 = __importDefault(require("./receivers/${name}"));\nexports.${name} = ${name}_1.default;`,
    with: `Object.defineProperty(exports, "${name}", { enumerable: true, configurable: true, get: () => __importDefault(require("./receivers/${name}")).default });`,
  })),
  {
    file: '@slack/bolt/dist/App.js',
    replace: 'const SocketModeReceiver_1 = __importDefault(require("./receivers/SocketModeReceiver"));',
    with: 'const SocketModeReceiver_1 = { get default() { return __importDefault(require("./receivers/SocketModeReceiver")).default; } };',
  },
  ...[
    '`http request result: ${JSON.stringify(redact(result))}`',
    '`http request body: ${JSON.stringify(redact(body))}`',
    '`http request headers: ${JSON.stringify(redact(allHeaders))}`',
  ].map((line) => ({
    file: '@slack/web-api/dist/WebClient.js',
    // The Web API client serialized each call's body, headers and result for its debug lines before the
    // logger dropped them (below debug, always in production): about a twentieth of what the acking
    // thread allocated in a burst. They are now built only when the logger shows debug lines.
    replace: `this.logger.debug(${line});`,
    with: `if (this.logger.getLevel() === 'debug') this.logger.debug(${line});`,
  })),
];

/** An esbuild plugin applying `patches` ({ file, replace, with }) to the files they name. */
export function dependencyPatches(patches) {
  const byFile = new Map();
  for (const patch of patches) byFile.set(patch.file, [...(byFile.get(patch.file) ?? []), patch]);
  return {
    name: 'dependency-patches',
    setup(build) {
      for (const [file, filePatches] of byFile) {
        const endsWithFile = new RegExp(`[\\\\/]node_modules[\\\\/]${file.replaceAll('/', '[\\\\/]').replaceAll('.', '\\.')}$`);
        build.onLoad({ filter: endsWithFile }, async ({ path }) => {
          let contents = await readFile(path, 'utf8');
          for (const patch of filePatches) {
            // Exactly once: text that also stood elsewhere (another function's line) would be changed there too.
            if (contents.split(patch.replace).length !== 2) throw new Error(`${file} does not hold exactly once the text a patch replaces (esbuild.patches.mjs): ${patch.replace}`);
            contents = contents.replace(patch.replace, () => patch.with);
          }
          return { contents, loader: 'js' };
        });
      }
    },
  };
}
