// A webhook receiver that trusts nothing but Stripe's library: every request Metalcart sends is
// checked with stripe.webhooks.constructEvent(rawBody, signatureHeader, secret), as a Stripe user
// checks Stripe's own webhooks. It registers itself through the API, makes the seed's first sale as
// the demo cart, and exits 0 once the sale's events arrived, each verified; 1 on any doubt.
//   node stripe-verifies.mjs [http://localhost:8080]
import http from 'node:http';
import Stripe from 'stripe';

const base = process.argv[2] ?? 'http://localhost:8080';
const auth = 'Basic ' + Buffer.from(`${process.env.CART_IDENTIFIER ?? 'demo-cart'}:${process.env.CART_SECRET ?? 'metalcart-demo-cart'}`).toString('base64');
const stripe = new Stripe('sk_test_not_used');
const api = async (method, path, body) => {
  const res = await fetch(`${base}/api/v1/${path}`, {
    method, headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
};

const verified = [];
let secret;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    try {
      const event = stripe.webhooks.constructEvent(raw, req.headers['metalcart-signature'], secret);
      verified.push(event.type);
      res.writeHead(200).end();
    } catch (e) {
      console.error(`NOT verified by Stripe's library: ${e.message}`);
      process.exitCode = 1;
      res.writeHead(400).end();
    }
  });
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/hook`;
const hook = await api('POST', 'webhooks', { url, events: ['order.placed', 'invoice.issued', 'invoice.paid', 'service.status_changed'] });
secret = hook.secret;
console.log(`registered webhook ${hook.id} at ${url}`);
try {
  const tag = Date.now().toString(36);
  const client = await api('POST', 'clients', { username: `stripe${tag}`, email: `stripe${tag}@example.com`, name: 'Stripe Check' });
  const products = await api('GET', 'products');
  const order = await api('POST', 'orders', { clientId: client.id, items: [{ productId: products.items[0].id, billingCycle: 'MONTHLY', hostname: `s${tag}.example.com`, password: 'Str0ng-Passw0rd' }] });
  await api('POST', `invoices/${order.invoiceId}/payments`, { gateway: 'stripe', transactionId: `ch_${tag}`, amount: 138.0 });
  const deadline = Date.now() + 120_000;
  while (!verified.includes('service.status_changed') && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 200));
  }
  console.log(`verified by Stripe's library: ${verified.join(', ')}`);
  for (const type of ['order.placed', 'invoice.issued', 'invoice.paid', 'service.status_changed']) {
    if (!verified.includes(type)) {
      console.error(`missing: ${type}`);
      process.exitCode = 1;
    }
  }
} finally {
  await api('DELETE', `webhooks/${hook.id}`);
  server.close();
}
