import { buildLibrary, loadingSteps } from './bench/bundle-sizes.mjs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const out = await mkdtemp(join(tmpdir(), 'szmain-'));
const chunks = await buildLibrary(out);
const steps = loadingSteps(chunks);
console.log('launcher', steps.launcher.gzip, 'conv', steps.conversationWithoutTimeParser.gzip, 'typed', steps.conversation.gzip);
