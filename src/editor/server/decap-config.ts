/**
 * The whole Decap CMS configuration for one content directory: the collections generated from the
 * schema plus the backend. Locally the backend is this project's save path (decap-server's proxy
 * API with the save guard in front); in production it is the git host (see src/editor/production/).
 */
import type { Vocabulary } from '../../model/faq';
import { decapCollections } from '../fields/decap-fields';

export function decapConfig(vocabulary: Vocabulary, backend: Record<string, unknown>, prefix = '', extra: Record<string, unknown> = {}) {
  return {
    load_config_file: false,
    locale: 'ko',
    backend,
    media_folder: `${prefix}media`,
    collections: decapCollections(vocabulary, prefix),
    ...extra,
  };
}
