// The limit the API is measured against, in a process of its own like Zorka: a bare node:http
// server that reads each request and writes the bytes Zorka answered to it. Usage: a JSON object
// { requestBody: responseBody } on stdin; prints the port once listening.
import http from 'node:http';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const bodies = new Map(Object.entries(JSON.parse(input)).map(([request, response]) => [request, Buffer.from(response)]));

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = bodies.get(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json; charset=utf-8', 'content-length': body?.length ?? 0 });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
