// Runs when an item's stock changes (the trigger's match): records a restock alert when it falls below
// its threshold and posts it to the team's Slack webhook (the slackWebhook secret).
exports = async function (changeEvent) {
  const item = changeEvent.fullDocument;
  if (!item || item.stock >= item.threshold) return { alerted: false };
  const alerts = context.services.get("mongodb-atlas").db("inventory").collection("alerts");
  await alerts.insertOne({ sku: item.sku, stock: item.stock, at: new Date() });
  const text = `Restock ${item.sku}: ${item.stock} left (threshold ${item.threshold})`;
  await context.http.post({ url: context.values.get("slackWebhook"), body: { text }, encodeBodyAsJSON: true });
  console.log(text);
  return { alerted: true };
};
