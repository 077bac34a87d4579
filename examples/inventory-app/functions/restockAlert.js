// Runs when an item's stock changes: records a restock alert when it falls below its threshold.
exports = async function (changeEvent) {
  const item = changeEvent.fullDocument;
  if (!item || item.stock >= item.threshold) return { alerted: false };
  const alerts = context.services.get("mongodb-atlas").db("inventory").collection("alerts");
  await alerts.insertOne({ sku: item.sku, stock: item.stock, at: new Date() });
  return { alerted: true };
};
