export const id = 3997136904;
export const ids = [3997136904];
export const modules = {

/***/ 43312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectDriverEngine: () => (/* binding */ connectDriverEngine)
/* harmony export */ });
/* harmony import */ var _bulk_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48372);
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90688);


async function connectDriverEngine(options) {
    const { MongoClient: Client } = await __webpack_require__.e(/* import() */ 4182541037).then(__webpack_require__.bind(__webpack_require__, 84294));
    const client = new Client(options.uri, {
        serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000,
        connectTimeoutMS: options.serverSelectionTimeoutMs ?? 5000
    });
    try {
        await client.connect();
    }
    catch (error) {
        await client.close().catch(() => undefined);
        // The hosts only: a connection string may carry a password.
        const hosts = options.uri.replace(/^[a-z+]+:\/\/([^@/]*@)?/i, '').split(/[/?]/)[0];
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`cannot connect to MongoDB at ${hosts}: ${reason}`);
    }
    return new DriverEngine(client, options.databasePrefix ?? '');
}
class DriverEngine {
    client;
    prefix;
    kind = 'mongodb';
    used = new Set();
    constructor(client, prefix) {
        this.client = client;
        this.prefix = prefix;
    }
    collection(_dataSource, database, collection) {
        const name = this.prefix + database;
        this.used.add(name);
        return new DriverCollection(this.client.db(name).collection(collection));
    }
    async collectionNames(_dataSource, database) {
        const list = await this.client
            .db(this.prefix + database)
            .listCollections({}, { nameOnly: true })
            .toArray();
        return list.map(c => c.name).sort();
    }
    async reset() {
        for (const name of this.used)
            await this.client.db(name).dropDatabase();
    }
    async close() {
        await this.client.close();
    }
}
function findOptions(options) {
    return {
        upsert: options.upsert === true,
        ...(options.sort ? { sort: options.sort } : {}),
        ...(options.projection ? { projection: options.projection } : {}),
        returnDocument: options.returnNewDocument ? 'after' : 'before',
        includeResultMetadata: false
    };
}
class DriverCollection {
    collection;
    constructor(collection) {
        this.collection = collection;
    }
    find(query = {}, projection, options = {}) {
        return new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .ArrayCursor */ .K(async (shape) => {
            let cursor = this.collection.find(query, projection ? { projection } : {});
            const sort = shape.sort ?? options.sort;
            if (sort)
                cursor = cursor.sort(sort);
            if (shape.skip)
                cursor = cursor.skip(shape.skip);
            if (shape.limit)
                cursor = cursor.limit(shape.limit);
            return cursor.toArray();
        });
    }
    async findOne(query = {}, projection, options = {}) {
        return this.collection.findOne(query, {
            ...(projection ? { projection } : {}),
            ...(options.sort ? { sort: options.sort } : {})
        });
    }
    async findOneAndUpdate(query, update, options = {}) {
        return this.collection.findOneAndUpdate(query, update, findOptions(options));
    }
    async findOneAndReplace(query, replacement, options = {}) {
        return this.collection.findOneAndReplace(query, replacement, findOptions(options));
    }
    async findOneAndDelete(query, options = {}) {
        const { sort, projection } = findOptions(options);
        return this.collection.findOneAndDelete(query, { sort, projection, includeResultMetadata: false });
    }
    async insertOne(document) {
        const { insertedId } = await this.collection.insertOne({ ...document });
        return { insertedId };
    }
    async insertMany(documents) {
        const { insertedIds } = await this.collection.insertMany(documents.map(d => ({ ...d })));
        return { insertedIds: documents.map((_, i) => insertedIds[i]) };
    }
    async updateOne(query, update, options = {}) {
        const r = await this.collection.updateOne(query, update, { upsert: options.upsert === true });
        return {
            matchedCount: r.matchedCount,
            modifiedCount: r.modifiedCount,
            ...(r.upsertedId ? { upsertedId: r.upsertedId } : {})
        };
    }
    async updateMany(query, update, options = {}) {
        const r = await this.collection.updateMany(query, update, { upsert: options.upsert === true });
        return {
            matchedCount: r.matchedCount,
            modifiedCount: r.modifiedCount,
            ...(r.upsertedId ? { upsertedId: r.upsertedId } : {})
        };
    }
    async deleteOne(query = {}) {
        return { deletedCount: (await this.collection.deleteOne(query)).deletedCount };
    }
    async deleteMany(query = {}) {
        return { deletedCount: (await this.collection.deleteMany(query)).deletedCount };
    }
    aggregate(pipeline) {
        return new _cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .ArrayCursor */ .K(async (shape) => {
            const tail = [
                ...(shape.sort ? [{ $sort: shape.sort }] : []),
                ...(shape.skip ? [{ $skip: shape.skip }] : []),
                ...(shape.limit ? [{ $limit: shape.limit }] : [])
            ];
            return this.collection.aggregate([...pipeline, ...tail]).toArray();
        });
    }
    async count(query = {}, options = {}) {
        return this.collection.countDocuments(query, options.limit ? { limit: options.limit } : {});
    }
    async countDocuments(query = {}, options = {}) {
        return this.collection.countDocuments(query, options);
    }
    async distinct(field, query = {}) {
        return this.collection.distinct(field, query);
    }
    async bulkWrite(operations, options = {}) {
        return (0,_bulk_write_js__WEBPACK_IMPORTED_MODULE_1__/* .bulkWrite */ .e)(this, operations, options);
    }
}


/***/ })

};
