import { ASSET_CACHE_DIR, loadPageAssets } from '../src/channels/webchat/page-assets.ts';

/*
 * `npm run build:assets`: compresses Web Chat's bundle (brotli at its best setting, and gzip) into the asset
 * cache, so a server starting from this install serves the compressed copies from its first request. The
 * Docker image runs it at build time; without it, the first start compresses in the background.
 */
const assets = loadPageAssets();
await assets.webChatCompressed;
const { body, encoded } = assets.webChat;
const kb = (buffer: Buffer | undefined) => `${Math.round((buffer?.length ?? 0) / 1024)} KB`;
console.log(
  `Web Chat ${kb(body)}: brotli ${kb(encoded.br)}, gzip ${kb(encoded.gzip)}, cached in ${ASSET_CACHE_DIR}`,
);
