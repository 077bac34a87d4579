// Every night: counts the items below their threshold and the orders per status, and stores the figures.
exports = async function () {
  const db = context.services.get("mongodb-atlas").db("inventory");
  const low = await db.collection("items").countDocuments({ $expr: { $lt: ["$stock", "$threshold"] } });
  const orders = await context.functions.execute("orders/summarize");
  await db.collection("reports").insertOne({ low, orders, at: new Date(), source: context.values.get("reportSource") });
  return { low, orders };
};
