import {
  buildWebChatBundle,
  loadPageAssets,
  WEB_CHAT_BUILD_DIR,
} from '../src/channels/webchat/page-assets.ts';

/*
 * `npm run build:assets`: copies Web Chat's prebuilt bundle out of the devDependency into the build output
 * (dist/webchat) and compresses it there (brotli at its best setting, and gzip), so a server started from
 * this checkout, or from an image that copies dist/ without Web Chat's package, serves the compressed copies
 * from its first request. The Docker image runs it in a build stage; without it, a start from a full
 * install copies the bundle and compresses it in the background.
 */
buildWebChatBundle();
const assets = loadPageAssets();
await assets.webChatCompressed;
const { body, encoded } = assets.webChat;
const kb = (buffer: Buffer | undefined) => `${Math.round((buffer?.length ?? 0) / 1024)} KB`;
console.log(
  `Web Chat ${kb(body)}: brotli ${kb(encoded.br)}, gzip ${kb(encoded.gzip)}, in ${WEB_CHAT_BUILD_DIR}`,
);
