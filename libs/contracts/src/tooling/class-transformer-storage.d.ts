// class-transformer 0.5 has no `exports` map and ships no typings for its deep CommonJS paths.
// Its singleton metadata storage (where @Type records nested classes) is only reachable by
// importing `cjs/storage.js` directly: the same file `class-transformer`'s main entry requires,
// so Node and Jest both hand back the one instance the decorators wrote into.
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';
  export const defaultMetadataStorage: MetadataStorage;
}
