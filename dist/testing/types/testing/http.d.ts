export interface HttpRequest {
    readonly method: string;
    readonly url: string;
    readonly headers: Record<string, string[]>;
    readonly body?: string;
}
export interface HttpReply {
    readonly statusCode?: number;
    readonly headers?: Record<string, string | string[]>;
    readonly body?: string | Uint8Array | object;
}
export type HttpHandler = (request: HttpRequest) => HttpReply | Promise<HttpReply>;
/** The `context.http` object; `handler` undefined means every call fails with a message saying why. */
export declare function createHttpClient(handler: HttpHandler | undefined, allowNetwork: boolean): Readonly<Record<string, (options: Record<string, unknown>) => Promise<unknown>>>;
