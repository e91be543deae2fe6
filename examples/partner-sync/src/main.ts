import { emptyMirror, sync } from './sync.js';

// FAHRPLAN_URL=https://… FAHRPLAN_TOKEN=… pnpm sync
const url = process.env.FAHRPLAN_URL ?? 'http://127.0.0.1:3000';
const token = process.env.FAHRPLAN_TOKEN;
const mirror = emptyMirror();
const events = await sync({ url, ...(token ? { token } : {}) }, mirror);
console.log(`${events.length} events, ${mirror.items.size} items; resume after ${mirror.cursor}`);
for (const [type, count] of [...mirror.seen].sort()) console.log(`  ${type}: ${count}`);
