// Test setup: the runtime log stays quiet (every request writes an access line); a test that reads
// the log points configureLog at a stream of its own.
import { configureLog } from '../log.js';

configureLog({ level: 'silent' });
