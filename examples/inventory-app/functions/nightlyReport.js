// Every night: counts the items below their threshold and stores the figure.
exports = async function () {
  const db = context.services.get("mongodb-atlas").db("inventory");
  const low = await db.collection("items").countDocuments({ $expr: { $lt: ["$stock", "$threshold"] } });
  await db.collection("reports").insertOne({ low, at: new Date(), source: context.values.get("reportSource") });
  return { low };
};
