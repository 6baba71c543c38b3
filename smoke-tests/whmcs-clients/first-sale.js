// The seed's first sale through two WHMCS clients from npm, written by others: `whmcs` (POST form,
// username/password) and `whmcs-api` (GET query string, bare repeated keys).
const WHMCS = require('whmcs');
const WhmcsApi = require('whmcs-api');
const url = process.argv[2];
const [id, secret] = [process.env.WHMCS_IDENTIFIER || 'demo-cart', process.env.WHMCS_SECRET || 'metalcart-demo-cart'];
const a = new WHMCS({ username: id, password: secret, serverUrl: url });
const call = (fn, ...args) => new Promise((ok, ko) => fn(...args, (e, d) => (e ? ko(e) : ok(d))));
const b = () => new WhmcsApi({ endpoint: url, identifier: id, secret: secret, responsetype: 'json' });
(async () => {
  const email = `npm-${Date.now()}@example.com`;
  const client = await call(a.customers.createCustomer.bind(a.customers), {
    firstname: 'Npm', lastname: 'Client', email, address1: '1 Road', city: 'Town', state: 'S',
    postcode: '1', country: 'US', phonenumber: '1', password2: 'x' });
  console.log('AddClient', client);
  const order = await call(a.billing.addOrder.bind(a.billing), client.clientid, {
    pid: [1], billingcycle: ['monthly'], hostname: ['npm.example.com'], rootpw: ['Npm-root-pw-42'],
    paymentmethod: 'paypal' });
  console.log('AddOrder', order);
  const paid = await b().call('AddInvoicePayment', { invoiceid: order.invoiceid, transid: 'npm-' + Date.now(),
    gateway: 'paypal', date: '2026-12-02' });
  console.log('AddInvoicePayment', paid);
  for (let i = 0; i < 60; i++) {
    const products = await call(a.customers.getCustomerProducts.bind(a.customers), client.clientid, { limitnum: 999999 });
    const p = products.products.product[0];
    console.log('GetClientsProducts', p.status, p.dedicatedip, p.servername);
    if (p.status === 'Active') { return; }
    await new Promise(r => setTimeout(r, 2000));
  }
  throw new Error('never Active');
})().catch(e => { console.error('FAILED', e); process.exit(1); });
