// zod 4 probes for eval (new Function) to compile fast parsers; under the page's CSP
// (script-src 'self', no 'unsafe-eval') that probe is a violation. Imported first in main.tsx,
// before any schema is defined or parsed.
import { z } from 'zod';

z.config({ jitless: true });
