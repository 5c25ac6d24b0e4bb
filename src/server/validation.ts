import type { Context } from 'hono';
import { errorResponse } from './errors.js';

interface Issue {
  path: PropertyKey[];
  message: string;
}

type HookResult = { success: true } | { success: false; error: { issues: Issue[] }; target: string };

/**
 * Turns a failed schema check into the API's 400 error, naming each bad parameter. The route
 * schemas are the single description of valid input: the same ones produce /openapi.json.
 */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  if (result.success) return undefined;
  const where = result.target === 'json' || result.target === 'form' ? 'body' : result.target;
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : where}: ${/received undefined$/.test(i.message) ? 'required' : i.message}`)
    .join('; ');
  const code = where === 'body' ? 'invalid_body' : 'invalid_query';
  return errorResponse(c, 400, code, `invalid ${where === 'param' ? 'path' : where} parameter — ${issues}`);
}
