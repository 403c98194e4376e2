// Server-rendered pages in the spirit of Stripe's hosted Checkout and customer portal: plain HTML,
// a little CSS, no scripts, nothing loaded from outside.
const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1f36;background:#f6f8fa}
main{max-width:980px;margin:0 auto;padding:32px 20px;display:grid;gap:32px}
@media(min-width:800px){main.split{grid-template-columns:1fr 1fr}}
h1{font-size:1.5rem;margin:0 0 8px}h2{font-size:1.15rem;margin:0 0 12px}
.panel{background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:24px}
.muted{color:#5e6b7a}.amount{font-size:2rem;font-weight:600}
.test-mode{background:#ffde92;color:#5c3b00;text-align:center;font-size:.85rem;padding:4px;font-weight:600}.test-mode p{margin:0}
label{display:block;font-weight:600;margin:12px 0 4px}
input,textarea{width:100%;font:inherit;padding:10px;border:1px solid #c5ced8;border-radius:6px}
input:focus,textarea:focus,button:focus,a:focus{outline:3px solid #635bff;outline-offset:2px}
.row{display:grid;grid-template-columns:1fr 1fr;gap:12px}
button,.button{display:inline-block;font:inherit;font-weight:600;border:0;border-radius:6px;padding:10px 16px;background:#635bff;color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:#1a1f36;border:1px solid #c5ced8}
button.danger{background:#c0123c}
form.inline{display:inline}.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.alert{background:#fde8ec;color:#8a0b2b;border-radius:6px;padding:10px;margin:12px 0}
.notice{background:#e6f6ec;color:#0b5a2a;border-radius:6px;padding:10px;margin:0 0 12px}
table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:8px;border-bottom:1px solid #e3e8ee}
fieldset{border:0;padding:0;margin:12px 0}legend{font-weight:600}.radio{display:flex;gap:8px;align-items:center;font-weight:400;margin:4px 0}
.radio input{width:auto}
`;

export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? "").replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function renderPage(title: string, body: string, options: { split?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="test-mode"><p role="note">Test mode: no real payments are taken</p></header>
<main${options.split ? ' class="split"' : ""}>
${body}
</main>
</body>
</html>`;
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(
    amount / 100,
  );
}

export function formatDate(unix: number): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(unix * 1000));
}

export function intervalLabel(interval: string | undefined, count = 1): string {
  if (!interval) return "";
  return count === 1 ? `per ${interval}` : `every ${count} ${interval}s`;
}

export function alertBox(message: string | null): string {
  return message ? `<div class="alert" role="alert">${escapeHtml(message)}</div>` : "";
}

// The card fields shared by Checkout and the portal's "update payment method" page.
export function cardFields(values: Record<string, string>, required: boolean): string {
  const req = required ? " required" : "";
  return `<label for="cardNumber">Card number</label>
<input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" value="${escapeHtml(values.cardNumber)}"${req}>
<div class="row">
<div><label for="cardExpiry">Expiry date</label>
<input id="cardExpiry" name="cardExpiry" autocomplete="cc-exp" placeholder="MM / YY" value="${escapeHtml(values.cardExpiry)}"${req}></div>
<div><label for="cardCvc">CVC</label>
<input id="cardCvc" name="cardCvc" inputmode="numeric" autocomplete="cc-csc" placeholder="123" value="${escapeHtml(values.cardCvc)}"${req}></div>
</div>
<label for="billingName">Name on card</label>
<input id="billingName" name="billingName" autocomplete="cc-name" value="${escapeHtml(values.billingName)}">`;
}
