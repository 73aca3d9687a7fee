import restify from 'restify';
import { z } from 'zod';
import { MAX_BODY_BYTES } from '../../src/http/app.ts';
import { closeServer, serveUnderBench } from './serve-under-bench.ts';

/*
 * Baseline 1: a bare restify JSON handler with the product's body parser. It answers the same activity
 * with an expectReplies-shaped body echoing the text: the cost of HTTP + JSON, and nothing else.
 */

const BodySchema = z.looseObject({ text: z.string() });

const server = restify.createServer({ name: 'bench-restify', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
server.post('/api/messages', (req, res, next) => {
  const body = BodySchema.safeParse(req.body);
  if (!body.success) {
    res.send(400, { error: 'invalid_request' });
  } else {
    res.send(200, { activities: [{ type: 'message', text: body.data.text }] });
  }
  next();
});

await serveUnderBench(server, () => closeServer(server));
