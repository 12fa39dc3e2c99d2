// The limit a live session is measured against, in a process of its own like Zorka: a bare `ws`
// server that, on POST /push, sends the posted bytes to every connected socket. Prints its port.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const message = Buffer.concat(chunks);
    for (const socket of wss.clients) socket.send(message);
    res.end(String(wss.clients.size));
  });
});
const wss = new WebSocketServer({ server });
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
