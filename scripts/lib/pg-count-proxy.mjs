// A TCP proxy in front of PostgreSQL that counts the statements a client sends, read from the wire:
// each Execute message (the extended protocol, as the `postgres` driver sends every query) and each
// simple Query message (e.g. a transaction's begin and commit). Run as a child process, so that the
// load generator's event loop never delays the server's queries. It tells its port once listening,
// and answers { statements } to any message from its parent.
//   node pg-count-proxy.mjs <upstream host> <upstream port>
import net from 'node:net';

const [host, port] = [process.argv[2], Number(process.argv[3])];
let statements = 0;

/** Counts the messages of one client's stream; the first one or two (SSL request, startup) have no type byte. */
function counter() {
  let buffered = Buffer.alloc(0);
  let untyped = true;
  return (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    let at = 0;
    for (;;) {
      if (untyped) {
        if (buffered.length - at < 8) break;
        const length = buffered.readInt32BE(at);
        if (buffered.length - at < length) break;
        const code = buffered.readInt32BE(at + 4);
        at += length;
        // An SSL or GSS request is followed by the startup message, also untyped.
        untyped = code === 80877103 || code === 80877104;
        continue;
      }
      if (buffered.length - at < 5) break;
      const length = buffered.readInt32BE(at + 1);
      if (buffered.length - at < 1 + length) break;
      const type = buffered[at];
      if (type === 0x45 /* E */ || type === 0x51 /* Q */) statements++;
      at += 1 + length;
    }
    buffered = buffered.subarray(at);
  };
}

const server = net.createServer((client) => {
  const upstream = net.connect(port, host);
  const count = counter();
  client.on('data', (chunk) => {
    count(chunk);
    upstream.write(chunk);
  });
  upstream.pipe(client);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close).on('close', close);
  upstream.on('error', close).on('close', close);
});

server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', () => process.send({ statements }));
process.on('disconnect', () => process.exit(0));
