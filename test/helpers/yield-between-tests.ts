// Many tests run the CLI synchronously (spawnSync). Between tests, vitest only awaits resolved promises, so a series of
// such tests never lets the worker's event loop read vitest's replies, and after 60 s without them the worker reports
// "Timeout calling onTaskUpdate". One turn of the event loop before each test keeps every blocked stretch to one test.
import { beforeEach } from 'vitest';

beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
