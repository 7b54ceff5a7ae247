import { z } from 'zod';

/**
 * Zod compiles a fast parser for each object schema with `new Function` when it may, and finds
 * out whether it may by calling `new Function('')` and catching the error. Under a
 * Content-Security-Policy without 'unsafe-eval' (how the production server serves the app:
 * deploy/nginx) that probe is reported as a violation, caught or not. So Zod parses without
 * compiling. The app's schemas run in the parse worker (`api/parse/`), where the same policy
 * applies; `contract/response-schemas.ts` imports this first, before any schema of its own.
 */
z.config({ jitless: true });
