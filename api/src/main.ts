import 'reflect-metadata';
import { startServer } from './boot';

startServer(process.env).catch((err: unknown) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
