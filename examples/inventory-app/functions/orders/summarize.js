// Called by the HTTPS endpoint and the nightly report: the order count per status, optionally only for
// the orders created since a date.
exports = async function (since) {
  const orders = context.services.get("mongodb-atlas").db("inventory").collection("orders");
  const match = since ? { createdAt: { $gte: since } } : {};
  return orders.aggregate([{ $match: match }, { $group: { _id: "$status", count: { $sum: 1 } } }, { $sort: { _id: 1 } }]).toArray();
};
