import HEADERS_FILE from '../../../public/_headers?raw';
import { metaContentSecurityPolicy, parseHeadersFile } from './headers-file.ts';

/** The site's Content-Security-Policy as every page's `<meta http-equiv>` carries it, read once per build. */
export const PAGE_CSP = metaContentSecurityPolicy(parseHeadersFile(HEADERS_FILE));
