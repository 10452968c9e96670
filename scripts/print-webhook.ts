/**
 * Prints the Sanity webhook that rebuilds the site on publish, field by field, ready to copy
 * into sanity.io/manage → API → Webhooks; then the Netlify / Cloudflare Pages build-hook variant.
 * The settings themselves live in sanity/webhooks/deploy-webhook.ts.
 *
 * Usage: npm run webhook [-- <owner>/<repo>]
 */
import { formatWebhookInstructions } from '../sanity/webhooks/webhook-instructions.ts';

try {
  process.stdout.write(formatWebhookInstructions(process.argv[2]));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
