import autocannon from 'autocannon';
import { signIn } from '/work/main/scripts/lib/probe';
async function main() {
const base = 'http://127.0.0.1:3120';
const cookie = await signIn(base, 'coordinator@marac.example');
const path = process.argv[2] ?? '/account';
const once = await fetch(base + path, { headers: { cookie } });
console.log(path, once.status, (await once.text()).length);
if (process.argv[3] !== 'once') {
  const r = await autocannon({ url: base + path, connections: 10, duration: Number(process.argv[3] ?? 10), headers: { cookie } });
  console.log(path, r.requests.average, 'req/s p50', r.latency.p50);
}

}
main();
