/**
 * Tests read response bodies in their own thread (there is no worker), and the API client loads
 * the schemas for that on first use, asynchronously. Loaded here first, they are ready before any
 * test runs, even one on fake timers.
 */
import '../api/contract/response-schemas';
