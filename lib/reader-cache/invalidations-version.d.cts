export declare const INVALIDATIONS_VERSION_KEY: string;
