// Called by the HTTPS endpoint: the order count per status.
exports = async function () {
  const orders = context.services.get("mongodb-atlas").db("inventory").collection("orders");
  return orders.aggregate([{ $group: { _id: "$status", count: { $sum: 1 } } }]).toArray();
};
