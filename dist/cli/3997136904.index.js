export const id = 3997136904;
export const ids = [3997136904];
export const modules = {

/***/ 43312:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectDriverEngine: () => (/* binding */ connectDriverEngine)
/* harmony export */ });
/* unused harmony export DriverCollection */
/* harmony import */ var _bulk_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48372);
/* harmony import */ var _clone_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58481);
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90688);



async function connectDriverEngine(options) {
    const { MongoClient: Client } = await __webpack_require__.e(/* import() */ 4182541037).then(__webpack_require__.bind(__webpack_require__, 84294));
    let client;
    try {
        client = new Client(options.uri, {
            serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000,
            connectTimeoutMS: options.serverSelectionTimeoutMs ?? 5000
        });
    }
    catch (error) {
        // The driver's reason only (it names no part of the string): a string that does not parse may
        // not say where its password ends.
        throw new Error(`invalid MongoDB connection string: ${error instanceof Error ? error.message : String(error)}`);
    }
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
/** App Services' collection methods over one driver collection (exported for the tests). */
class DriverCollection {
    collection;
    constructor(collection) {
        this.collection = collection;
    }
    find(query = {}, projection, options = {}) {
        return new _cursor_js__WEBPACK_IMPORTED_MODULE_1__/* .ArrayCursor */ .K(async (shape) => {
            let cursor = this.collection.find(query, projection ? { projection } : {});
            const sort = shape.sort ?? options.sort;
            if (sort)
                cursor = cursor.sort(sort);
            if (shape.skip)
                cursor = cursor.skip(shape.skip);
            if (shape.limit)
                cursor = cursor.limit(shape.limit);
            return (await cursor.toArray()).map(_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDoc */ .E);
        });
    }
    async findOne(query = {}, projection, options = {}) {
        const doc = await this.collection.findOne(query, {
            ...(projection ? { projection } : {}),
            ...(options.sort ? { sort: options.sort } : {})
        });
        return doc && (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDoc */ .E)(doc);
    }
    async findOneAndUpdate(query, update, options = {}) {
        const doc = await this.collection.findOneAndUpdate(query, update, findOptions(options));
        return doc && (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDoc */ .E)(doc);
    }
    async findOneAndReplace(query, replacement, options = {}) {
        const doc = await this.collection.findOneAndReplace(query, replacement, findOptions(options));
        return doc && (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDoc */ .E)(doc);
    }
    async findOneAndDelete(query, options = {}) {
        const { sort, projection } = findOptions(options);
        const doc = await this.collection.findOneAndDelete(query, {
            sort,
            projection,
            includeResultMetadata: false
        });
        return doc && (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDoc */ .E)(doc);
    }
    async insertOne(document) {
        const { insertedId } = await this.collection.insertOne({ ...document });
        return { insertedId: (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneValue */ .F)(insertedId) };
    }
    async insertMany(documents) {
        const { insertedIds } = await this.collection.insertMany(documents.map(d => ({ ...d })));
        return { insertedIds: documents.map((_, i) => (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneValue */ .F)(insertedIds[i])) };
    }
    async updateOne(query, update, options = {}) {
        const r = await this.collection.updateOne(query, update, { upsert: options.upsert === true });
        return {
            matchedCount: r.matchedCount,
            modifiedCount: r.modifiedCount,
            ...(r.upsertedId ? { upsertedId: (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneValue */ .F)(r.upsertedId) } : {})
        };
    }
    async updateMany(query, update, options = {}) {
        const r = await this.collection.updateMany(query, update, { upsert: options.upsert === true });
        return {
            matchedCount: r.matchedCount,
            modifiedCount: r.modifiedCount,
            ...(r.upsertedId ? { upsertedId: (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneValue */ .F)(r.upsertedId) } : {})
        };
    }
    async deleteOne(query = {}) {
        return { deletedCount: (await this.collection.deleteOne(query)).deletedCount };
    }
    async deleteMany(query = {}) {
        return { deletedCount: (await this.collection.deleteMany(query)).deletedCount };
    }
    aggregate(pipeline) {
        return new _cursor_js__WEBPACK_IMPORTED_MODULE_1__/* .ArrayCursor */ .K(async (shape) => {
            const tail = [
                ...(shape.sort ? [{ $sort: shape.sort }] : []),
                ...(shape.skip ? [{ $skip: shape.skip }] : []),
                ...(shape.limit ? [{ $limit: shape.limit }] : [])
            ];
            return (await this.collection.aggregate([...pipeline, ...tail]).toArray()).map(_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDoc */ .E);
        });
    }
    async count(query = {}, options = {}) {
        return this.collection.countDocuments(query, options.limit ? { limit: options.limit } : {});
    }
    async countDocuments(query = {}, options = {}) {
        return this.collection.countDocuments(query, options);
    }
    async distinct(field, query = {}) {
        return (0,_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneValue */ .F)(await this.collection.distinct(field, query));
    }
    async bulkWrite(operations, options = {}) {
        return (0,_bulk_write_js__WEBPACK_IMPORTED_MODULE_2__/* .bulkWrite */ .e)(this, operations, options);
    }
}


/***/ })

};
