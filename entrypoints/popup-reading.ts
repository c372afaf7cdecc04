import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageReading } from '@/lib/page/early-reading';
import { nativeBrowser } from '@/lib/toolbar/native-browser';

// The popup's first script (`<script async>` in popup/index.html): starts reading the tab
// before the popup's main code has loaded; `takePageReading` hands the reading over.
export default defineUnlistedScript(() => startPageReading(nativeBrowser(globalThis), location.search));
